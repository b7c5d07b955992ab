/**
 * Results files as LVS exports write them: a title block above the header, version labels the catalog
 * does not know ("Spelling" "2014"), and scores outside an instrument's documented range. Files are
 * made from the demo's pupils; the demo's own toetsen have other names, so every catalog instrument
 * here is new and every result is new.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { testEngines, type TestDatabase } from '../../../testing/databases';
import type { DemoLookup, LoginName } from '../../../testing/fixtures';
import type { InspectResponse } from './imports.schema';
import {
  asJson,
  countAll,
  placedPupils,
  reportOf,
  resultsQuery,
  resultsSuite,
  snapshot,
  type PlacedPupil,
  type uploadApi,
} from './import-test-support';

/** Every table an import writes to (the saved version choices too). */
const WRITES = ['toetsresultaat', 'toets', 'import_batch', 'import_versie_keuze', 'audit_log'] as const;

/** A ParnasSys-style title block: school, export date, an empty row of separators. */
const TITLE = ['OBS De Wilgenhoek;;;;;;', 'Export toetsresultaten;Datum: 03-02-2027;;;;;', ';;;;;;'];
const HEADER =
  'Leerlingnummer;Achternaam, tussenvoegsel, Roepnaam;Toets;Versie;Toetsmoment;Vaardigheidsscore;Niveau';

/** "Daan van der Berg" → "Berg, van der, Daan"; the demo's names have at most one voorvoegsel word. */
const nameCell = (p: PlacedPupil) => {
  const words = p.name.split(' ');
  return `${words.at(-1)}, , ${words[0]}`;
};

