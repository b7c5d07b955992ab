/**
 * leerwinst import edexml|results FILE … Exit codes: 0 done (or a dry run that would succeed),
 * 2 refused because of the file's content (the report is on stdout), 1 anything else.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileTooLarge, IMPORT_LIMITS, type ImportProblem } from '../../imports';
import { migrateToLatest, type Database } from '../../server/db/database';
import { newId } from '../../server/db/ids';
import { importEdexml } from '../../server/features/imports/edexml-import.service';
import { findMappingByName } from '../../server/features/imports/mappings.service';
import { importResults } from '../../server/features/imports/results-import.service';
import { CliError, intOption, stringOption, type ParsedArgs } from '../args';
import { findBestuurByName, findFirstBesturen, insertBestuur } from '../cli.queries';
import { findSchoolId } from './lookup';
import { IMPORT_USAGE } from '../usage';

const out = (line = '') => process.stdout.write(`${line}\n`);

function printProblems(problems: ImportProblem[]): void {
  // The messages name their line or key themselves.
  for (const p of problems) out(`  ${p.severity === 'error' ? 'FOUT' : 'let op'}: ${p.message}`);
}

function fileArg(args: ParsedArgs): string {
  const file = args.positional[2];
  if (!file) throw new CliError(`Geef het bestand op.\n${IMPORT_USAGE}`);
  if (!existsSync(file)) throw new CliError(`Het bestand ${file} bestaat niet.`);
  return file;
}

/**
 * A file above the size limit of its kind is refused before it is read, as the server refuses it
 * (the other limits, on rows, columns and pupils, apply while it is read: see imports/limits.ts).
 */
function refusedForSize(file: string, kind: 'edexml' | 'results'): boolean {
  const limit = kind === 'edexml' ? IMPORT_LIMITS.edexmlBytes : IMPORT_LIMITS.sheetBytes;
  if (statSync(file).size <= limit) return false;
  out(`GEWEIGERD (niets opgeslagen): ${basename(file)}`);
  printProblems([
    {
      severity: 'error',
      code: 'import.bestand-te-groot',
      message: fileTooLarge(limit, kind === 'edexml' ? 'een EDEXML-bestand' : 'een resultatenbestand')
        .message,
    },
  ]);
  return true;
}

/** The bestuur for a new school: --bestuur NAME (created if new), else the only one, else a new default. */
async function bestuurForNewSchool(database: Database, name: string | undefined): Promise<string> {
  const db = database.db;
  if (name) {
    const found = await findBestuurByName(db, name);
    if (found) return found.id;
  } else {
    const all = await findFirstBesturen(db);
    if (all.length === 1 && all[0]) return all[0].id;
    if (all.length > 1)
      throw new CliError(
        'Er zijn meerdere besturen; geef met --bestuur aan onder welk bestuur de school valt.',
      );
  }
  const id = newId();
  await insertBestuur(db, id, name ?? 'Standaardbestuur', new Date());
  return id;
}

export async function importEdexmlCommand(database: Database, args: ParsedArgs): Promise<number> {
  const file = fileArg(args);
  if (refusedForSize(file, 'edexml')) return 2;
  await migrateToLatest(database.db);
  const dryRun = args.options.has('dry-run');
  const expectedBrin = stringOption(args, 'school');
  const now = new Date();
  const preview = await importEdexml(
    database.db,
    null,
    createReadStream(file),
    { mode: 'preview', expectedBrin },
    now,
  );
  let report = preview;
  if (preview.status !== 'refused' && !dryRun) {
    const bestuurId = preview.needsSchoolCreation
      ? await bestuurForNewSchool(database, stringOption(args, 'bestuur'))
      : null;
    report = await importEdexml(
      database.db,
      null,
      createReadStream(file),
      { mode: 'apply', expectedBrin, createInBestuurId: bestuurId, filename: basename(file) },
      now,
    );
  }
  const c = report.counts;
  out(
    `${report.status === 'refused' ? 'GEWEIGERD' : dryRun ? 'PROEF (niets opgeslagen)' : 'INGELEZEN'}: ${basename(file)} (EDEXML ${report.version ?? '?'}, schooljaar ${report.schooljaar ?? '?'})`,
  );
  out(
    `School: ${report.school.brin ?? '?'}${report.school.vestiging ? `-${report.school.vestiging}` : ''} ${report.school.name ?? ''}${report.needsSchoolCreation ? ' (nieuw)' : ''}`,
  );
  if (report.status !== 'refused') {
    out(
      `Groepen:     ${c.groups.new} nieuw, ${c.groups.changed} gewijzigd, ${c.groups.unchanged} ongewijzigd`,
    );
    out(
      `Leerlingen:  ${c.pupils.new} nieuw, ${c.pupils.changed} gewijzigd, ${c.pupils.unchanged} ongewijzigd, ${c.pupils.leaving} vertrekkend, ${c.pupils.missing} niet meer in het bestand`,
    );
    out(
      `Leerkrachten: ${c.staff.new} nieuw, ${c.staff.changed} gewijzigd, ${c.staff.unchanged} ongewijzigd, ${c.staff.linkedAccounts} gekoppeld aan een account`,
    );
    for (const m of report.missing) out(`  niet meer in het bestand (niet verwijderd): key ${m.key}`);
  }
  printProblems(report.problems);
  return report.status === 'refused' ? 2 : 0;
}

