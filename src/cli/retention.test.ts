/**
 * `leerwinst retention run [--dry-run]` as an administrator runs it: a separate process on a database
 * with the demo, on the real clock. A dry run says per school what it would do and changes nothing; the
 * run then does exactly that and leaves one audit row per school; a wrong subcommand is a one-line
 * mistake.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../testing/databases';
import { countRows } from '../testing/fixtures';
import { describeTables } from '../server/db/introspect';
import type { DB } from '../server/db/schema';
import { cliDatabase, runCli, type CliDatabase } from './cli-test-support';

describe.each(testEngines())('leerwinst retention run (%s)', (engine) => {
  let cli: CliDatabase;
  let tables: (keyof DB)[];
  let foreseen: string[];

  beforeAll(async () => {
    cli = await cliDatabase(engine);
    tables = (await describeTables(cli.database.db, engine)).map((t) => t.name) as (keyof DB)[];
  });
  afterAll(async () => cli.dispose());

  it('says per school what a run would do, and changes nothing, with --dry-run', async () => {
    const before = await countRows(cli.database.db, tables);
    const result = await runCli(['retention', 'run', '--dry-run'], cli.url);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('Proefdraai: er is niets verwijderd. Dit zou er gebeuren:');
    foreseen = lines.slice(1);
    expect(foreseen.map((l) => l.split(':')[0]?.trim()).sort()).toEqual(
      cli.data.school.map((s) => s.name).sort(),
    );
    for (const line of foreseen) {
      expect(line).toMatch(
        /^ {2}.+: leerlingdossier: \d+ leerlingen \(\d+ rijen\); zorg: \d+ leerlingen \(\d+ rijen\); geanonimiseerd: \d+ leerlingen; helemaal verwijderd: \d+ leerlingen \(\d+ rijen\); auditlog: \d+ rijen$/,
      );
    }
    expect(await countRows(cli.database.db, tables)).toEqual(before);
  });

  it('applies the periods and writes one audit row per school', async () => {
    const result = await runCli(['retention', 'run'], cli.url);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('Bewaartermijnen toegepast:');
    expect(lines.slice(1)).toEqual(foreseen);
    const runs = await cli.database.db
      .selectFrom('audit_log')
      .select(['school_id', 'user_id'])
      .where('action', '=', 'retention.run')
      .execute();
    expect(runs.map((r) => r.school_id).sort()).toEqual(cli.data.school.map((s) => s.id).sort());
    expect(runs.every((r) => r.user_id === null)).toBe(true);
  });

  it('refuses an unknown subcommand with the usage line', async () => {
    const result = await runCli(['retention', 'purge'], cli.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('leerwinst: Gebruik: leerwinst retention run [--dry-run]\n');
  });
});
