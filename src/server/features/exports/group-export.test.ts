/**
 * GET /groups/{id}/export: the XLSX and CSV files, read back, hold exactly what
 * GET /groups/{id}/analysis shows (whose figures analysis-group.test.ts checks
 * against the generated demo), with a known pupil's score checked against the demo rows directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { DUTCH_SIGNAL_NAMES, signalSentenceNl } from '../../../shared/signal-sentences';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { meetpuntOfResult, sortMeetpunten, vakOf } from '../../../testing/engine-expect';
import { demoLookup, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import type { GroupAnalysisResponse } from '../analysis/analysis.schema';
import {
  asCsv,
  fromSheet,
  isoOf,
  parseCsv,
  rawApi,
  readWorkbook,
  sheetValues,
  utf8,
  VAK_LABELS,
  type ExportValue,
} from './export-test-support';

const SUFFIXES = [
  'niveau',
  'vaardigheidsscore',
  'moment',
  'functioneringsniveau',
  'leerwinst',
  'leerwinst vanaf',
  'instructiegroep',
  'instructiegroep aangepast',
];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What one pupil's row must hold, from the analysis answer. */
function expectedRow(
  analysis: GroupAnalysisResponse,
  pupil: GroupAnalysisResponse['pupils'][number],
): ExportValue[] {
  return [
    pupil.name,
    Number(pupil.jaargroep),
    pupil.leftOn ? { date: pupil.leftOn } : null,
    ...analysis.vakken.flatMap((vak): ExportValue[] => {
      const a = pupil.vakken[vak];
      const effective = a?.placement.effective ?? null;
      return [
        a?.current?.level ?? null,
        a?.current?.score ?? null,
        a?.current?.moment ?? null,
        a?.current?.functioneringsniveau ?? null,
        a?.growth?.value ?? null,
        a?.growth ? `${a.growth.from.moment} (${a.growth.from.schooljaar})` : null,
        effective?.instructie ?? null,
        effective ? (effective.source === 'leerkracht' ? 'ja' : 'nee') : null,
      ];
    }),
    // The wording itself is known-answer tested in shared/signal-sentences.test.ts.
    pupil.signals.length > 0
      ? pupil.signals.map((s) => signalSentenceNl(s, DUTCH_SIGNAL_NAMES)).join(' ')
      : null,
    // The teacher's texts of the current period: none written in these tests.
    null,
    null,
    null,
    null,
  ];
}

