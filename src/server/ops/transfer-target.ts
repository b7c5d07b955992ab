/**
 * Before a transfer writes anything: both databases at this version of Leerwinst, the target given
 * its tables when it has none, the same columns on both sides, and (without --merge) a target that
 * holds none of the tables' rows yet.
 */
import { migrateToLatest, migrationState, type Database } from '../db/database';
import { describeTables, holdsData, type TableInfo } from '../db/introspect';
import { EPHEMERAL_TABLES } from './table-graph';
import { hasRows } from './transfer.queries';
import { TransferRefusedError } from './transfer-report';

export async function prepareTarget(
  from: Database,
  to: Database,
  tables: TableInfo[],
  options: { merge: boolean; dryRun: boolean },
): Promise<{ empty: boolean }> {
  const source = await migrationState(from.db);
  if (source.unknown.length > 0 || source.pending.length > 0) {
    throw new TransferRefusedError(
      `De bron ${from.displayUrl} is niet bij deze versie van Leerwinst; werk haar eerst bij (leerwinst migrate) of gebruik de versie die haar schreef.`,
    );
  }
  const target = await migrationState(to.db);
  if (target.unknown.length > 0) {
    throw new TransferRefusedError(`Het doel ${to.displayUrl} is van een nieuwere versie van Leerwinst.`);
  }
  if (target.pending.length > 0) {
    if (await holdsData(to.db, to.engine)) {
      throw new TransferRefusedError(
        `Het doel ${to.displayUrl} is van een oudere versie; werk het eerst bij met leerwinst migrate.`,
      );
    }
    // An empty target gets its tables; a dry run writes nothing and treats it as empty.
    if (options.dryRun) return { empty: true };
    await migrateToLatest(to.db);
  }
  sameColumns(tables, await describeTables(to.db, to.engine), to.displayUrl);
  if (!options.merge) await refuseFilledTarget(to, tables);
  return { empty: false };
}

function sameColumns(source: TableInfo[], target: TableInfo[], where: string): void {
  const byName = new Map(target.map((t) => [t.name, t]));
  for (const table of source) {
    const other = byName.get(table.name);
    const names = (t: TableInfo) =>
      t.columns
        .map((c) => c.name)
        .sort()
        .join(',');
    if (!other || names(other) !== names(table)) {
      throw new TransferRefusedError(`Tabel ${table.name} ziet er in ${where} anders uit dan in de bron.`);
    }
    if (table.primaryKey.length === 0) {
      throw new TransferRefusedError(
        `Tabel ${table.name} heeft geen primaire sleutel; zo kan ze niet worden overgezet.`,
      );
    }
  }
}

async function refuseFilledTarget(to: Database, tables: TableInfo[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    if (!EPHEMERAL_TABLES.includes(table.name) && (await hasRows(to.db, table.name))) filled.push(table.name);
  }
  if (filled.length > 0) {
    throw new TransferRefusedError(
      `Het doel ${to.displayUrl} bevat al gegevens (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}). ` +
        'Gebruik --merge om samen te voegen, of kies een lege database.',
    );
  }
}
