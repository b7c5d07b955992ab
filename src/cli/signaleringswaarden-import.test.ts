/**
 * `leerwinst signaleringswaarden import FILE [--bron TEKST]`: the Inspectie's 2F/1S table replaces the
 * loaded one as a whole (exit 0), a file with any problem changes nothing and names every line (exit 2),
 * a mistake on the command line gets one line (exit 1). The schools' schooloverzicht then reads the new
 * value for their own schoolweging.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolSignaleringswaarden } from '../server/features/ambitions/ambitions.queries';
import { testEngines } from '../testing/databases';
import { cliDatabase, runCli, type CliDatabase } from './cli-test-support';

describe.each(testEngines())('leerwinst signaleringswaarden import (%s)', (engine) => {
  let cli: CliDatabase;
  let schoolId: string;
  let schoolweging: number;

  beforeAll(async () => {
    cli = await cliDatabase(engine);
    const school = cli.data.school.find((s) => typeof s.schoolweging === 'number');
    if (!school || typeof school.schoolweging !== 'number')
      throw new Error('no demo school with a schoolweging');
    schoolId = school.id;
    schoolweging = school.schoolweging;
  });
  afterAll(async () => cli.dispose());

  const run = (args: string[]) => runCli(['signaleringswaarden', 'import', ...args], cli.url);
  // Ordered here: the engines put NULL (the open lower end) at different ends of an ORDER BY.
  const table = async () =>
    (
      await cli.database.db
        .selectFrom('signaleringswaarde')
        .select(['indicator', 'from_weging', 'to_weging', 'share', 'source'])
        .execute()
    ).sort((a, b) => (a.from_weging ?? -Infinity) - (b.from_weging ?? -Infinity));

  it('refuses a file with problems, naming every line, and keeps the table as it was', async () => {
    const before = await table();
    expect(before.length).toBeGreaterThan(0);
    const file = cli.file(
      'fout.csv',
      [
        'schoolweging van;schoolweging tot;signaleringswaarde',
        ';28;60',
        '28;zesentwintig;55',
        '31;;140',
      ].join('\n'),
    );
    const result = await run([file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Niet ingelezen; er is niets opgeslagen.');
    expect(result.stdout).toContain("Regel 3: 'schoolweging tot' is geen getal.");
    expect(result.stdout).toContain('Regel 4: de signaleringswaarde moet tussen 0 en 100 % liggen.');
    expect(await table()).toEqual(before);
  });

  it('refuses a table with a gap and keeps the old one', async () => {
    const before = await table();
    const file = cli.file('gat.csv', ['van;tot;waarde', ';28;60', '29;;50'].join('\n'));
    const result = await run([file]);
    expect([
      result.code,
      result.stdout.includes('Geen signaleringswaarde voor schoolweging 28 tot 29.'),
    ]).toEqual([2, true]);
    expect(await table()).toEqual(before);
  });

  it('replaces the whole table with its source, and the school reads its value by its schoolweging', async () => {
    // Bands around the demo school's own schoolweging, so the value it gets is known.
    const cut = Math.floor(schoolweging);
    const file = cli.file(
      'inspectie.csv',
      `\uFEFFschoolweging van;schoolweging tot;signaleringswaarde\r\n;${cut};61,5 %\r\n${cut};${cut + 1};47\r\n${cut + 1};;40\r\n`,
    );
    const result = await run([file, '--bron', 'Inspectie, signaleringswaarden 2027']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ingelezen: 3 regels');
    expect(await table()).toEqual([
      {
        indicator: '2F/1S',
        from_weging: null,
        to_weging: cut,
        share: 0.615,
        source: 'Inspectie, signaleringswaarden 2027',
      },
      {
        indicator: '2F/1S',
        from_weging: cut,
        to_weging: cut + 1,
        share: 0.47,
        source: 'Inspectie, signaleringswaarden 2027',
      },
      {
        indicator: '2F/1S',
        from_weging: cut + 1,
        to_weging: null,
        share: 0.4,
        source: 'Inspectie, signaleringswaarden 2027',
      },
    ]);
    expect(await schoolSignaleringswaarden(cli.database.db, schoolId)).toEqual({
      ref1F: 0.85,
      ref2F: 0.47,
      schoolweging,
      source: 'Inspectie, signaleringswaarden 2027',
    });
  });

  it('exits 1 with one line for a missing file or another subcommand', async () => {
    const missing = await run([]);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      expect.stringMatching(/^leerwinst: Geef het bestand op\./),
    ]);
    const unreadable = await run([`${cli.dir}/bestaat-niet.csv`]);
    expect([unreadable.code, unreadable.stderr.trim()]).toEqual([
      1,
      `leerwinst: Kan het bestand ${cli.dir}/bestaat-niet.csv niet lezen.`,
    ]);
    const other = await runCli(['signaleringswaarden', 'export'], cli.url);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('leerwinst: Gebruik: leerwinst signaleringswaarden import');
  });
});
