/**
 * What a transfer copies and in which order, derived from the foreign keys the database itself
 * reports, so a table a later migration adds is copied (and placed) without anyone listing it.
 * Pure: the catalog comes in, a plan goes out.
 */
import type { TableInfo } from '../db/introspect';

/**
 * Not data: login sessions and the login rate limiter's attempts. After a move everyone logs in
 * again, which is what a new server should ask anyway.
 */
export const EPHEMERAL_TABLES: readonly string[] = ['session', 'login_attempt'];

/** The tables a scope starts from: the bestuur and its schools. */
export const ANCHOR_TABLES = ['bestuur', 'school'] as const;
export type AnchorTable = (typeof ANCHOR_TABLES)[number];

/** A step from a column of one table to the row it names in another. */
export interface Hop {
  column: string;
  table: string;
  refColumn: string;
  notNull: boolean;
}

/**
 * How a table's rows belong to a school or bestuur:
 * - anchor: the bestuur or school rows themselves;
 * - owned: through its links to owned tables. `via`: one not-null link to a table whose rows all
 *   belong to a school (or all to a bestuur: `root`) decides alone. Without it, a row belongs when one link leads into the scope and
 *   none out of it; a row whose links are all empty or lead to such rows belongs to every school (a
 *   landelijke toets and its normen): a "global" row;
 * - shared: no path (accounts, and what hangs under them): the rows that rows of the transfer refer
 *   to (`referencedBy`, one level), and the rows under such rows (`parents`);
 * - installation: no links at all (signaleringswaarden, app settings): every row.
 */
export type Ownership =
  | { kind: 'anchor'; table: AnchorTable }
  | { kind: 'owned'; hops: Hop[]; via?: { hop: Hop; root: AnchorTable } }
  | { kind: 'shared'; referencedBy: Hop[]; parents: Hop[] }
  | { kind: 'installation' };

export interface TablePlan {
  table: TableInfo;
  ownership: Ownership;
}

export class TableOrderError extends Error {}

/** Parents before children, by the declared foreign keys; alphabetical among equals, so stable. */
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const names = new Set(tables.map((t) => t.name));
  const parents = new Map<string, Set<string>>();
  for (const t of tables) {
    const self = t.foreignKeys.find((fk) => fk.table === t.name);
    if (self) {
      throw new TableOrderError(
        `Tabel ${t.name} verwijst naar zichzelf (${self.column}); overzetten kent die volgorde nog niet.`,
      );
    }
    parents.set(t.name, new Set(t.foreignKeys.map((fk) => fk.table).filter((p) => names.has(p))));
  }
  const ordered: TableInfo[] = [];
  const remaining = [...tables].sort((a, b) => compare(a.name, b.name));
  while (remaining.length > 0) {
    const done = new Set(ordered.map((t) => t.name));
    const next = remaining.findIndex((t) => [...(parents.get(t.name) ?? [])].every((p) => done.has(p)));
    if (next < 0) {
      throw new TableOrderError(
        `De verwijzingen tussen ${remaining.map((t) => t.name).join(', ')} vormen een kring.`,
      );
    }
    ordered.push(...remaining.splice(next, 1));
  }
  return ordered;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The links of a table: its foreign keys, or, for a table without any (the audit trail, which must
 * outlive the rows it describes), its `<table>_id` columns that name another table's id.
 */
export function linksOf(table: TableInfo, all: TableInfo[]): Hop[] {
  const notNull = (column: string) => table.columns.find((c) => c.name === column)?.notNull ?? false;
  if (table.foreignKeys.length > 0) {
    return table.foreignKeys.map((fk) => ({ ...fk, notNull: notNull(fk.column) }));
  }
  const byName = new Map(all.map((t) => [t.name, t]));
  return table.columns.flatMap((c) => {
    const target = c.name.endsWith('_id') ? byName.get(c.name.slice(0, -3)) : undefined;
    const single = target?.primaryKey.length === 1 && target.primaryKey[0] === 'id';
    return target && single && target.name !== table.name
      ? [{ column: c.name, table: target.name, refColumn: 'id', notNull: c.notNull }]
      : [];
  });
}

function isAnchor(name: string): name is AnchorTable {
  return (ANCHOR_TABLES as readonly string[]).includes(name);
}

