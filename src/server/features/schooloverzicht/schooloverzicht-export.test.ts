/**
 * GET /schools/{id}/schooloverzicht/export?format=xlsx|csv: the schooloverzicht as a spreadsheet for the
 * teambespreking, for whoever reads the school's figures. Every row, read back from the CSV and the
 * XLSX, carries the numbers of the JSON schooloverzicht for the same cell, and a cell the test builds
 * itself gives a row known by hand; the bestuur's file keeps a small cell without figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { createOtherBestuur, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectSameNotFound, type TestResponse } from '../../../testing/http';
import {
  addSchooljaar,
  cellResults,
  EMPTY_YEAR,
  insertResults,
  levels,
  ok,
  ogwWorld,
  wilson90,
  type OgwWorld,
} from '../../../testing/ogw-expect';
import {
  parseCsv,
  rawApi,
  readWorkbook,
  sheetValues,
  utf8,
  VAK_LABELS,
  type RawResponse,
} from '../exports/export-test-support';
import type { SchooloverzichtResponse } from './schooloverzicht.schema';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LAST_YEAR = '2025-2026';
const FIRST_YEAR = '2024-2025';
const FIXED = [
  'Jaargroep',
  'Vak',
  'Toets',
  'Aantal leerlingen',
  'Ambitie',
  'Resultaat (% of score)',
  '90%-interval',
  'Oordeel',
];
/** The verdict as the file words it: direction and certainty, the words the screen uses too. */
const VERDICTS: Record<string, string> = {
  'boven-zeker': 'duidelijk boven de ambitie',
  'gelijk-zeker': 'op de ambitie',
  'boven-marge': 'boven de ambitie, maar binnen de toevalsmarge',
  'gelijk-marge': 'op de ambitie, binnen de toevalsmarge',
  'onder-marge': 'onder de ambitie, maar binnen de toevalsmarge',
  'onder-zeker': 'duidelijk onder de ambitie',
};

/** A share as the file writes it, worked out here: a percentage with one decimal and a decimal comma. */
const pct = (share: number) => String(Math.round(share * 1000) / 10).replace('.', ',');

type Goal = SchooloverzichtResponse['cells'][number]['figures'][number]['goal'];

/** The ambition as the file words it in Dutch, written out here for the kinds the demo sets. */
function inWords(goal: Goal): string {
  if (goal.kind === 'atOrAbove') return `minstens ${pct(goal.minShare)} % op ${goal.level} of hoger`;
  if (goal.kind === 'atMostLowest')
    return `hoogstens ${pct(goal.maxShare)} % op ${goal.system === 'I-V' ? 'V' : 'E'}`;
  if (goal.kind === 'usualShare') return `aandeel op ${goal.level} of hoger (geen ambitie)`;
  throw new Error(`no wording for ${goal.kind} in this test`);
}

