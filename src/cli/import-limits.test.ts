/**
 * The plausibility limits hold on the command line too: a file above the size limit of its kind is
 * refused before it is read, a header wider than the column limit while it is read; exit code 2,
 * the limit named in Dutch, nothing written.
 */
import { truncateSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAll } from '../server/features/imports/import-test-support';
import { testEngines } from '../testing/databases';
import { cliDatabase, runCli, type CliDatabase } from './cli-test-support';

describe.each(testEngines())('leerwinst import: limits (%s)', (engine) => {
  let cli: CliDatabase;

  beforeAll(async () => {
    cli = await cliDatabase(engine);
  });
  afterAll(async () => cli.dispose());

  it('refuses an EDEXML file above 30 MB without reading it', async () => {
    const file = cli.file('groot.xml', '');
    // A sparse file: 31 MB on paper, nothing on disk, and nothing for the parser to read.
    truncateSync(file, 31 * 1024 * 1024);
    const before = await countAll(cli.database.db);
    const result = await runCli(['import', 'edexml', file], cli.url);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n')).toEqual([
      'GEWEIGERD (niets opgeslagen): groot.xml',
      '  FOUT: Het bestand is groter dan 30 MB, de grens voor een EDEXML-bestand. Controleer of dit het goede bestand is.',
    ]);
    expect(await countAll(cli.database.db)).toEqual(before);
  });

  it('refuses a results file whose header has more than 1,000 columns', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `Kolom ${i}`).join(';');
    const file = cli.file('breed.csv', `${header}\n5001;150\n`);
    const before = await countAll(cli.database.db);
    const result = await runCli(['import', 'results', file], cli.url);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      'FOUT: Regel 1 heeft meer dan 1.000 kolommen, de grens voor een resultatenbestand.',
    );
    expect(await countAll(cli.database.db)).toEqual(before);
  });
});