describe.each(testEngines())('results import: title block, version labels, ranges (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let send: ReturnType<typeof uploadApi>;
  let pupils: PlacedPupil[];

  beforeAll(async () => {
    ({ database, data, demo, cookies, send, pupils } = await resultsSuite(engine));
  });
  afterAll(async () => database.dispose());

  const upload = async (text: string, config?: unknown, schoolId = demo.schoolA, cookie = cookies.ib) => {
    const response = await send('POST', resultsQuery(schoolId, { config }), text, cookie);
    expect(response.status).toBe(200);
    return reportOf(response.text);
  };
  const rowsOf = (ps: PlacedPupil[], toets: string, versie: string, moment: (p: PlacedPupil) => string) =>
    ps.map((p, i) => [p.key, nameCell(p), toets, versie, moment(p), `${120 + (i % 40)}`, 'III'].join(';'));
  const storedOf = (code: string) =>
    database.db
      .selectFrom('toetsresultaat')
      .innerJoin('toets', 'toets.id', 'toetsresultaat.toets_id')
      .select(['toetsresultaat.leerling_id', 'toetsresultaat.moment', 'toetsresultaat.vaardigheidsscore'])
      .where('toets.code', '=', code)
      .execute();
  const choices = (schoolId: string) =>
    database.db
      .selectFrom('import_versie_keuze')
      .select(['toets_label', 'versie_label', 'instrument_code'])
      .where('school_id', '=', schoolId)
      .execute();

  it('shows the title block in the preview, finds the header below it, and lets the user pick another row', async () => {
    const some = pupils.slice(0, 6);
    const file = [
      ...TITLE,
      HEADER,
      ...rowsOf(some, 'Rekenen-Wiskunde', '3.0', (p) => `M${p.jaargroep}`),
    ].join('\r\n');
    const inspect = async (headerRow?: string) =>
      asJson<InspectResponse>(
        await send(
          'POST',
          `/imports/results/inspect?schoolId=${demo.schoolA}${headerRow ? `&headerRow=${headerRow}` : ''}`,
          file,
          cookies.ib,
        ),
      );
    const found = await inspect();
    expect(found.status).toBe(200);
    expect(found.body.headerRow).toBe(4);
    expect(found.body.above.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'OBS De Wilgenhoek'],
      [2, 'Export toetsresultaten'],
    ]);
    expect(found.body.suggestion.mapping).toEqual({
      leerlingKey: 0,
      naam: 1,
      toets: 2,
      versie: 3,
      moment: 4,
      vaardigheidsscore: 5,
      niveau: 6,
    });
    expect(found.body.sample.map((r) => r[0])).toEqual(some.slice(0, 5).map((p) => p.key));
    // "Berg, , Daan" under "Achternaam, tussenvoegsel, Roepnaam" is shown as "Daan Berg".
    expect(found.body.sampleNames).toEqual(
      some.slice(0, 5).map((p) => {
        const words = p.name.split(' ');
        return `${words[0]} ${words.at(-1)}`;
      }),
    );
    expect(found.body.problems.filter((p) => p.severity === 'error')).toEqual([]);

    const picked = await inspect('2');
    expect(picked.body.headerRow).toBe(2);
    expect(picked.body.headers[0]).toBe('Export toetsresultaten');
    expect(picked.body.above.map((r) => r.line)).toEqual([1]);
    // Row 3 holds only separators: it is no row, and cannot be the header.
    const blank = await inspect('3');
    expect(blank.body.headerRow).toBeNull();
    expect(blank.body.problems.map((p) => [p.code, p.message])).toEqual([
      ['import.kopregel', 'Regel 3 is leeg of bestaat niet; kies de regel met de kolomnamen.'],
    ]);
  });

  it('imports a file with a title block via the header row it found', async () => {
    const some = pupils.slice(0, 6);
    const file = [
      ...TITLE,
      HEADER,
      ...rowsOf(some, 'Rekenen-Wiskunde', '3.0', (p) => `M${p.jaargroep}`),
    ].join('\r\n');
    const report = await upload(file);
    expect(report).toMatchObject({
      status: 'imported',
      headerRow: 4,
      rows: { total: 6, valid: 6, invalid: 0 },
      counts: { new: 6, changed: 0, unchanged: 0 },
      newToetsen: ['Rekenen-Wiskunde 3.0 3.0'],
      versionQuestions: [],
      problems: [],
    });
    const stored = await storedOf('cito-3.0-rekenen-wiskunde');
    expect(stored.map((s) => [s.leerling_id, s.moment, s.vaardigheidsscore]).sort()).toEqual(
      some.map((p, i) => [p.id, `M${p.jaargroep}`, 120 + i]).sort(),
    );
  });

  it('reads the header from the row the config names, where the words found none', async () => {
    const some = pupils.slice(6, 9);
    const file = [
      'Basisschool De Regenboog',
      'Toetsoverzicht 03-02-2027',
      'Nr;Omschrijving;Tijdstip;Uitslag',
      ...some.map((p, i) => `${p.key};Rekenen-Wiskunde 3.0;M${p.jaargroep};${150 + i}`),
    ].join('\n');
    const mapping = { leerlingKey: 0, toets: 1, moment: 2, vaardigheidsscore: 3 };
    const constants = { afnamedatum: '20-01-2027' };
    const before = await snapshot(database.db, WRITES);
    // Without the row, the first row is the header: it has no column 2, 3 or 4.
    const without = await upload(file, { mapping, constants });
    expect(without.status).toBe('refused');
    expect(without.headerRow).toBe(1);
    expect(await snapshot(database.db, WRITES)).toEqual(before);
    const report = await upload(file, { mapping, constants, headerRow: 3 });
    expect(report).toMatchObject({
      status: 'imported',
      headerRow: 3,
      headers: ['Nr', 'Omschrijving', 'Tijdstip', 'Uitslag'],
      rows: { total: 3, valid: 3, invalid: 0 },
      counts: { new: 3, changed: 0, unchanged: 0 },
    });
  });

  it('asks once for an unknown version label of a multi-version instrument, however many rows carry it', async () => {
    const before = await snapshot(database.db, WRITES);
    // Every pupil twice (M and E of the own jaargroep): hundreds of rows, one label.
    const lines = [
      ...rowsOf(pupils, 'Spelling', '2014', (p) => `M${p.jaargroep}`),
      ...rowsOf(pupils, 'Spelling', '2014', (p) => `E${p.jaargroep}`),
    ];
    const rows = pupils.length * 2;
    expect(rows).toBeGreaterThan(100);
    const report = await upload([...TITLE, HEADER, ...lines].join('\n'));
    expect(report.status).toBe('refused');
    expect(report.rows).toEqual({ total: rows, valid: 0, invalid: rows });
    // One problem, not one per row; the two "Spelling"s (Cito 2.0 and Boom) told apart by version.
    expect(report.problems).toEqual([
      {
        severity: 'error',
        code: 'resultaat.onbekende-versie',
        message:
          `${rows.toLocaleString('nl-NL')} regels: onbekende versie '2014' van Spelling — kies de versie ` +
          '(Spelling 2.0, Spelling 3.0, Spelling (Leerling in Beeld), Taalverzorging, Spelling Boom). Eerste regel: 5.',
        key: 'spelling|2014',
      },
    ]);
    expect(report.versionQuestions).toEqual([
      {
        toets: 'Spelling',
        versie: '2014',
        rows,
        firstLine: 5,
        candidates: [
          { code: 'cito-lovs-spelling', name: 'Spelling', version: '2.0' },
          { code: 'cito-3.0-spelling', name: 'Spelling 3.0', version: '3.0' },
          { code: 'cito-lib-spelling', name: 'Spelling (Leerling in Beeld)', version: 'LiB' },
          { code: 'iep-taalverzorging', name: 'Taalverzorging', version: 'IEP' },
          { code: 'boom-spelling', name: 'Spelling', version: 'Boom' },
        ],
      },
    ]);
    expect(await snapshot(database.db, WRITES)).toEqual(before);
  });

  it('writes nothing, not even the version choice, when a file with a chosen label is refused for another row', async () => {
    const before = await snapshot(database.db, WRITES);
    const [a, b] = pupils;
    if (!a || !b) throw new Error('too few demo pupils');
    const file = [
      HEADER,
      [a.key, nameCell(a), 'Spelling', '2014', `M${a.jaargroep}`, '130', 'III'].join(';'),
      [b.key, nameCell(b), 'Spelling', '2014', `M${b.jaargroep}`, '130', 'VII'].join(';'),
    ].join('\n');
    const config = { versions: [{ toets: 'Spelling', versie: '2014', instrument: 'cito-3.0-spelling' }] };
    const report = await upload(file, config);
    expect(report.status).toBe('refused');
    expect(report.problems.map((p) => [p.line, p.code])).toEqual([[3, 'resultaat.niveau']]);
    expect(await snapshot(database.db, WRITES)).toEqual(before);
  });

  it('imports once a mapping entry resolves the label, remembers it for the school, and asks no more', async () => {
    const config = { versions: [{ toets: 'Spelling', versie: '2014', instrument: 'cito-3.0-spelling' }] };
    const first = pupils.slice(0, 20);
    const report = await upload(
      [...TITLE, HEADER, ...rowsOf(first, 'Spelling', '2014', (p) => `M${p.jaargroep}`)].join('\n'),
      config,
    );
    expect(report).toMatchObject({
      status: 'imported',
      counts: { new: 20, changed: 0, unchanged: 0 },
      newToetsen: ['Spelling 3.0 3.0'],
      problems: [],
      versionQuestions: [],
    });
    expect(await choices(demo.schoolA)).toEqual([
      { toets_label: 'spelling', versie_label: '2014', instrument_code: 'cito-3.0-spelling' },
    ]);
    const chosen = await database.db
      .selectFrom('audit_log')
      .select(['details', 'school_id'])
      .where('action', '=', 'import.version.choose')
      .execute();
    expect(chosen).toHaveLength(1);
    expect(chosen[0]?.school_id).toBe(demo.schoolA);
    expect(JSON.parse(chosen[0]?.details ?? '{}')).toEqual({ labels: ['Spelling 2014 → cito-3.0-spelling'] });

    // A second file with the same label, written a little differently, needs no mapping entry.
    const second = pupils.slice(0, 20);
    const again = await upload(
      [HEADER, ...rowsOf(second, 'SPELLING', ' 2014 ', (p) => `E${p.jaargroep}`)].join('\n'),
    );
    expect(again).toMatchObject({
      status: 'imported',
      counts: { new: 20, changed: 0, unchanged: 0 },
      newToetsen: [],
      problems: [],
      versionQuestions: [],
    });
    const stored = await storedOf('cito-3.0-spelling');
    expect(stored).toHaveLength(40);
    expect(new Set(stored.map((s) => s.moment.charAt(0)))).toEqual(new Set(['M', 'E']));
  });

  it('remembers the choice for that school only: another school is still asked', async () => {
    const other = placedPupils(data, demo.schoolB, demo.currentYear).filter((p) => p.jaargroep >= 3);
    const file = [HEADER, ...rowsOf(other, 'Spelling', '2014', (p) => `M${p.jaargroep}`)].join('\n');
    const report = await upload(file, undefined, demo.schoolB, cookies.ibOtherSchool);
    expect(report.status).toBe('refused');
    expect(report.problems.map((p) => p.code)).toEqual(['resultaat.onbekende-versie']);
    expect(report.versionQuestions.map((q) => [q.toets, q.versie, q.rows])).toEqual([
      ['Spelling', '2014', other.length],
    ]);
    expect(await choices(demo.schoolB)).toEqual([]);
  });

  it('lets a new choice for the file override the school’s earlier one, and keeps the new one', async () => {
    const some = pupils.slice(20, 23);
    const config = { versions: [{ toets: 'spelling', versie: '2014', instrument: 'cito-lib-spelling' }] };
    const report = await upload(
      [HEADER, ...rowsOf(some, 'Spelling', '2014', (p) => `M${p.jaargroep}`)].join('\n'),
      config,
    );
    expect(report).toMatchObject({
      status: 'imported',
      counts: { new: 3 },
      newToetsen: ['Spelling (Leerling in Beeld) LiB'],
    });
    expect((await storedOf('cito-lib-spelling')).map((s) => s.leerling_id).sort()).toEqual(
      some.map((p) => p.id).sort(),
    );
    expect(await choices(demo.schoolA)).toEqual([
      { toets_label: 'spelling', versie_label: '2014', instrument_code: 'cito-lib-spelling' },
    ]);
  });

  it('takes any label for a single-scale instrument, with one warning for the file', async () => {
    const some = pupils.slice(0, 5);
    const file = [
      'Leerlingnummer;Toets;Versie;Toetsmoment;Ruwe score;Vaardigheidsscore',
      ...some.map((p, i) =>
        [p.key, 'DMT', 'versie 2', `M${p.jaargroep}`, `${40 + i}`, `${30 + i}`].join(';'),
      ),
    ].join('\n');
    const report = await upload(file);
    expect(report).toMatchObject({
      status: 'imported',
      counts: { new: 5 },
      newToetsen: ['DMT (Drie-Minuten-Toets) DMT'],
      versionQuestions: [],
    });
    expect(report.problems).toEqual([
      {
        severity: 'warning',
        code: 'resultaat.versie-aangenomen',
        message:
          "Versie 'versie 2' van DMT is niet bekend; DMT (Drie-Minuten-Toets) heeft één schaal, dus de resultaten tellen als DMT (Drie-Minuten-Toets).",
        key: 'dmt|versie2',
      },
    ]);
    // Taken as the only instrument, not chosen: nothing to remember.
    expect((await choices(demo.schoolA)).map((c) => c.versie_label)).toEqual(['2014']);
  });

  it('refuses a value outside the instrument’s range with the range in the message, and writes nothing', async () => {
    const before = await snapshot(database.db, WRITES);
    const [a, b, c] = pupils.slice(10, 13);
    if (!a || !b || !c) throw new Error('too few demo pupils');
    const file = [
      'Leerlingnummer;Toets;Toetsmoment;Ruwe score;Vaardigheidsscore',
      [a.key, 'DMT', `E${a.jaargroep}`, '-12', '35'].join(';'),
      [b.key, 'DMT', `E${b.jaargroep}`, '451', '36'].join(';'),
      [c.key, 'DMT', `E${c.jaargroep}`, '450', '37'].join(';'),
    ].join('\n');
    const report = await upload(file);
    expect(report.status).toBe('refused');
    expect(report.rows).toEqual({ total: 3, valid: 1, invalid: 2 });
    expect(report.problems).toEqual([
      {
        severity: 'error',
        code: 'resultaat.bereik',
        message:
          'Regel 2: ruwe score -12 ligt buiten het bereik van DMT (Drie-Minuten-Toets) (0 tot en met 450).',
        line: 2,
      },
      {
        severity: 'error',
        code: 'resultaat.bereik',
        message:
          'Regel 3: ruwe score 451 ligt buiten het bereik van DMT (Drie-Minuten-Toets) (0 tot en met 450).',
        line: 3,
      },
    ]);
    expect(await snapshot(database.db, WRITES)).toEqual(before);
  });

  it('refuses a vaardigheidsscore outside the general bounds of a toetsschaal', async () => {
    const before = await countAll(database.db);
    const a = pupils[13];
    if (!a) throw new Error('too few demo pupils');
    const report = await upload(
      [
        'Leerlingnummer;Toets;Toetsmoment;Vaardigheidsscore',
        `${a.key};Rekenen-Wiskunde 3.0;E${a.jaargroep};-150`,
      ].join('\n'),
    );
    expect(report.problems.map((p) => p.message)).toEqual([
      'Regel 2: vaardigheidsscore -150 ligt buiten het bereik van een toetsschaal (-100 tot en met 1000).',
    ]);
    expect(await countAll(database.db)).toEqual(before);
  });
});
