import { readFileSync } from 'node:fs';
import { migrateToLatest, type Database } from '../../server/db/database';
import { importNorms, NormImportRefused } from '../../server/features/norms/norms.service';
import { CliError, stringOption, type ParsedArgs } from '../args';
import { findSchoolId } from './lookup';
import { NORMS_USAGE } from '../usage';

/** Exit code 2: the file's content was refused (the report is on stdout); 1 for anything else. */
export async function normsImportCommand(database: Database, args: ParsedArgs): Promise<number> {
  const file = args.positional[2];
  if (!file) throw new CliError(`Geef het normbestand op.\n${NORMS_USAGE}`);
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Kan het bestand ${file} niet lezen.`);
  }
  await migrateToLatest(database.db);
  const schoolSpec = stringOption(args, 'school');
  const schoolId = schoolSpec ? await findSchoolId(database, schoolSpec) : null;
  try {
    const result = await importNorms(
      database.db,
      null,
      { csv, schoolId, label: stringOption(args, 'label') ?? null },
      new Date(),
    );
    process.stdout.write(
      `Ingelezen${schoolSpec ? ` voor school ${schoolSpec}` : ' voor alle scholen'}: ${result.normRows} normregels, ${result.dlePoints} DLE-punten (${result.toetsen.join(', ')}).\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof NormImportRefused)) throw error;
    process.stdout.write(`Niet ingelezen; er is niets opgeslagen. Problemen:\n`);
    for (const p of error.problems) process.stdout.write(`  regel ${p.line}: ${p.message}\n`);
    return 2;
  }
}
