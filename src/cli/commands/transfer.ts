/**
 * leerwinst transfer --to URL [--from URL] [--school BRIN | --bestuur NAAM] [--merge] [--dry-run]:
 * copies an installation, a bestuur or a school into another database and compares the checksums.
 */
import { existsSync } from 'node:fs';
import type { Config } from '../../server/config';
import { openDatabase, type Database } from '../../server/db/database';
import { parseDatabaseUrl } from '../../server/db/dialect';
import { findBestuurAnchor, findSchoolAnchor, type Anchors } from '../../server/ops/scope.queries';
import { TableOrderError } from '../../server/ops/table-graph';
import { reportLines, TransferRefusedError } from '../../server/ops/transfer-report';
import { transfer } from '../../server/ops/transfer';
import { CliError, stringOption, type ParsedArgs } from '../args';
import { TRANSFER_USAGE } from '../usage';

async function anchorsOf(source: Database, args: ParsedArgs): Promise<Anchors> {
  const school = stringOption(args, 'school');
  const bestuur = stringOption(args, 'bestuur');
  if (school && bestuur) throw new CliError('Kies --school of --bestuur, niet allebei.');
  if (school) {
    const [brin, vestiging] = school.toUpperCase().split('-', 2);
    const found = await findSchoolAnchor(source.db, brin ?? '', vestiging || null);
    if (!found) throw new CliError(`De bron heeft geen school met BRIN ${school}.`);
    return { kind: 'school', bestuur: [found.bestuur_id], school: [found.id] };
  }
  if (bestuur) {
    const found = await findBestuurAnchor(source.db, bestuur);
    if (!found) throw new CliError(`De bron heeft geen bestuur met de naam "${bestuur}".`);
    return found;
  }
  return null;
}

/** On a terminal one line that counts up; in a log one line per table. */
function progressPrinter() {
  const tty = process.stderr.isTTY;
  return ({ table, done, total }: { table: string; done: number; total: number }) => {
    if (tty)
      process.stderr.write(`\r  ${table}: ${done} van ${total} rijen\u001b[K${done === total ? '\n' : ''}`);
    else if (done === total) process.stderr.write(`  ${table}: ${total} rijen\n`);
  };
}

export async function transferCommand(config: Config, args: ParsedArgs): Promise<number> {
  const to = stringOption(args, 'to');
  const from = stringOption(args, 'from') ?? config.databaseUrl;
  if (!to) throw new CliError(`Gebruik: ${TRANSFER_USAGE}`);
  if (to === from) throw new CliError('Bron en doel zijn dezelfde database.');
  const sourceTarget = parseDatabaseUrl(from);
  if (sourceTarget.engine === 'sqlite' && !existsSync(sourceTarget.path)) {
    throw new CliError(`De bron bestaat niet: ${sourceTarget.path}.`);
  }
  const source = await openDatabase(from);
  try {
    const target = await openDatabase(to);
    try {
      const dryRun = args.options.has('dry-run');
      process.stderr.write(
        `Van ${source.displayUrl} naar ${target.displayUrl}${dryRun ? ' (proefrit)' : ''}\n`,
      );
      const report = await transfer(source, target, {
        anchors: await anchorsOf(source, args),
        merge: args.options.has('merge'),
        dryRun,
        now: new Date(),
        onProgress: progressPrinter(),
      });
      process.stdout.write(`${reportLines(report).join('\n')}\n`);
      const rows = report.tables.reduce((sum, t) => sum + t.written, 0);
      process.stdout.write(
        dryRun
          ? 'Proefrit: er is niets geschreven.\n'
          : `Overgezet: ${rows} rijen in ${report.tables.length} tabellen; de controlegetallen van bron en doel zijn gelijk.\n`,
      );
      return 0;
    } finally {
      await target.close();
    }
  } catch (error) {
    if (error instanceof TransferRefusedError) {
      if (error.report) process.stderr.write(`${reportLines(error.report).join('\n')}\n`);
      throw new CliError(error.message);
    }
    if (error instanceof TableOrderError) throw new CliError(error.message);
    throw error;
  } finally {
    await source.close();
  }
}