describe.each(testEngines())('schooloverzicht export (%s)', (engine) => {
  let world: OgwWorld;
  let get: ReturnType<typeof rawApi>;

  beforeAll(async () => {
    world = await ogwWorld(engine);
    get = rawApi(world.database.db, engine);
    // Known cells: 13 of 20 at III or higher against "at least 40 %", a small one of 6 pupils, and
    // 8 of 12 against "at least 50 %" (66,7 %: above, but its interval reaches below 50 %).
    await addSchooljaar(world.database.db, world.demo.schoolA, EMPTY_YEAR);
    await insertResults(world.database.db, [
      ...cellResults(world, {
        vak: 'rekenen-wiskunde',
        moment: 'M5',
        date: '2024-01-25',
        levels: levels({ I: 4, II: 3, III: 6, IV: 4, V: 3 }),
      }),
      ...cellResults(world, {
        vak: 'spelling',
        moment: 'M5',
        date: '2024-01-25',
        levels: levels({ II: 2, IV: 4 }),
      }),
      ...cellResults(world, {
        vak: 'begrijpend-lezen',
        moment: 'M5',
        date: '2024-01-25',
        levels: levels({ II: 4, III: 4, IV: 3, V: 1 }),
      }),
    ]);
    for (const [vak, minShare] of [
      ['rekenen-wiskunde', 0.4],
      ['spelling', 0.4],
      ['begrijpend-lezen', 0.5],
    ] as const)
      ok(
        await world.api.call('POST', `/schools/${world.demo.schoolA}/ambitions`, {
          cookie: world.cookies.ib,
          body: {
            schooljaar: EMPTY_YEAR,
            vak,
            jaargroep: 5,
            moment: 'M',
            target: { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare },
          },
        }),
        201,
      );
  });
  afterAll(async () => world.database.dispose());

  const path = (schoolId: string, query: string) => `/schools/${schoolId}/schooloverzicht/export${query}`;
  const download = (who: LoginName | null, query: string, schoolId = world.demo.schoolA) =>
    get(path(schoolId, query), who ? world.cookies[who] : undefined);
  const asJson = (r: RawResponse): TestResponse => ({
    status: r.status,
    headers: r.headers,
    body: JSON.parse(utf8(r.bytes)) as unknown,
  });
  const csvOf = (r: RawResponse) => {
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(Array.from(r.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    return parseCsv(utf8(r.bytes).slice(1));
  };
  const overview = async (who: LoginName, query: string) =>
    ok(
      await world.api.call<SchooloverzichtResponse>(
        'GET',
        `/schools/${world.demo.schoolA}/schooloverzicht${query}`,
        {
          cookie: world.cookies[who],
        },
      ),
    );

  it('answers 401 without a session and 403 to leerkracht and beheerder, who read no figures', async () => {
    expectError(asJson(await download(null, '?format=csv')), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'beheerder'] as const)
      expectError(asJson(await download(who, '?format=xlsx')), 403, 'forbidden');
  });

  it('answers another school’s IB, and the bestuur for another bestuur’s school, like a missing school', async () => {
    expectSameNotFound(
      asJson(await download('ibOtherSchool', '?format=csv')),
      asJson(await download('ibOtherSchool', '?format=csv', unknownId())),
    );
    const other = await createOtherBestuur(world.database.db);
    expectSameNotFound(
      asJson(await download('bestuur', '?format=csv', other.schoolId)),
      asJson(await download('bestuur', '?format=csv', unknownId())),
    );
  });

  it.each([
    ['', 'format'],
    ['?format=xls', 'format'],
    ['?format=csv&moment=X', 'moment'],
    ['?format=csv&schooljaar=2025', 'schooljaar'],
    ['?format=csv&schooljaar=2019-2020', 'schooljaar'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const error = expectError(asJson(await download('ib', query)), 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toContain(field);
  });

  it('writes a row per cell and ambition with the numbers of the JSON schooloverzicht', async () => {
    const query = `?schooljaar=${LAST_YEAR}&moment=E`;
    const json = await overview('ib', query);
    const [header, ...rows] = csvOf(await download('ib', `${query}&format=csv`));
    expect(header).toEqual([...FIXED, `Zelfde maat ${FIRST_YEAR}`, `Zelfde maat ${LAST_YEAR}`]);
    const expected = json.cells.flatMap((cell) =>
      cell.figures.map((f) => [
        `Groep ${cell.jaargroep}`,
        VAK_LABELS[cell.vak] ?? '?',
        cell.toets ?? '',
        String(cell.n),
        inWords(f.goal),
        f.value === null ? '' : pct(f.value),
        f.interval ? `${pct(f.interval.low)} – ${pct(f.interval.high)}` : '',
        f.verdict ? (VERDICTS[f.verdict] ?? '?') : 'geen ambitie',
        ...[FIRST_YEAR, LAST_YEAR].map((y) => {
          const p = cell.sparkline.points.find((x) => x.schooljaar === y);
          return p?.value == null ? '' : pct(p.value);
        }),
      ]),
    );
    // 6 jaargroepen × 4 vakken, and rekenen's second ambition (at most a share at V) in each jaargroep.
    expect(rows.length).toBe(6 * 4 + 6);
    expect(rows).toEqual(expected);
  });

  it('writes the cells the test built as worked out by hand, the verdict in words of direction and certainty', async () => {
    const [header, ...rows] = csvOf(
      await download('schoolleider', `?schooljaar=${EMPTY_YEAR}&moment=M&format=csv`),
    );
    expect(header).toEqual([...FIXED, `Zelfde maat ${EMPTY_YEAR}`]);
    const { low, high } = wilson90(13, 20);
    const toets = world.data.toets.find((t) => t.vak === 'rekenen-wiskunde')?.name;
    expect(rows[0]).toEqual([
      'Groep 5',
      'Rekenen-wiskunde',
      toets,
      '20',
      'minstens 40 % op III of hoger',
      '65',
      `${pct(low)} – ${pct(high)}`,
      // 46,7 %–79,8 %: wholly above 40 %.
      'duidelijk boven de ambitie',
      '65',
    ]);
    // 2 of 6 at III or higher: the school's own staff see it. 33,3 %, interval 11,7 %–65,3 %.
    expect(rows[1]?.slice(3, 8)).toEqual([
      '6',
      'minstens 40 % op III of hoger',
      '33,3',
      expect.any(String),
      'onder de ambitie, maar binnen de toevalsmarge',
    ]);
    // 8 of 12: 66,7 %, interval 43,1 %–84,1 %, which reaches below 50 %: not a verdict in orange.
    const twelve = wilson90(8, 12);
    expect(rows[2]?.slice(3, 8)).toEqual([
      '12',
      'minstens 50 % op III of hoger',
      '66,7',
      `${pct(twelve.low)} – ${pct(twelve.high)}`,
      'boven de ambitie, maar binnen de toevalsmarge',
    ]);
  });

  it('gives the bestuur the small cell without figures, and the large one in full', async () => {
    const [, ...rows] = csvOf(await download('bestuur', `?schooljaar=${EMPTY_YEAR}&moment=M&format=csv`));
    expect(rows[0]?.slice(3, 8)).toEqual([
      '20',
      'minstens 40 % op III of hoger',
      '65',
      expect.stringMatching(/ – /),
      'duidelijk boven de ambitie',
    ]);
    expect(rows[1]?.slice(3)).toEqual([
      '6',
      'minstens 40 % op III of hoger',
      '',
      '',
      'minder dan 10 leerlingen',
      '',
    ]);
  });

  it('gives an XLSX workbook with the same header and numbers, as a download', async () => {
    const query = `?schooljaar=${EMPTY_YEAR}&moment=M`;
    const r = await download('ib', `${query}&format=xlsx`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(XLSX);
    expect(Array.from(r.bytes.slice(0, 2))).toEqual([0x50, 0x4b]); // "PK": a zip container
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="schooloverzicht-.*-2023-2024-m\.xlsx"$/,
    );
    expect(r.headers.get('content-length')).toBe(String(r.bytes.byteLength));
    const sheet = (await readWorkbook(r.bytes)).worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    const [header, first] = sheetValues(sheet, FIXED.length + 1);
    expect(header).toEqual([...FIXED, `Zelfde maat ${EMPTY_YEAR}`]);
    expect(first?.slice(0, 6)).toEqual([
      'Groep 5',
      'Rekenen-wiskunde',
      expect.any(String),
      20,
      'minstens 40 % op III of hoger',
      65,
    ]);
    const json = await overview('ib', query);
    expect(first?.[5]).toBe(Math.round((json.cells[0]?.figures[0]?.value ?? Number.NaN) * 1000) / 10);
  });
});
