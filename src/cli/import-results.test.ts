/**
 * `leerwinst import results FILE [--mapping NAME] [--school BRIN] [--skip-invalid] [--dry-run]`: exit 0
 * when imported (or a dry run that would import), 2 when refused with every bad line on stdout and
 * nothing written, 1 for a mistake on the command line. Files are made from the demo's pupils.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../server/db/ids';
import { countAll, placedPupils, type PlacedPupil } from '../server/features/imports/import-test-support';
import { testEngines } from '../testing/databases';
import { demoLookup, TEST_NOW } from '../testing/fixtures';
import { cliDatabase, runCli, type CliDatabase } from './cli-test-support';

const HEADER = 'Leerlingnummer;Naam;Toets;Moment;Afnamedatum;Vaardigheidsscore;Niveau';

describe.each(testEngines())('leerwinst import results (%s)', (engine) => {
  let cli: CliDatabase;
  let pupils: PlacedPupil[];
  let code: string;
  let brinA: string;

  beforeAll(async () => {
    cli = await cliDatabase(engine);
    const demo = demoLookup(cli.data);
    pupils = placedPupils(cli.data, demo.schoolA, demo.currentYear)
      .filter((p) => p.jaargroep >= 3)
      .slice(0, 16);
    code = cli.data.toets[0]?.code ?? '';
    brinA = demo.school(demo.schoolA).brin;
  });
  afterAll(async () => cli.dispose());

  const run = (args: string[]) => runCli(['import', 'results', ...args], cli.url);
  const db = () => cli.database.db;
  const row = (p: PlacedPupil, moment: string, date: string, score: string, level = 'III') =>
    [p.key, `"${p.name}"`, code, moment, date, score, level].join(';');
  const good = () =>
    [
      HEADER,
      ...pupils.slice(0, 8).map((p, i) => row(p, `M${p.jaargroep}`, '12-01-2027', `${40 + i},5`)),
    ].join('\n');
  const lines = (stdout: string) => stdout.trim().split('\n');

  it('checks a file with --dry-run: exit 0, the counts, nothing written', async () => {
    const before = await countAll(db());
    const result = await run([cli.file('goed.csv', good()), '--school', brinA, '--dry-run']);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'PROEF (niets opgeslagen): goed.csv (csv, utf-8)',
      'Regels: 8 (8 goed, 0 fout)',
      'Resultaten: 8 nieuw, 0 gewijzigd, 0 ongewijzigd',
    ]);
    expect(await countAll(db())).toEqual(before);
  });

  it('imports it with exit 0, and finds nothing to change the second time', async () => {
    const first = await run([cli.file('goed.csv', good()), '--school', brinA]);
    expect(first.code).toBe(0);
    expect(lines(first.stdout)[0]).toBe('INGELEZEN: goed.csv (csv, utf-8)');
    expect(first.stdout).toContain('Resultaten: 8 nieuw, 0 gewijzigd, 0 ongewijzigd\n');
    const stored = await db()
      .selectFrom('toetsresultaat')
      .select(['leerling_id', 'vaardigheidsscore'])
      .where('afnamedatum', '=', '2027-01-12')
      .execute();
    expect(stored.map((s) => [s.leerling_id, s.vaardigheidsscore]).sort()).toEqual(
      pupils
        .slice(0, 8)
        .map((p, i) => [p.id, 40.5 + i])
        .sort(),
    );
    const second = await run([cli.file('goed.csv', good()), '--school', brinA]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Resultaten: 0 nieuw, 0 gewijzigd, 8 ongewijzigd\n');
  });

  const bad = () => {
    const [a, b, c, d, e] = pupils.slice(8, 13);
    if (!a || !b || !c || !d || !e) throw new Error('too few demo pupils');
    return [
      HEADER,
      row(a, `E${a.jaargroep}`, '14-06-2027', '51'),
      row({ ...b, key: '99999999' }, `E${b.jaargroep}`, '14-06-2027', '52'),
      row(c, `E${c.jaargroep}`, '14-06-2027', '53', 'VI'),
      row(d, `E${d.jaargroep}`, '31-02-2027', '54'),
      row(e, `E${e.jaargroep}`, '14-06-2027', '55'),
    ].join('\n');
  };

  it('refuses a file with bad rows with exit 2, printing every bad line, and writes nothing', async () => {
    const before = await countAll(db());
    const result = await run([cli.file('fout.csv', bad()), '--school', brinA]);
    expect(result.code).toBe(2);
    const out = lines(result.stdout);
    expect(out.slice(0, 2)).toEqual([
      'GEWEIGERD (niets opgeslagen): fout.csv (csv, utf-8)',
      'Regels: 5 (2 goed, 3 fout)',
    ]);
    expect(out.slice(2).map((l) => /^ {2}FOUT: Regel (\d+): /.exec(l)?.[1])).toEqual(['3', '4', '5']);
    expect(out[2]).toContain("onbekende leerling '99999999'");
    expect(out[4]).toContain('31-02-2027');
    expect(await countAll(db())).toEqual(before);
  });

  it('imports the good rows with --skip-invalid and still prints the bad ones', async () => {
    const result = await run([cli.file('fout.csv', bad()), '--school', brinA, '--skip-invalid']);
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out.slice(0, 3)).toEqual([
      'INGELEZEN: fout.csv (csv, utf-8)',
      'Regels: 5 (2 goed, 3 fout)',
      'Resultaten: 2 nieuw, 0 gewijzigd, 0 ongewijzigd',
    ]);
    expect(out.filter((l) => l.startsWith('  FOUT: Regel '))).toHaveLength(3);
  });

  const mappingFile = () =>
    cli.file(
      'eigen.csv',
      ['Nummer;Score', ...pupils.slice(0, 3).map((p, i) => `${p.key};${60 + i}`)].join('\n'),
    );
  const saveMapping = (schoolId: string) => {
    const config = JSON.stringify({
      mapping: { leerlingKey: 0, vaardigheidsscore: 1 },
      headers: ['Nummer', 'Score'],
      constants: { toets: code, moment: 'B5', afnamedatum: '01-10-2026' },
    });
    return db()
      .insertInto('import_mapping')
      .values({
        id: newId(TEST_NOW.getTime()),
        school_id: schoolId,
        name: 'Eigen export',
        config,
        created_by: null,
        created_at: TEST_NOW.toISOString(),
        updated_at: TEST_NOW.toISOString(),
      })
      .execute();
  };

  it('uses a saved mapping by name (its school and constants); without it the file is refused', async () => {
    await saveMapping(demoLookup(cli.data).schoolA);
    const path = mappingFile();
    const without = await run([path, '--school', brinA]);
    expect(without.code).toBe(2);
    const used = await run([path, '--mapping', 'Eigen export']);
    expect(used.code).toBe(0);
    expect(used.stdout).toContain('Resultaten: 3 nieuw, 0 gewijzigd, 0 ongewijzigd\n');
    const stored = await db()
      .selectFrom('toetsresultaat')
      .select(['leerling_id', 'moment', 'afnamedatum'])
      .where('moment', '=', 'B5')
      .execute();
    expect(stored.map((s) => [s.leerling_id, s.afnamedatum]).sort()).toEqual(
      pupils
        .slice(0, 3)
        .map((p) => [p.id, '2026-10-01'])
        .sort(),
    );
  });

  it('exits 1 when the mapping name is unknown, or saved by several schools and no --school is given', async () => {
    const path = mappingFile();
    const unknown = await run([path, '--mapping', 'Onbekend']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Geen opgeslagen koppeling met de naam "Onbekend"');
    await saveMapping(demoLookup(cli.data).schoolB);
    const ambiguous = await run([path, '--mapping', 'Eigen export']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('geef --school');
  });

  it('exits 1 with one line for an unknown --school', async () => {
    const before = await countAll(db());
    const result = await run([cli.file('goed.csv', good()), '--school', '99QQ']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('Geen school met BRIN 99QQ')]);
    expect(await countAll(db())).toEqual(before);
  });
});
