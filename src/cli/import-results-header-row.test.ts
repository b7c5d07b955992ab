/**
 * `leerwinst import results FILE --header-row N`, and version labels answered by a saved mapping's
 * `versions` (--mapping): an export with a title block above its header, as ParnasSys and ESIS write
 * one, and a label ("Spelling" "2014") the catalog does not know. Files are made from the demo's pupils.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../server/db/ids';
import { countAll, placedPupils, type PlacedPupil } from '../server/features/imports/import-test-support';
import { testEngines } from '../testing/databases';
import { demoLookup, TEST_NOW } from '../testing/fixtures';
import { cliDatabase, runCli, type CliDatabase } from './cli-test-support';

const HEADER = 'Leerlingnummer;Toets;Versie;Toetsmoment;Afnamedatum;Vaardigheidsscore;Niveau';

describe.each(testEngines())('leerwinst import results: header row and version labels (%s)', (engine) => {
  let cli: CliDatabase;
  let pupils: PlacedPupil[];
  let brinA: string;
  let schoolA: string;

  beforeAll(async () => {
    cli = await cliDatabase(engine);
    const demo = demoLookup(cli.data);
    schoolA = demo.schoolA;
    pupils = placedPupils(cli.data, demo.schoolA, demo.currentYear).filter((p) => p.jaargroep >= 3);
    brinA = demo.school(demo.schoolA).brin;
  });
  afterAll(async () => cli.dispose());

  const run = (args: string[]) => runCli(['import', 'results', ...args], cli.url);
  const db = () => cli.database.db;
  const lines = (stdout: string) => stdout.trim().split('\n');
  const rows = (ps: PlacedPupil[], toets: string, versie: string, kind: 'M' | 'E') =>
    ps.map((p, i) =>
      [p.key, toets, versie, `${kind}${p.jaargroep}`, '20-01-2027', `${140 + i}`, 'II'].join(';'),
    );

  /**
   * A title block whose second row has two column names in it ("Toets", "Versie"): the search for the
   * header takes it, so the user gives the line.
   */
  const titled = () =>
    [
      'OBS De Wilgenhoek;;;;;;',
      'Toets;Versie;;;;;',
      ';;;;;;',
      HEADER,
      ...rows(pupils.slice(0, 4), 'Rekenen-Wiskunde', '3.0', 'M'),
    ].join('\r\n');

  it('takes a row of the title block for the header without --header-row, and refuses the file', async () => {
    const before = await countAll(db());
    const result = await run([cli.file('titel.csv', titled()), '--school', brinA]);
    expect(result.code).toBe(2);
    expect(lines(result.stdout).slice(0, 3)).toEqual([
      // The rows are not read under a header that cannot be mapped (nor to the end, so no encoding).
      'GEWEIGERD (niets opgeslagen): titel.csv (csv)',
      'Regels: 0 (0 goed, 0 fout)',
      'Kopregel: regel 2',
    ]);
    expect(await countAll(db())).toEqual(before);
  });

  it('reads the header from the line given with --header-row and imports the rows below it', async () => {
    const result = await run([cli.file('titel.csv', titled()), '--school', brinA, '--header-row', '4']);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'INGELEZEN: titel.csv (csv, utf-8)',
      'Regels: 4 (4 goed, 0 fout)',
      'Resultaten: 4 nieuw, 0 gewijzigd, 0 ongewijzigd',
      'Nieuwe toetsen uit de catalogus: Rekenen-Wiskunde 3.0 3.0',
      'Kopregel: regel 4',
    ]);
    const stored = await db()
      .selectFrom('toetsresultaat')
      .innerJoin('toets', 'toets.id', 'toetsresultaat.toets_id')
      .select(['toetsresultaat.leerling_id', 'toetsresultaat.vaardigheidsscore'])
      .where('toets.code', '=', 'cito-3.0-rekenen-wiskunde')
      .execute();
    expect(stored.map((s) => [s.leerling_id, s.vaardigheidsscore]).sort()).toEqual(
      pupils
        .slice(0, 4)
        .map((p, i) => [p.id, 140 + i])
        .sort(),
    );
  });

  it('refuses an empty header line with exit 2, and a header row that is no number with exit 1', async () => {
    const before = await countAll(db());
    const blank = await run([cli.file('titel.csv', titled()), '--school', brinA, '--header-row', '3']);
    expect(blank.code).toBe(2);
    expect(blank.stdout).toContain(
      '  FOUT: Regel 3 is leeg of bestaat niet; kies de regel met de kolomnamen.\n',
    );
    for (const bad of [['--header-row', '0'], ['--header-row', 'vier'], ['--header-row']]) {
      const result = await run([cli.file('titel.csv', titled()), '--school', brinA, ...bad]);
      expect(result.code, bad.join(' ')).toBe(1);
      expect(result.stderr.trim()).toBe('leerwinst: --header-row moet een positief geheel getal zijn.');
    }
    expect(await countAll(db())).toEqual(before);
  });

  it('asks once for an unknown label, is answered by a saved mapping’s versions, and remembers it', async () => {
    const file = (kind: 'M' | 'E', from: number) =>
      cli.file(
        `spelling-${kind}.csv`,
        [HEADER, ...rows(pupils.slice(from, from + 12), 'Spelling', '2014', kind)].join('\n'),
      );
    const before = await countAll(db());
    const asked = await run([file('M', 0), '--school', brinA]);
    expect(asked.code).toBe(2);
    expect(lines(asked.stdout)).toEqual([
      'GEWEIGERD (niets opgeslagen): spelling-M.csv (csv, utf-8)',
      'Regels: 12 (0 goed, 12 fout)',
      "  FOUT: 12 regels: onbekende versie '2014' van Spelling — kies de versie (Spelling 2.0, Spelling 3.0, Spelling (Leerling in Beeld), Taalverzorging, Spelling Boom). Eerste regel: 2.",
      'Kies de versie in een opgeslagen koppeling (--mapping), bij "versions": { toets, versie, instrument }:',
      "  Spelling '2014': cito-lovs-spelling (Spelling), cito-3.0-spelling (Spelling 3.0), cito-lib-spelling (Spelling (Leerling in Beeld)), iep-taalverzorging (Taalverzorging), boom-spelling (Spelling)",
    ]);
    expect(await countAll(db())).toEqual(before);

    await db()
      .insertInto('import_mapping')
      .values({
        id: newId(TEST_NOW.getTime()),
        school_id: schoolA,
        name: 'ParnasSys spelling',
        config: JSON.stringify({
          mapping: {
            leerlingKey: 0,
            toets: 1,
            versie: 2,
            moment: 3,
            afnamedatum: 4,
            vaardigheidsscore: 5,
            niveau: 6,
          },
          headers: HEADER.split(';'),
          versions: [{ toets: 'Spelling', versie: '2014', instrument: 'cito-3.0-spelling' }],
        }),
        created_by: null,
        created_at: TEST_NOW.toISOString(),
        updated_at: TEST_NOW.toISOString(),
      })
      .execute();
    const answered = await run([file('M', 0), '--mapping', 'ParnasSys spelling']);
    expect(answered.code).toBe(0);
    expect(lines(answered.stdout).slice(1, 4)).toEqual([
      'Regels: 12 (12 goed, 0 fout)',
      'Resultaten: 12 nieuw, 0 gewijzigd, 0 ongewijzigd',
      'Nieuwe toetsen uit de catalogus: Spelling 3.0 3.0',
    ]);
    expect(
      await db()
        .selectFrom('import_versie_keuze')
        .select(['school_id', 'toets_label', 'versie_label', 'instrument_code'])
        .execute(),
    ).toEqual([
      {
        school_id: schoolA,
        toets_label: 'spelling',
        versie_label: '2014',
        instrument_code: 'cito-3.0-spelling',
      },
    ]);

    // The school's next export with the label needs no mapping.
    const remembered = await run([file('E', 12), '--school', brinA]);
    expect(remembered.code).toBe(0);
    expect(lines(remembered.stdout).slice(1)).toEqual([
      'Regels: 12 (12 goed, 0 fout)',
      'Resultaten: 12 nieuw, 0 gewijzigd, 0 ongewijzigd',
    ]);
  });
});
