/**
 * One ambition per school, schooljaar, vak, jaargroep, moment and measure: a second one for the same key
 * contradicted the first. Each ambition gets its measure (what it counts: "atOrAbove:I-V:III",
 * "atMostLowest:I-V", "growthAsExpected", …; null for an ambition in words, which may have many), and
 * a unique index holds it from now on. Duplicates already in the database are merged: the latest active
 * one (else the latest) stays, the history of the others moves into its history, renumbered by time,
 * and a last version "samengevoegd" says why. An afspraak that pointed at a merged one points at the one
 * that stays. Frozen in time: the measure is computed here, not by the app's code.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

interface AmbitieRow {
  id: string;
  school_id: string;
  schooljaar: string;
  vak: string | null;
  jaargroep: number | null;
  moment: string | null;
  kind: string;
  measure: string | null;
  target: string;
  evaluation: string | null;
  status: string;
  version: number;
  updated_by: string;
  updated_at: string;
}

interface WijzigingRow {
  id: string;
  ambitie_id: string;
  version: number;
  action: string;
  target: string;
  evaluation: string | null;
  reason: string;
  decided_by: string;
  changed_by: string;
  changed_at: string;
}

interface Tables {
  ambitie: AmbitieRow;
  ambitie_wijziging: WijzigingRow;
  afspraak: { link_kind: string | null; link_id: string | null };
}

/** The measure of a stored target, as domain/ambitions-reference.ts measureOf had it on this day. */
function measureOf(kind: string, target: string): string | null {
  if (kind === 'woorden') return null;
  const parsed = JSON.parse(target) as { system?: unknown; level?: unknown };
  if (kind === 'atOrAbove') return `atOrAbove:${String(parsed.system)}:${String(parsed.level)}`;
  if (kind === 'atMostLowest') return `atMostLowest:${String(parsed.system)}`;
  return kind;
}

/** The one that stays: the latest active ambition of the key, or the latest when none is active. */
function keeperOf(rows: AmbitieRow[]): AmbitieRow {
  const latest = (list: AmbitieRow[]) =>
    [...list].sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id.localeCompare(a.id))[0];
  const kept = latest(rows.filter((r) => r.status === 'actief')) ?? latest(rows);
  if (!kept) throw new Error('a group of duplicates is never empty');
  return kept;
}

async function merge(db: Kysely<Tables>, rows: AmbitieRow[], now: string): Promise<void> {
  const keeper = keeperOf(rows);
  const ids = rows.map((r) => r.id);
  const history = await db
    .selectFrom('ambitie_wijziging')
    .selectAll()
    .where('ambitie_id', 'in', ids)
    .execute();
  history.sort(
    (a, b) =>
      a.changed_at.localeCompare(b.changed_at) ||
      ids.indexOf(a.ambitie_id) - ids.indexOf(b.ambitie_id) ||
      a.version - b.version,
  );
  await db.deleteFrom('ambitie_wijziging').where('ambitie_id', 'in', ids).execute();
  const moved = history.map((w, i) => ({ ...w, ambitie_id: keeper.id, version: i + 1 }));
  const version = moved.length + 1;
  const others = rows.length - 1;
  moved.push({
    id: randomUUID(),
    ambitie_id: keeper.id,
    version,
    action: 'samengevoegd',
    target: keeper.target,
    evaluation: keeper.evaluation,
    reason:
      `Samengevoegd: voor deze groep, dit vak, dit moment en deze maat stonden ${others + 1} ambities. ` +
      `De laatst gewijzigde geldt; de geschiedenis van de ${others === 1 ? 'andere staat' : `${others} andere staan`} hierboven.`,
    decided_by: 'Leerwinst (bij het bijwerken)',
    changed_by: keeper.updated_by,
    changed_at: now,
  });
  for (const w of moved) await db.insertInto('ambitie_wijziging').values(w).execute();
  const gone = ids.filter((id) => id !== keeper.id);
  await db
    .updateTable('afspraak')
    .set({ link_id: keeper.id })
    .where('link_kind', '=', 'ambitie')
    .where('link_id', 'in', gone)
    .execute();
  await db.deleteFrom('ambitie').where('id', 'in', gone).execute();
  await db.updateTable('ambitie').set({ version, updated_at: now }).where('id', '=', keeper.id).execute();
}

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  await untyped.schema.alterTable('ambitie').addColumn('measure', 'text').execute();
  const rows = await db.selectFrom('ambitie').selectAll().execute();
  const groups = new Map<string, AmbitieRow[]>();
  for (const row of rows) {
    const measure = measureOf(row.kind, row.target);
    if (measure === null) continue;
    await db.updateTable('ambitie').set({ measure }).where('id', '=', row.id).execute();
    const key = JSON.stringify([row.school_id, row.schooljaar, row.vak, row.jaargroep, row.moment, measure]);
    groups.set(key, [...(groups.get(key) ?? []), { ...row, measure }]);
  }
  const now = new Date().toISOString();
  for (const group of groups.values()) if (group.length > 1) await merge(db, group, now);
  await untyped.schema
    .createIndex('ambitie_key_uq')
    .on('ambitie')
    .columns(['school_id', 'schooljaar', 'vak', 'jaargroep', 'moment', 'measure'])
    .unique()
    .execute();
}

export async function down(untyped: Kysely<unknown>): Promise<void> {
  // Merged duplicates stay merged: the history keeps every value they had.
  await untyped.schema.dropIndex('ambitie_key_uq').execute();
  await untyped.schema.alterTable('ambitie').dropColumn('measure').execute();
}
