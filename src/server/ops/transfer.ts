/**
 * Moves a whole installation, one bestuur or one school into another database (SQLite → PostgreSQL
 * when a board consolidates, or back). Tables in the order their foreign keys demand, rows with their
 * own ids in batches, the source read in one snapshot and the target written in one transaction:
 * a transfer that fails, is refused, or whose checksums differ leaves the target as it was.
 */
import type { Database, Db } from '../db/database';
import { describeTables } from '../db/introspect';
import { bumpResultsVersion } from '../results-version';
import { ChecksumAccumulator, sameChecksum } from './checksum';
import { scopeCondition, type Anchors } from './scope.queries';
import { isOwnRow, planTables, type AnchorTable, type TablePlan } from './table-graph';
import {
  analyze,
  countWhere,
  hasRows,
  insertRows,
  readBatch,
  readByKeys,
  type Row,
} from './transfer.queries';
import { prepareTarget } from './transfer-target';
import { TransferRefusedError, type TableReport, type TransferReport } from './transfer-report';

export { TransferRefusedError, type TableReport, type TransferReport };

export interface TransferOptions {
  /** The scope's bestuur and school ids in the source; null: everything. */
  anchors: Anchors;
  merge: boolean;
  dryRun: boolean;
  now: Date;
  batchSize?: number;
  onProgress?: (progress: { table: string; done: number; total: number }) => void;
}

interface Context {
  source: Db;
  target: Db;
  plans: ReadonlyMap<string, TablePlan>;
  options: TransferOptions;
  batchSize: number;
  /** The anchors whose rows are the scope's own: a school's transfer shares its bestuur. */
  own: ReadonlySet<AnchorTable>;
  /** Per table copied so far: the ids of rows that were not own (see isOwnRow). */
  notOwn: Map<string, Set<string>>;
  /** A clash was found: the rest is only counted, for the report, and nothing is committed. */
  refused: boolean;
}

export async function transfer(
  from: Database,
  to: Database,
  requested: TransferOptions,
): Promise<TransferReport> {
  const tables = await describeTables(from.db, from.engine);
  const { empty } = await prepareTarget(from, to, tables, requested);
  // A target without tables yet (a dry run does not create them) has nothing to merge with.
  const options = { ...requested, merge: requested.merge && !empty };
  const plans = planTables(tables);
  const run = async (source: Db, target: Db) => {
    const ctx: Context = {
      source,
      target,
      plans: new Map(plans.map((p) => [p.table.name, p])),
      options,
      batchSize: options.batchSize ?? 2000,
      own: new Set<AnchorTable>(options.anchors?.kind === 'school' ? ['school'] : ['bestuur', 'school']),
      notOwn: new Map(),
      refused: false,
    };
    const reports: TableReport[] = [];
    for (const plan of plans) reports.push(await copyTable(ctx, plan));
    const report = { dryRun: options.dryRun, tables: reports };
    refuseOnProblems(report);
    if (options.merge && !options.dryRun) await bumpResultsVersion(target, options.now);
    return report;
  };
  // One snapshot of the source, even while its server keeps writing.
  const report = await from.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((source) =>
      options.dryRun ? run(source, to.db) : to.db.transaction().execute((target) => run(source, target)),
    );
  if (!options.dryRun) await analyze(to.db);
  return report;
}

function refuseOnProblems(report: TransferReport): void {
  const clashes = report.tables.filter((t) => t.clashes > 0);
  if (clashes.length > 0 && !report.dryRun) {
    throw new TransferRefusedError(
      `De doeldatabase heeft al rijen met dezelfde id: ${clashes.map((t) => `${t.table} (${t.clashes})`).join(', ')}. Niets is overgezet.`,
      report,
    );
  }
  const differ = report.tables.filter((t) => t.target && !sameChecksum(t.source, t.target));
  if (differ.length > 0) {
    throw new TransferRefusedError(
      `De controlegetallen van ${differ.map((t) => t.table).join(', ')} verschillen tussen bron en doel; niets is overgezet.`,
      report,
    );
  }
}