export async function importResultsCommand(database: Database, args: ParsedArgs): Promise<number> {
  const file = fileArg(args);
  if (refusedForSize(file, 'results')) return 2;
  await migrateToLatest(database.db);
  const schoolSpec = stringOption(args, 'school');
  let schoolId = schoolSpec ? await findSchoolId(database, schoolSpec) : null;
  const mappingName = stringOption(args, 'mapping');
  let mapping;
  let constants;
  let versions;
  let headerRow: number | undefined;
  if (mappingName) {
    const saved = await findMappingByName(database.db, mappingName, schoolId);
    if (saved === 'none') throw new CliError(`Geen opgeslagen koppeling met de naam "${mappingName}".`);
    if (saved === 'ambiguous')
      throw new CliError(`Meerdere scholen hebben een koppeling "${mappingName}"; geef --school.`);
    mapping = saved.mapping;
    constants = saved.constants;
    versions = saved.versions;
    headerRow = saved.headerRow;
    schoolId ??= saved.schoolId;
  }
  // The line of the header row when a title block fools the search for it (--header-row 4).
  // Without a number ("--header-row" alone) it is a mistake, not line 1.
  if (args.options.has('header-row')) {
    if (stringOption(args, 'header-row') === undefined)
      throw new CliError('--header-row moet een positief geheel getal zijn.');
    headerRow = intOption(args, 'header-row', 1);
  }
  const progress = (p: { phase: string; rows: number }) =>
    process.stderr.write(
      `\r${p.phase === 'lezen' ? 'gelezen' : 'opgeslagen'}: ${p.rows.toLocaleString('nl-NL')} regels   `,
    );
  const report = await importResults(
    database.db,
    null,
    createReadStream(file),
    {
      mode: args.options.has('dry-run') ? 'preview' : 'apply',
      schoolId,
      mapping,
      constants,
      versions,
      headerRow,
      skipInvalid: args.options.has('skip-invalid'),
      filename: basename(file),
      onProgress: progress,
    },
    new Date(),
  );
  if (report.rows.total >= 5000) process.stderr.write('\n');
  const label =
    report.status === 'refused'
      ? 'GEWEIGERD (niets opgeslagen)'
      : report.status === 'preview'
        ? 'PROEF (niets opgeslagen)'
        : 'INGELEZEN';
  out(
    `${label}: ${basename(file)} (${report.format ?? '?'}${report.encoding ? `, ${report.encoding}` : ''})`,
  );
  out(`Regels: ${report.rows.total} (${report.rows.valid} goed, ${report.rows.invalid} fout)`);
  if (report.status !== 'refused') {
    out(
      `Resultaten: ${report.counts.new} nieuw, ${report.counts.changed} gewijzigd, ${report.counts.unchanged} ongewijzigd`,
    );
  }
  if (report.newToetsen.length > 0) out(`Nieuwe toetsen uit de catalogus: ${report.newToetsen.join(', ')}`);
  if (report.headerRow !== null && report.headerRow > 1) out(`Kopregel: regel ${report.headerRow}`);
  printProblems(report.problems);
  printVersionQuestions(report.versionQuestions);
  return report.status === 'refused' ? 2 : 0;
}

/** The codes to answer each version question with, in a saved mapping's `versions`. */
function printVersionQuestions(
  questions: { toets: string; versie: string; candidates: { code: string; name: string }[] }[],
) {
  if (questions.length === 0) return;
  out(
    'Kies de versie in een opgeslagen koppeling (--mapping), bij "versions": { toets, versie, instrument }:',
  );
  for (const q of questions) {
    out(`  ${q.toets} '${q.versie}': ${q.candidates.map((c) => `${c.code} (${c.name})`).join(', ')}`);
  }
}
