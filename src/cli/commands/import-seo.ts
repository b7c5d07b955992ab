/**
 * leerwinst import seo BESTAND --school BRIN [--instrument CODE] [--lijst leerkracht|leerling|ouder]
 * [--datum DD-MM-JJJJ] [--header-row N] [--dry-run]: scores of a social-emotional instrument, all or
 * nothing, through the same service as the browser. What the file's title block names (instrument,
 * list, date) is used where no option says otherwise. Exit 0 done, 2 refused (report on stdout).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileTooLarge, IMPORT_LIMITS } from '../../imports';
import { migrateToLatest, type Database } from '../../server/db/database';
import { importSeo } from '../../server/features/imports/seo-import.service';
import { CliError, intOption, stringOption, type ParsedArgs } from '../args';
import { IMPORT_USAGE } from '../usage';
import { findSchoolId } from './lookup';

const out = (line = '') => process.stdout.write(`${line}\n`);

function headerRowOf(args: ParsedArgs): number | undefined {
  if (!args.options.has('header-row')) return undefined;
  // "--header-row" without a number is a mistake, not line 1.
  if (stringOption(args, 'header-row') === undefined)
    throw new CliError('--header-row moet een positief geheel getal zijn.');
  return intOption(args, 'header-row', 1);
}

export async function importSeoCommand(database: Database, args: ParsedArgs): Promise<number> {
  const file = args.positional[2];
  if (!file) throw new CliError(`Geef het bestand op.\n${IMPORT_USAGE}`);
  if (!existsSync(file)) throw new CliError(`Het bestand ${file} bestaat niet.`);
  const school = stringOption(args, 'school');
  if (!school) throw new CliError('Geef met --school BRIN aan van welke school de scores zijn.');
  const headerRow = headerRowOf(args);
  if (statSync(file).size > IMPORT_LIMITS.sheetBytes) {
    out(`GEWEIGERD (niets opgeslagen): ${basename(file)}`);
    out(`  FOUT: ${fileTooLarge(IMPORT_LIMITS.sheetBytes, 'een resultatenbestand').message}`);
    return 2;
  }
  await migrateToLatest(database.db);
  const schoolId = await findSchoolId(database, school);
  const constants = {
    ...(stringOption(args, 'instrument') ? { instrument: stringOption(args, 'instrument') } : {}),
    ...(stringOption(args, 'lijst') ? { lijst: stringOption(args, 'lijst') } : {}),
    ...(stringOption(args, 'datum') ? { afnamedatum: stringOption(args, 'datum') } : {}),
  };
  const report = await importSeo(
    database.db,
    null,
    createReadStream(file),
    {
      mode: args.options.has('dry-run') ? 'preview' : 'apply',
      schoolId,
      filename: basename(file),
      config: { constants, ...(headerRow === undefined ? {} : { headerRow }) },
    },
    new Date(),
  );
  const label =
    report.status === 'refused'
      ? 'GEWEIGERD (niets opgeslagen)'
      : report.status === 'preview'
        ? 'PROEF (niets opgeslagen)'
        : 'INGELEZEN';
  out(`${label}: ${basename(file)} (${report.format ?? '?'})`);
  if (report.headerRow !== null && report.headerRow > 1) out(`Kopregel: regel ${report.headerRow}`);
  out(`Regels: ${report.rows.total} (${report.rows.valid} goed, ${report.rows.invalid} fout)`);
  if (report.status !== 'refused') {
    const s = report.scores;
    out(
      `Scores: ${s.total} van ${report.pupils} leerlingen: ${s.new} nieuw, ${s.changed} gewijzigd, ${s.unchanged} ongewijzigd`,
    );
    for (const p of report.perScale)
      out(
        `  ${p.instrument} ${p.lijst} ${p.schaal}: ${p.scores} (laag ${p.bands.laag}, gemiddeld ${p.bands.gemiddeld}, hoog ${p.bands.hoog}; signalen ${p.signals})`,
      );
  }
  for (const p of report.problems) out(`  ${p.severity === 'error' ? 'FOUT' : 'let op'}: ${p.message}`);
  return report.status === 'refused' ? 2 : 0;
}