function keyOf(row: Row, pk: readonly string[]): string {
  return JSON.stringify(pk.map((c) => row[c] ?? null));
}

async function copyTable(ctx: Context, plan: TablePlan): Promise<TableReport> {
  const { table } = plan;
  const columns = table.columns.map((c) => c.name);
  const condition = scopeCondition(ctx.plans, ctx.options.anchors, table.name);
  const total = await countWhere(ctx.source, table.name, condition);
  const report = { table: table.name, selected: total, written: 0, kept: 0, clashes: 0 };
  const sourceSum = new ChecksumAccumulator(columns);
  const targetSum = new ChecksumAccumulator(columns);
  // Settings of the whole installation go only into a target that has none of its own yet.
  if (
    ctx.options.merge &&
    plan.ownership.kind === 'installation' &&
    (await hasRows(ctx.target, table.name))
  ) {
    const target = ctx.options.dryRun ? null : targetSum.result();
    return { ...report, kept: total, source: sourceSum.result(), target };
  }
  let after: unknown[] | null = null;
  let done = 0;
  for (;;) {
    const rows = await readBatch(
      ctx.source,
      table.name,
      columns,
      table.primaryKey,
      condition,
      after,
      ctx.batchSize,
    );
    const last = rows.at(-1);
    if (!last) break;
    after = table.primaryKey.map((c) => last[c]);
    rememberNotOwn(ctx, plan, rows);
    const { fresh, kept, clashes } = ctx.options.merge
      ? await splitExisting(ctx, plan, rows)
      : noneExisting(rows);
    report.kept += kept;
    report.clashes += clashes;
    for (const row of fresh) sourceSum.add(row);
    if (clashes > 0) ctx.refused = true;
    if (!ctx.options.dryRun && !ctx.refused) {
      await insertOrExplain(ctx, table.name, columns, fresh);
      const keys = fresh.map((row) => table.primaryKey.map((c) => row[c]));
      for (const row of await readByKeys(ctx.target, table.name, columns, table.primaryKey, keys)) {
        targetSum.add(row);
      }
      report.written += fresh.length;
    }
    done += rows.length;
    ctx.options.onProgress?.({ table: table.name, done, total });
  }
  return { ...report, source: sourceSum.result(), target: ctx.options.dryRun ? null : targetSum.result() };
}

async function insertOrExplain(ctx: Context, table: string, columns: string[], rows: Row[]) {
  try {
    await insertRows(ctx.target, table, columns, rows);
  } catch (error) {
    // The engine's message names the constraint, not the values (which may be a pupil's).
    const reason = error instanceof Error ? error.message : String(error);
    throw new TransferRefusedError(
      `Tabel ${table}: de doeldatabase weigert een rij (${reason}). Niets is overgezet.`,
    );
  }
}

function noneExisting(rows: Row[]) {
  return { fresh: rows, kept: 0, clashes: 0 };
}

/** Rows whose key the target already has: a shared row stays as the target has it, an own row clashes. */
async function splitExisting(ctx: Context, plan: TablePlan, rows: Row[]) {
  const pk = plan.table.primaryKey;
  const keys = rows.map((row) => pk.map((c) => row[c]));
  const existing = new Set(
    (await readByKeys(ctx.target, plan.table.name, pk, pk, keys)).map((r) => keyOf(r, pk)),
  );
  const fresh: Row[] = [];
  let kept = 0;
  let clashes = 0;
  for (const row of rows) {
    if (!existing.has(keyOf(row, pk))) fresh.push(row);
    else if (isOwnRow(plan, row, ctx)) clashes += 1;
    else kept += 1;
  }
  return { fresh, kept, clashes };
}

function rememberNotOwn(ctx: Context, plan: TablePlan, rows: Row[]): void {
  if (plan.ownership.kind !== 'owned' || plan.ownership.via || plan.table.primaryKey.join() !== 'id') return;
  const ids = ctx.notOwn.get(plan.table.name) ?? new Set<string>();
  for (const row of rows) if (!isOwnRow(plan, row, ctx)) ids.add(String(row.id));
  ctx.notOwn.set(plan.table.name, ids);
}