/** Steps from each table to the nearest anchor (0 for an anchor), over links to tables that have one. */
function anchorDistances(tables: TableInfo[]): Map<string, number> {
  const distance = new Map<string, number>();
  for (const t of tables) if (isAnchor(t.name)) distance.set(t.name, 0);
  let changed = true;
  while (changed) {
    changed = false;
    for (const t of tables) {
      if (isAnchor(t.name)) continue;
      for (const hop of linksOf(t, tables)) {
        const via = distance.get(hop.table);
        const current = distance.get(t.name);
        if (via !== undefined && (current === undefined || via + 1 < current)) {
          distance.set(t.name, via + 1);
          changed = true;
        }
      }
    }
  }
  return distance;
}

/** How every table's rows belong to a scope, parents first; the ephemeral tables are left out. */
export function planTables(all: TableInfo[]): TablePlan[] {
  const tables = all.filter((t) => !EPHEMERAL_TABLES.includes(t.name));
  const distance = anchorDistances(tables);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const strict = new Map<string, boolean>();
  // Strict: every row belongs to exactly one school or bestuur (no global rows). Links point away
  // from anchors with a strictly smaller distance, so this recursion ends.
  const viaOf = (t: TableInfo): Hop | undefined =>
    linksOf(t, tables)
      .filter((h) => h.notNull && (distance.get(h.table) ?? Infinity) < (distance.get(t.name) ?? 0))
      .filter((h) => isStrict(h.table))
      .sort(
        (a, b) => (distance.get(a.table) ?? 0) - (distance.get(b.table) ?? 0) || compare(a.column, b.column),
      )[0];
  const isStrict = (name: string): boolean => {
    const known = strict.get(name);
    if (known !== undefined) return known;
    const table = byName.get(name);
    const result =
      isAnchor(name) || (table !== undefined && distance.has(name) && viaOf(table) !== undefined);
    strict.set(name, result);
    return result;
  };
  const rootOf = (hop: Hop): AnchorTable => {
    if (isAnchor(hop.table)) return hop.table;
    const parent = byName.get(hop.table);
    const next = parent ? viaOf(parent) : undefined;
    return next ? rootOf(next) : 'school';
  };
  return dependencyOrder(tables).map((table) => ({
    table,
    ownership: ownershipOf(table, tables, distance, (t) => {
      const hop = viaOf(t);
      return hop ? { hop, root: rootOf(hop) } : undefined;
    }),
  }));
}

function ownershipOf(
  table: TableInfo,
  tables: TableInfo[],
  distance: Map<string, number>,
  viaOf: (t: TableInfo) => { hop: Hop; root: AnchorTable } | undefined,
): Ownership {
  if (isAnchor(table.name)) return { kind: 'anchor', table: table.name };
  const hops = linksOf(table, tables).filter((h) => distance.has(h.table));
  if (hops.length > 0) {
    const via = viaOf(table);
    return via ? { kind: 'owned', hops, via } : { kind: 'owned', hops };
  }
  const referencedBy = tables.flatMap((child) =>
    child.foreignKeys
      .filter((fk) => fk.table === table.name && child.name !== table.name)
      .map((fk) => ({
        column: fk.column,
        table: child.name,
        refColumn: fk.refColumn,
        notNull: child.columns.find((c) => c.name === fk.column)?.notNull ?? false,
      })),
  );
  const parents = linksOf(table, tables).filter((h) => h.table !== table.name);
  return referencedBy.length > 0 || parents.length > 0
    ? { kind: 'shared', referencedBy, parents }
    : { kind: 'installation' };
}

/**
 * Whether a row is the scope's own (a clash when its id is already in the target) rather than one it
 * shares with others (then the target's row stays): a landelijke toets, an account, and in a school's
 * transfer its bestuur and what belongs to the bestuur. `notOwn` holds, per table copied so far, the
 * ids of rows that were not own: parents come first, so a child's links can be looked up.
 */
export function isOwnRow(
  plan: TablePlan,
  row: Record<string, unknown>,
  context: {
    plans: ReadonlyMap<string, TablePlan>;
    own: ReadonlySet<AnchorTable>;
    notOwn: ReadonlyMap<string, ReadonlySet<string>>;
  },
): boolean {
  const { ownership } = plan;
  if (ownership.kind === 'anchor') return context.own.has(ownership.table);
  if (ownership.kind !== 'owned') return false;
  if (ownership.via) return context.own.has(ownership.via.root);
  return ownership.hops.some((h) => {
    const value = row[h.column];
    if (value === null || value === undefined) return false;
    const parent = context.plans.get(h.table)?.ownership;
    if (parent?.kind === 'anchor') return context.own.has(parent.table);
    if (parent?.kind === 'owned' && parent.via) return context.own.has(parent.via.root);
    return !(context.notOwn.get(h.table)?.has(String(value)) ?? false);
  });
}
