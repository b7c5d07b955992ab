/**
 * `leerwinst retention run [--dry-run]`: the retention run of every school now (the server also runs
 * it daily), with what it deleted or anonymised per school; with --dry-run only what it would do.
 */
import { migrateToLatest, type Database } from '../../server/db/database';
import type { RetentionCounts } from '../../server/features/privacy/privacy.schema';
import { runRetention } from '../../server/features/privacy/retention.service';
import type { ParsedArgs } from '../args';

function describe(counts: RetentionCounts): string {
  const part = (label: string, c: { pupils: number; rows: number }) =>
    `${label}: ${c.pupils} leerlingen (${c.rows} rijen)`;
  return [
    part('leerlingdossier', counts.leerlingdossier),
    part('zorg', counts.zorg),
    `geanonimiseerd: ${counts.anonymised} leerlingen`,
    part('helemaal verwijderd', counts.resultaten),
    `auditlog: ${counts.auditlog.rows} rijen`,
  ].join('; ');
}

export async function retentionRunCommand(database: Database, args: ParsedArgs): Promise<number> {
  const dryRun = args.options.has('dry-run');
  await migrateToLatest(database.db);
  const done = await runRetention(database.db, new Date(), dryRun);
  process.stdout.write(
    dryRun ? 'Proefdraai: er is niets verwijderd. Dit zou er gebeuren:\n' : 'Bewaartermijnen toegepast:\n',
  );
  for (const school of done) process.stdout.write(`  ${school.name}: ${describe(school.counts)}\n`);
  if (done.length === 0) process.stdout.write('  (geen scholen)\n');
  return 0;
}
