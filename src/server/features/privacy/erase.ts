/**
 * Collecting, deleting and anonymising a pupil's data, on both engines, in an order the foreign keys
 * accept (children before the rows they reference). Which tables take part comes from the catalog
 * (pupil-tables.ts); what is kept where a pupil's name can also stand is listed in DOCUMENT_COLUMNS:
 * frozen JSON documents (a bespreking's agenda, a plan's content) in which the name is replaced.
 */
import type { Db } from '../../db/database';
import { sqliteHandleOf } from '../../db/dialect';
import { describeTables, type TableInfo } from '../../db/introspect';
import { deleteByIds, idsWhere, rowsMentioning, updateText } from './pupil-data.queries';
import { deletionOrder, linksInto, pupilReferences, type Category } from './pupil-tables';
import { anonymiseLeerling } from './privacy.queries';

const catalogs = new WeakMap<Db, Promise<TableInfo[]>>();

/** The database's tables as it reports them; read once per database (migrations run before serving). */
export function catalogOf(db: Db): Promise<TableInfo[]> {
  let catalog = catalogs.get(db);
  if (!catalog) {
    catalog = describeTables(db, sqliteHandleOf(db) ? 'sqlite' : 'postgres');
    catalogs.set(db, catalog);
  }
  return catalog;
}

/** Row ids per table, and the pupils that had any. */
export interface PupilRows {
  tables: Map<string, string[]>;
  pupils: Set<string>;
}

/**
 * The rows about these pupils in the references of the given categories (all references for 'all'),
 * and every row under them, at any depth.
 */
export async function collectPupilRows(
  db: Db,
  catalog: readonly TableInfo[],
  pupilIds: readonly string[],
  categories: readonly Category[] | 'all',
): Promise<PupilRows> {
  const tables = new Map<string, string[]>();
  const pupils = new Set<string>();
  if (pupilIds.length === 0) return { tables, pupils };
  const add = (table: string, found: readonly { id: string }[]): string[] => {
    const known = new Set(tables.get(table) ?? []);
    const fresh = found.map((f) => f.id).filter((id) => !known.has(id));
    if (fresh.length > 0) tables.set(table, [...known, ...fresh]);
    return fresh;
  };
  const queue: { table: string; ids: string[] }[] = [];
  for (const ref of pupilReferences(catalog)) {
    if (categories !== 'all' && (!ref.category || !categories.includes(ref.category))) continue;
    const found = await idsWhere(db, ref.table, ref.column, pupilIds);
    for (const row of found) pupils.add(row.ref);
    const fresh = add(ref.table, found);
    if (fresh.length > 0) queue.push({ table: ref.table, ids: fresh });
  }
  while (queue.length > 0) {
    const { table, ids } = queue.shift() ?? { table: '', ids: [] };
    for (const link of linksInto(catalog, table)) {
      const fresh = add(link.table, await idsWhere(db, link.table, link.column, ids));
      if (fresh.length > 0) queue.push({ table: link.table, ids: fresh });
    }
  }
  return { tables, pupils };
}

export function countRows(rows: PupilRows): number {
  return [...rows.tables.values()].reduce((sum, ids) => sum + ids.length, 0);
}

/** Deletes the rows, children first; the number deleted per table. */
export async function deleteRows(
  db: Db,
  catalog: readonly TableInfo[],
  rows: PupilRows,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of deletionOrder(catalog, [...rows.tables.keys()])) {
    counts[table] = await deleteByIds(db, table, rows.tables.get(table) ?? []);
  }
  return counts;
}

/**
 * JSON documents that keep a copy of what was shown, with pupils' ids and names in them: a frozen
 * agenda, a plan's content, an import's summary. The tables themselves belong to a group or school.
 */
export const DOCUMENT_COLUMNS: readonly { table: string; column: string }[] = [
  { table: 'bespreking', column: 'snapshot' },
  { table: 'bespreking_versie', column: 'snapshot' },
  { table: 'groepsplan', column: 'content' },
  { table: 'groepsplan', column: 'evaluation' },
  { table: 'groepsplan_versie', column: 'content' },
  { table: 'groepsplan_versie', column: 'evaluation' },
  { table: 'import_batch', column: 'summary' },
];

const NAME_KEYS = new Set(['name', 'roepnaam', 'voorvoegsel', 'achternaam', 'initials', 'naam']);
export const REMOVED_NAME = 'Verwijderde leerling';

/**
 * The document with the name fields of every object that names the pupil replaced; for a deleted pupil
 * also without the pupil's id where it stands alone (in a list of a subgroep's pupils, or as the key of
 * a record per pupil), so a plan does not keep a pupil who no longer exists.
 */
export function scrubDocument(value: unknown, pupilId: string, drop: boolean): unknown {
  if (Array.isArray(value)) {
    return value.filter((v) => !(drop && v === pupilId)).map((v) => scrubDocument(v, pupilId, drop));
  }
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([key]) => !(drop && key === pupilId));
  const aboutPupil = entries.some(([, v]) => v === pupilId);
  return Object.fromEntries(
    entries.map(([key, v]) => [
      key,
      aboutPupil && NAME_KEYS.has(key) && typeof v === 'string'
        ? REMOVED_NAME
        : scrubDocument(v, pupilId, drop),
    ]),
  );
}

/**
 * Replaces the pupil's name in every stored document that names the pupil (and, for a deletion, takes
 * the pupil's id out of lists and records); the number of documents changed.
 */
export async function scrubDocuments(db: Db, pupilId: string, mode: 'anonymise' | 'delete'): Promise<number> {
  let changed = 0;
  for (const { table, column } of DOCUMENT_COLUMNS) {
    for (const row of await rowsMentioning(db, table, column, pupilId)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(row.text);
      } catch {
        continue;
      }
      const text = JSON.stringify(scrubDocument(parsed, pupilId, mode === 'delete'));
      if (text !== row.text) {
        await updateText(db, table, column, row.id, text);
        changed += 1;
      }
    }
  }
  return changed;
}

/** The pupil keeps results and placements for the school's figures, but no longer a name or key. */
export async function anonymisePupil(db: Db, pupilId: string, now: Date): Promise<number> {
  await anonymiseLeerling(db, pupilId, now.toISOString());
  return scrubDocuments(db, pupilId, 'anonymise');
}
