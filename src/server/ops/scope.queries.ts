/**
 * The rows of one school or one bestuur, as SQL conditions built from the table plan (table-graph.ts):
 * nested `in (select …)` along the links, so the same condition selects the same rows on either
 * engine and on the source and target alike.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database';
import type { AnchorTable, Hop, TablePlan } from './table-graph';

/** The ids a scope starts from (a school's transfer: its bestuur too); null: the whole installation. */
export type Anchors = (Record<AnchorTable, string[]> & { kind: 'school' | 'bestuur' }) | null;

type Condition = RawBuilder<unknown>;

const TRUE: Condition = sql`1 = 1`;
const FALSE: Condition = sql`1 = 0`;

function all(parts: Condition[]): Condition {
  return parts.length === 0 ? TRUE : sql`(${sql.join(parts, sql` and `)})`;
}

function any(parts: Condition[]): Condition {
  return parts.length === 0 ? FALSE : sql`(${sql.join(parts, sql` or `)})`;
}

function column(alias: string, name: string) {
  return sql.ref(`${alias}.${name}`);
}

class ScopeCompiler {
  constructor(
    private readonly plans: ReadonlyMap<string, TablePlan>,
    private readonly anchors: Record<AnchorTable, string[]>,
  ) {}

  private plan(table: string): TablePlan {
    const plan = this.plans.get(table);
    if (!plan) throw new Error(`no plan for table ${table}`);
    return plan;
  }

  /** The rows of `table` (as `alias`) that belong to the scope itself. */
  own(table: string, alias: string, depth: number): Condition {
    const { ownership } = this.plan(table);
    if (ownership.kind === 'anchor') {
      const ids = this.anchors[ownership.table];
      return ids.length === 0 ? FALSE : sql`${column(alias, 'id')} in (${sql.join(ids)})`;
    }
    if (ownership.kind !== 'owned') return FALSE;
    if (ownership.via) return this.linkOwn(ownership.via.hop, alias, depth);
    const ok = ownership.hops.map((h) =>
      any([
        sql`${column(alias, h.column)} is null`,
        this.linkOwn(h, alias, depth),
        this.linkGlobal(h, alias, depth),
      ]),
    );
    return all([...ok, any(ownership.hops.map((h) => this.linkOwn(h, alias, depth)))]);
  }

  /** The rows of `table` that belong to every school (all links empty or to such rows); null: none. */
  global(table: string, alias: string, depth: number): Condition | null {
    const { ownership } = this.plan(table);
    if (ownership.kind !== 'owned' || ownership.via) return null;
    return all(
      ownership.hops.map((h) => {
        const linked = this.linkGlobal(h, alias, depth);
        return any([sql`${column(alias, h.column)} is null`, ...(linked === FALSE ? [] : [linked])]);
      }),
    );
  }

  /** What a transfer of the scope copies from `table`. */
  selection(table: string, alias: string, depth: number): Condition {
    const { ownership } = this.plan(table);
    if (ownership.kind === 'installation') return TRUE;
    if (ownership.kind === 'shared') {
      const inner = `t${depth + 1}`;
      const referenced = ownership.referencedBy.flatMap((h) => {
        const child = this.plan(h.table).ownership.kind;
        // One level: rows that only other shared rows refer to are not followed (docs/OPERATIONS.md).
        if (child === 'shared' || child === 'installation') return [];
        const where = this.ownOrGlobal(h.table, inner, depth + 1);
        return [
          sql`${column(alias, h.refColumn)} in (select ${column(inner, h.column)} from ${sql.table(h.table)} as ${sql.ref(inner)} where ${where})`,
        ];
      });
      // Rows under a shared row that goes along (an account's second factor) go along with it.
      const under = ownership.parents.map((h) => {
        const where = this.selection(h.table, inner, depth + 1);
        return sql`${column(alias, h.column)} in (select ${column(inner, h.refColumn)} from ${sql.table(h.table)} as ${sql.ref(inner)} where ${where})`;
      });
      return any([...referenced, ...under]);
    }
    return this.ownOrGlobal(table, alias, depth);
  }

  private ownOrGlobal(table: string, alias: string, depth: number): Condition {
    const global = this.global(table, alias, depth);
    return global ? any([this.own(table, alias, depth), global]) : this.own(table, alias, depth);
  }

  private linkOwn(hop: Hop, alias: string, depth: number): Condition {
    const parent = this.plan(hop.table).ownership;
    if (parent.kind === 'anchor' && hop.refColumn === 'id') {
      const ids = this.anchors[parent.table];
      return ids.length === 0 ? FALSE : sql`${column(alias, hop.column)} in (${sql.join(ids)})`;
    }
    const inner = `t${depth + 1}`;
    return sql`${column(alias, hop.column)} in (select ${column(inner, hop.refColumn)} from ${sql.table(hop.table)} as ${sql.ref(inner)} where ${this.own(hop.table, inner, depth + 1)})`;
  }

  private linkGlobal(hop: Hop, alias: string, depth: number): Condition {
    const inner = `t${depth + 1}`;
    const where = this.global(hop.table, inner, depth + 1);
    if (!where) return FALSE;
    return sql`${column(alias, hop.column)} in (select ${column(inner, hop.refColumn)} from ${sql.table(hop.table)} as ${sql.ref(inner)} where ${where})`;
  }
}

/** The condition on `t0` that selects what a transfer of the scope copies from the table. */
export function scopeCondition(
  plans: ReadonlyMap<string, TablePlan>,
  anchors: Anchors,
  table: string,
): Condition {
  return anchors ? new ScopeCompiler(plans, anchors).selection(table, 't0', 0) : TRUE;
}

/** A school by BRIN (and vestiging, when given), with its bestuur. */
export async function findSchoolAnchor(db: Db, brin: string, vestiging: string | null) {
  const rows = await sql<{ id: string; bestuur_id: string }>`
    select id, bestuur_id from school
    where brin = ${brin} and coalesce(vestiging, '') = ${vestiging ?? ''}
  `.execute(db);
  return rows.rows[0];
}

/** A bestuur by its name, with all its schools. */
export async function findBestuurAnchor(db: Db, name: string) {
  const besturen = await sql<{ id: string }>`select id from bestuur where name = ${name}`.execute(db);
  const ids = besturen.rows.map((r) => r.id);
  if (ids.length === 0) return undefined;
  const schools = await sql<{ id: string }>`
    select id from school where bestuur_id in (${sql.join(ids)})
  `.execute(db);
  return { kind: 'bestuur' as const, bestuur: ids, school: schools.rows.map((r) => r.id) };
}