describe.each(testEngines())('groepsoverzicht export (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let get: ReturnType<typeof rawApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  let groupId: string;
  let meetpunten: string[];
  /** A pupil of the group whose rekenen score at the latest meetpunt was made x.5, and that score. */
  let known: { pupilId: string; name: string; score: number };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    get = rawApi(database.db, engine);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const pupils = new Set(demo.pupilsOf(groupId));
    const results = data.toetsresultaat.filter((r) => pupils.has(r.leerling_id));
    meetpunten = sortMeetpunten(results.map(meetpuntOfResult));
    const latest = meetpunten.at(-1);
    const result = results.find(
      (r) =>
        meetpuntOfResult(r) === latest &&
        vakOf(data, r) === 'rekenen-wiskunde' &&
        r.vaardigheidsscore != null,
    );
    if (!result) throw new Error('the demo needs a rekenen result in Groep 5 at the latest meetpunt');
    const score = (result.vaardigheidsscore ?? 0) + 0.5;
    await database.db
      .updateTable('toetsresultaat')
      .set({ vaardigheidsscore: score })
      .where('id', '=', result.id)
      .execute();
    const pupil = demo.pupil(result.leerling_id);
    const name = [pupil.roepnaam, pupil.voorvoegsel, pupil.achternaam].filter(Boolean).join(' ');
    known = { pupilId: pupil.id, name, score };
    // The teacher places the known pupil by hand, so "instructiegroep aangepast" has a "ja" to show.
    const placed = await api.call('PUT', `/pupils/${pupil.id}/placement`, {
      cookie: as('leerkracht'),
      body: {
        vak: 'rekenen-wiskunde',
        schooljaar: result.schooljaar,
        moment: result.moment,
        instructie: 'verlengd',
        reason: 'Werkt beter met extra instructie aan de instructietafel.',
      },
    });
    expect(placed.status).toBe(200);
  });
  afterAll(async () => database.dispose());

  const exportPath = (format: string, meetpunt?: string) =>
    `/groups/${groupId}/export?format=${format}${meetpunt ? `&meetpunt=${encodeURIComponent(meetpunt)}` : ''}`;

  async function analysis(meetpunt?: string): Promise<GroupAnalysisResponse> {
    const query = meetpunt ? `?meetpunt=${encodeURIComponent(meetpunt)}` : '';
    const response = await api.call<GroupAnalysisResponse>('GET', `/groups/${groupId}/analysis${query}`, {
      cookie: as('leerkracht'),
    });
    expect(response.status).toBe(200);
    return response.body;
  }

  const headersOf = (a: GroupAnalysisResponse) => [
    'Naam',
    'Jaargroep',
    'Vertrokken op',
    ...a.vakken.flatMap((v) => SUFFIXES.map((s) => `${VAK_LABELS[v] ?? v}: ${s}`)),
    'Signalering',
    'Stimulerende factoren',
    'Belemmerende factoren',
    'Onderwijsbehoeften pedagogisch',
    'Onderwijsbehoeften didactisch',
  ];

  it('downloads an XLSX with a bold frozen header and one row per pupil, as the analysis shows', async () => {
    const expected = await analysis();
    const response = await get(exportPath('xlsx'), as('leerkracht'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    const slug = (expected.meetpunt ?? '').toLowerCase().replace(' ', '-');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="groepsoverzicht-groep-5-${slug}.xlsx"`,
    );

    const workbook = await readWorkbook(response.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Groepsoverzicht']);
    expect(workbook.title).not.toContain(known.name);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = headersOf(expected);
    headers.forEach((_, i) => expect(sheet.getRow(1).getCell(i + 1).font?.bold).toBe(true));

    const [header, ...rows] = sheetValues(sheet, headers.length);
    expect(header).toEqual(headers);
    expect(rows.length).toBe(demo.pupilsOf(groupId).length);
    expect(rows.map((r) => r.map(fromSheet))).toEqual(expected.pupils.map((p) => expectedRow(expected, p)));

    const knownRow = rows.find((r) => r[0] === known.name);
    expect(knownRow?.[headers.indexOf('Rekenen-wiskunde: vaardigheidsscore')]).toBe(known.score);
    expect(knownRow?.[headers.indexOf('Rekenen-wiskunde: instructiegroep')]).toBe('verlengd');
    expect(knownRow?.[headers.indexOf('Rekenen-wiskunde: instructiegroep aangepast')]).toBe('ja');
    // The comparison above covers leerwinst, signals and suggested placements only if the group has them.
    const column = (name: string) => rows.map((r) => r[headers.indexOf(name)]);
    expect(column('Spelling: leerwinst').some((v) => typeof v === 'number')).toBe(true);
    expect(column('Spelling: instructiegroep aangepast')).toContain('nee');
    expect(column('Signalering').some((v) => typeof v === 'string' && v !== '')).toBe(true);
  });

  it('downloads a Dutch CSV (BOM, ;, decimal comma, CRLF) with the same rows', async () => {
    const expected = await analysis();
    const response = await get(exportPath('csv'), as('ib'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="groepsoverzicht-groep-5-.+\.csv"$/,
    );
    expect([...response.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = utf8(response.bytes);
    const headers = headersOf(expected);
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(headers.join(';'));

    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(headers);
    expect(rows.length).toBe(demo.pupilsOf(groupId).length);
    expect(rows).toEqual(expected.pupils.map((p) => expectedRow(expected, p).map(asCsv)));
    const knownRow = rows.find((r) => r[0] === known.name);
    expect(knownRow?.[headers.indexOf('Rekenen-wiskunde: vaardigheidsscore')]).toBe(
      String(known.score).replace('.', ','),
    );
    expect(String(known.score)).toContain('.');
  });

  it('exports an earlier meetpunt with that meetpunt\u2019s scores', async () => {
    const earlier = meetpunten.at(-2) ?? '';
    const expected = await analysis(earlier);
    const response = await get(exportPath('xlsx', earlier), as('leerkracht'));
    expect(response.status).toBe(200);
    const sheet = (await readWorkbook(response.bytes)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const headers = headersOf(expected);
    const [, ...rows] = sheetValues(sheet, headers.length);
    expect(rows.map((r) => r.map(fromSheet))).toEqual(expected.pupils.map((p) => expectedRow(expected, p)));
    // The known pupil's rekenen score at this meetpunt, straight from the generated rows.
    const demoScore = demo
      .resultsOf(known.pupilId)
      .find(
        (r) => meetpuntOfResult(r) === earlier && vakOf(data, r) === 'rekenen-wiskunde',
      )?.vaardigheidsscore;
    const cell = rows.find((r) => r[0] === known.name)?.[
      headers.indexOf('Rekenen-wiskunde: vaardigheidsscore')
    ];
    expect(cell).toBe(demoScore ?? null);
  });

  it('shows the date a pupil left as a date in the XLSX and as dd-mm-jjjj in the CSV', async () => {
    const year = data.summary.schooljaren[0] ?? '';
    const earlierGroup = demo.group(demo.schoolA, 'Groep 5', year).id;
    const left = data.plaatsing.filter((p) => p.groep_id === earlierGroup && p.end_date);
    expect(left.length).toBeGreaterThan(0);
    const path = (format: string) => `/groups/${earlierGroup}/export?format=${format}`;
    const [xlsx, csv] = [await get(path('xlsx'), as('leerkracht')), await get(path('csv'), as('leerkracht'))];
    expect([xlsx.status, csv.status]).toEqual([200, 200]);
    const sheet = (await readWorkbook(xlsx.bytes)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const sheetRows = sheetValues(sheet, 3);
    expect(sheetRows[0]?.[2]).toBe('Vertrokken op');
    const csvRows = parseCsv(utf8(csv.bytes).slice(1));
    const names = csvRows.map((r) => r[0]);
    for (const placement of left) {
      const pupil = demo.pupil(placement.leerling_id);
      const name = [pupil.roepnaam, pupil.voorvoegsel, pupil.achternaam].filter(Boolean).join(' ');
      const row = names.indexOf(name);
      expect(row).toBeGreaterThan(0);
      expect(isoOf(sheetRows[row]?.[2] ?? null)).toBe(placement.end_date);
      expect(csvRows[row]?.[2]).toBe((placement.end_date ?? '').split('-').reverse().join('-'));
    }
  });

  it('includes what the teacher wrote in the groepsoverzicht of the current period', async () => {
    const overzicht = await api.call<{ periode: { id: string }; pupils: { id: string; name: string }[] }>(
      'GET',
      `/groups/${groupId}/groepsoverzicht`,
      { cookie: as('leerkracht') },
    );
    const pupil = overzicht.body.pupils[0];
    if (!pupil) throw new Error('no pupil');
    const text = 'heeft korte, concrete opdrachten nodig om zelfstandig te werken';
    const saved = await api.call('PUT', `/groups/${groupId}/groepsoverzicht/${pupil.id}`, {
      cookie: as('leerkracht'),
      body: {
        periodeId: overzicht.body.periode.id,
        version: 0,
        stimulerend: '',
        belemmerend: '',
        behoeftePedagogisch: text,
        behoefteDidactisch: '',
      },
    });
    expect(saved.status).toBe(200);
    const response = await get(exportPath('csv'), as('leerkracht'));
    const [header, ...rows] = parseCsv(utf8(response.bytes).slice(1));
    const row = rows.find((r) => r[0] === pupil.name);
    expect(row?.[(header ?? []).indexOf('Onderwijsbehoeften pedagogisch')]).toBe(text);
  });
});
