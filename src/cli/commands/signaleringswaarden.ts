import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseSignaleringswaardeCsv } from '../../domain/signaleringswaarde-csv';
import { dutchPercent } from '../../shared/percent';
import { migrateToLatest, type Database } from '../../server/db/database';
import { replaceSignaleringswaarden } from '../../server/features/ambitions/signaleringswaarden';
import { CliError, stringOption, type ParsedArgs } from '../args';
import { SIGNALERINGSWAARDEN_USAGE } from '../usage';

const band = (from: number | null, to: number | null) =>
  from === null ? `onder ${to}` : to === null ? `vanaf ${from}` : `${from} tot ${to}`;

/** Exit code 2: the file's content was refused (the report is on stdout); 1 for anything else. */
export async function signaleringswaardenImportCommand(
  database: Database,
  args: ParsedArgs,
): Promise<number> {
  const file = args.positional[2];
  if (!file) throw new CliError(`Geef het bestand op.\n${SIGNALERINGSWAARDEN_USAGE}`);
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Kan het bestand ${file} niet lezen.`);
  }
  const { rows, issues } = parseSignaleringswaardeCsv(csv);
  if (issues.length > 0) {
    process.stdout.write('Niet ingelezen; er is niets opgeslagen. Problemen:\n');
    for (const issue of issues) process.stdout.write(`  ${issue.message}\n`);
    return 2;
  }
  await migrateToLatest(database.db);
  const source = stringOption(args, 'bron') ?? `Inspectie van het Onderwijs (${basename(file)})`;
  await replaceSignaleringswaarden(database.db, rows, source, new Date());
  process.stdout.write(
    `Ingelezen: ${rows.length} regels, bron "${source}". Signaleringswaarde 2F/1S per schoolweging:\n`,
  );
  for (const row of rows)
    process.stdout.write(`  ${band(row.fromSchoolweging, row.toSchoolweging)}: ${dutchPercent(row.share)}\n`);
  return 0;
}
