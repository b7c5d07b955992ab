/**
 * Where a pupil's data lives, derived from the foreign keys the database reports (db/introspect.ts), so
 * a table a later migration adds is exported, kept and deleted with the rest without anyone listing it:
 * every foreign key to `leerling` is a reference, and every row that references a row about to go
 * (at any depth: an OPP's versions, a bespreking's participants) goes with it. What the code does list
 * is the retention category of each direct reference; a test fails for a reference without one.
 * Pure: the catalog comes in, the plan goes out.
 */
import type { TableInfo } from '../../db/introspect';

export const CATEGORIES = ['leerlingdossier', 'zorg', 'resultaten'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The retention category of each reference to a pupil (`table.column`):
 * - resultaten: placements and results, kept (with the pupil anonymised) for the school's figures;
 * - leerlingdossier: what the teachers wrote and decided about the pupil in the HGW cycle;
 * - zorg: besprekingen, afspraken, zorgniveau, OPP, verzorgers and toestemmingen.
 */
export const CATEGORY_OF_REFERENCE: Readonly<Record<string, Category>> = {
  'plaatsing.leerling_id': 'resultaten',
  'toetsresultaat.leerling_id': 'resultaten',
  'seo_score.leerling_id': 'resultaten',
  // The schooladvies and the VO's feedback are the school's outflow figures (per cohort).
  'schooladvies.leerling_id': 'resultaten',
  'vo_terugkoppeling.leerling_id': 'resultaten',
  'observatie.leerling_id': 'leerlingdossier',
  'instructie_override.leerling_id': 'leerlingdossier',
  'groepsoverzicht_rij.leerling_id': 'leerlingdossier',
  'cluster_indeling.leerling_id': 'leerlingdossier',
  'bespreking_leerling.leerling_id': 'zorg',
  'bespreking.leerling_id': 'zorg',
  'afspraak.leerling_id': 'zorg',
  'zorgniveau.leerling_id': 'zorg',
  'opp.leerling_id': 'zorg',
  'verzorger.leerling_id': 'zorg',
  'toestemming.leerling_id': 'zorg',
};

/** A foreign key: rows of `table` whose `column` names a row of `parent`. */
export interface Link {
  table: string;
  column: string;
  parent: string;
}

/** Every foreign key that points at `parent`. */
export function linksInto(tables: readonly TableInfo[], parent: string): Link[] {
  return tables.flatMap((t) =>
    t.foreignKeys
      .filter((fk) => fk.table === parent)
      .map((fk) => ({ table: t.name, column: fk.column, parent })),
  );
}

/** The direct references to a pupil, each with its category (undefined: not yet classified). */
export function pupilReferences(tables: readonly TableInfo[]): (Link & { category: Category | undefined })[] {
  return linksInto(tables, 'leerling').map((link) => ({
    ...link,
    category: CATEGORY_OF_REFERENCE[`${link.table}.${link.column}`],
  }));
}

/** Every table that holds rows about a pupil, directly or under such a row. */
export function pupilTables(tables: readonly TableInfo[]): string[] {
  const found = new Set<string>();
  const queue = ['leerling'];
  while (queue.length > 0) {
    const parent = queue.shift() ?? '';
    for (const link of linksInto(tables, parent)) {
      if (!found.has(link.table) && link.table !== 'leerling') {
        found.add(link.table);
        queue.push(link.table);
      }
    }
  }
  return [...found].sort();
}

/** Tables in an order in which rows can be deleted: every table after those that reference it. */
export function deletionOrder(tables: readonly TableInfo[], names: readonly string[]): string[] {
  const wanted = new Set(names);
  const order: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (order.includes(name) || path.has(name)) return;
    path.add(name);
    for (const link of linksInto(tables, name)) if (wanted.has(link.table)) visit(link.table, path);
    path.delete(name);
    order.push(name);
  };
  for (const name of [...wanted].sort()) visit(name, new Set());
  return order;
}
