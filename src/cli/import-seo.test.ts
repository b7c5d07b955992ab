/**
 * `leerwinst import seo FILE --school BRIN`: the realistic SEO fixtures through the command line, with
 * the title block read for the instrument, list and date, `--header-row N`, `--dry-run`, and a bad file
 * refused whole with exit code 2. Figures counted by hand from the fixtures (fixtures/seo/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAll } from '../server/features/imports/import-test-support';
import { insertSeoPupils, seoFixture } from '../server/features/imports/seo-test-support';
import { testEngines } from '../testing/databases';
import { demoLookup } from '../testing/fixtures';
import { cliDatabase, runCli, type CliDatabase } from './cli-test-support';

describe.each(testEngines())('leerwinst import seo (%s)', (engine) => {
  let cli: CliDatabase;
  let brin: string;

  beforeAll(async () => {
    cli = await cliDatabase(engine);
    const demo = demoLookup(cli.data);
    brin = demo.school(demo.schoolA).brin;
    await insertSeoPupils(cli.database.db, demo.schoolA);
  });
  afterAll(async () => cli.dispose());

  const file = (name: string) => cli.file(name, seoFixture(name));
  const run = (args: string[]) => runCli(['import', 'seo', ...args], cli.url);
  const lines = (stdout: string) => stdout.trim().split('\n');

  it('checks a KanVAS file with --dry-run: the figures, nothing saved', async () => {
    const before = await countAll(cli.database.db);
    const result = await run([file('kanvas-sociale-veiligheid.csv'), '--school', brin, '--dry-run']);
    expect(result.code).toBe(0);
    expect(lines(result.stdout).slice(0, 4)).toEqual([
      'PROEF (niets opgeslagen): kanvas-sociale-veiligheid.csv (csv)',
      'Kopregel: regel 5',
      'Regels: 20 (20 goed, 0 fout)',
      'Scores: 20 van 4 leerlingen: 20 nieuw, 0 gewijzigd, 0 ongewijzigd',
    ]);
    expect(result.stdout).toContain(
      '  kanvas leerling welbevinden: 4 (laag 0, gemiddeld 0, hoog 0; signalen 2)',
    );
    expect(await countAll(cli.database.db)).toEqual(before);
  });

  it('imports the ZIEN! list with the header line given, and the same file again changes nothing', async () => {
    const args = [file('zien-leerkrachtlijst-groep6.csv'), '--school', brin, '--header-row', '6'];
    const first = await run(args);
    expect(first.code).toBe(0);
    expect(lines(first.stdout).slice(0, 4)).toEqual([
      'INGELEZEN: zien-leerkrachtlijst-groep6.csv (csv)',
      'Kopregel: regel 6',
      'Regels: 6 (5 goed, 0 fout)',
      'Scores: 35 van 5 leerlingen: 35 nieuw, 0 gewijzigd, 0 ongewijzigd',
    ]);
    expect(first.stdout).toContain(
      '  zien leerkracht betrokkenheid: 5 (laag 1, gemiddeld 2, hoog 2; signalen 0)',
    );
    expect(first.stdout).toContain('  let op: Regel 12: er staat geen score in; de regel is overgeslagen.');
    const again = await run(args);
    expect(lines(again.stdout)[3]).toBe('Scores: 35 van 5 leerlingen: 0 nieuw, 0 gewijzigd, 35 ongewijzigd');
  });

  it('refuses a bad file whole with exit code 2, naming the lines', async () => {
    const before = await countAll(cli.database.db);
    const result = await run([file('kanvas-fout.csv'), '--school', brin]);
    expect(result.code).toBe(2);
    expect(lines(result.stdout)).toEqual([
      'GEWEIGERD (niets opgeslagen): kanvas-fout.csv (csv)',
      'Kopregel: regel 3',
      'Regels: 5 (1 goed, 4 fout)',
      "  FOUT: 3 regels (5, 7, 8): onbekende schaal 'Pestgedrag' van KanVAS.",
      '  FOUT: Regel 6: ruwe score -2 in kolom 6 ("Score") ligt buiten het bereik (0 of meer).',
    ]);
    expect(await countAll(cli.database.db)).toEqual(before);
  });

  it('asks for the school and a header line that is a number', async () => {
    const noSchool = await run([file('kanvas-fout.csv')]);
    expect([noSchool.code, noSchool.stderr.trim()]).toEqual([
      1,
      'leerwinst: Geef met --school BRIN aan van welke school de scores zijn.',
    ]);
    const badLine = await run([file('kanvas-fout.csv'), '--school', brin, '--header-row', 'vijf']);
    expect([badLine.code, badLine.stderr.trim()]).toEqual([
      1,
      'leerwinst: --header-row moet een positief geheel getal zijn.',
    ]);
  });
});
