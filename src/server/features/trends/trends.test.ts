/**
 * GET /schools/{id}/trends: one jaargroep at one moment over the years, a dwarsdoorsnede of all
 * jaargroepen, as a share at III or higher or as a mean score, each point with its 90 % interval, and
 * the line broken where the toets version changes. Expectations come from the generated results and
 * from results the test writes on an older toets version. The cohort is in trends-cohort.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { createOtherBestuur, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import {
  addSchooljaar,
  addToets,
  cellResults,
  demoCells,
  demoToetsId,
  EMPTY_YEAR,
  insertResults,
  levels,
  ok,
  ogwWorld,
  pupilsOfSchool,
  wilson90,
  type OgwWorld,
} from '../../../testing/ogw-expect';
import type { TrendsResponse } from './trends.schema';

const FIRST_YEAR = '2024-2025';
const LAST_YEAR = '2025-2026';
const OLD_SPELLING = 'Test-LVS Spelling 2.0';

describe.each(testEngines())('trends (%s)', (engine) => {
  let world: OgwWorld;
  let demoSpelling: string;

  beforeAll(async () => {
    world = await ogwWorld(engine);
    const db = world.database.db;
    demoSpelling = world.data.toets.find((t) => t.vak === 'spelling')?.name ?? '';
    await addSchooljaar(db, world.demo.schoolA, EMPTY_YEAR);
    const old = await addToets(db, {
      vak: 'spelling',
      name: OLD_SPELLING,
      version: '2.0',
      scaleKey: 'spelling-2',
    });
    // Groep 4 at M took the older spelling toets in 2023-2024: 3 of 6 at III or higher.
    await insertResults(db, [
      ...cellResults(world, {
        vak: 'spelling',
        moment: 'M4',
        date: '2024-01-25',
        levels: levels({ I: 1, III: 2, V: 3 }),
        toetsId: old,
      }),
    ]);
    // In 2024-2025 three pupils without a demo result there still took the old version: a transition
    // year is drawn on the version most pupils took, so the line is not cut.
    const spelling = demoToetsId(world.data, 'spelling');
    // (Pupils with no spelling result at M that year at all, so no retake replaces a demo result.)
    const tookIt = new Set(
      world.data.toetsresultaat
        .filter((r) => r.toets_id === spelling && r.schooljaar === FIRST_YEAR && r.moment.startsWith('M'))
        .map((r) => r.leerling_id),
    );
    const others = pupilsOfSchool(world.data, world.demo.schoolA)
      .filter((id) => !tookIt.has(id))
      .slice(0, 3);
    await insertResults(
      db,
      others.map((leerlingId) => ({
        leerlingId,
        toetsId: old,
        schooljaar: FIRST_YEAR,
        moment: 'M4',
        date: '2025-01-25',
        niveau: 'I',
      })),
    );
  });
  afterAll(async () => world.database.dispose());

  const trends = (who: LoginName | null, query: string, schoolId = world.demo.schoolA) =>
    world.api.call<TrendsResponse>('GET', `/schools/${schoolId}/trends${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });
  const expectShare = (
    point: TrendsResponse['segments'][number]['points'][number] | undefined,
    cell: { atOrAbove: number; n: number } | undefined,
  ) => {
    if (!cell) throw new Error('no expected cell');
    expect(point?.n).toBe(cell.n);
    expect(point?.suppressed).toBe(false);
    expect(point?.value).toBeCloseTo(cell.atOrAbove / cell.n, 12);
    const { low, high } = wilson90(cell.atOrAbove, cell.n);
    expect(point?.interval?.low).toBeCloseTo(low, 8);
    expect(point?.interval?.high).toBeCloseTo(high, 8);
  };
  const REKENEN_5 = '?kind=jaargroep&vak=rekenen-wiskunde&moment=E&jaargroep=5';

  it('answers 401 without a session, 403 to leerkracht and beheerder, and another school like a missing one', async () => {
    expectError(await trends(null, REKENEN_5), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'beheerder'] as const)
      expectError(await trends(who, REKENEN_5), 403, 'forbidden');
    expectSameNotFound(
      await trends('ibOtherSchool', REKENEN_5),
      await trends('ibOtherSchool', REKENEN_5, unknownId()),
    );
    const other = await createOtherBestuur(world.database.db);
    expectSameNotFound(
      await trends('bestuur', REKENEN_5, other.schoolId),
      await trends('bestuur', REKENEN_5, unknownId()),
    );
  });

  it.each([
    ['?kind=groep&vak=spelling&moment=M&jaargroep=4', 'kind'],
    ['?vak=spelling&moment=M&jaargroep=4', 'kind'],
    ['?kind=jaargroep&moment=M&jaargroep=4', 'vak'],
    ['?kind=jaargroep&vak=spelling&jaargroep=4', 'moment'],
    ['?kind=jaargroep&vak=spelling&moment=X&jaargroep=4', 'moment'],
    ['?kind=jaargroep&vak=spelling&moment=M&jaargroep=9', 'jaargroep'],
    ['?kind=jaargroep&vak=spelling&moment=M&jaargroep=vijf', 'jaargroep'],
    ['?kind=jaargroep&vak=spelling&moment=M&jaargroep=4&measure=median', 'measure'],
    ['?kind=jaargroep&vak=spelling&moment=M&jaargroep=4&years=1', 'years'],
    ['?kind=dwarsdoorsnede&vak=spelling&moment=M&schooljaar=2025', 'schooljaar'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    expectInvalidInput(await trends('ib', query), field);
  });

  it('answers 400 for an unknown vak, and for a jaargroep or cohort trend without a jaargroep', async () => {
    const vak = expectError(
      await trends('ib', '?kind=jaargroep&vak=gym&moment=M&jaargroep=4'),
      400,
      'invalid_input',
    );
    expect(vak.issues?.map((i) => i.field)).toEqual(['vak']);
    for (const kind of ['jaargroep', 'cohort']) {
      const error = expectError(
        await trends('ib', `?kind=${kind}&vak=spelling&moment=M`),
        400,
        'invalid_input',
      );
      expect(error.issues?.map((i) => i.field)).toEqual(['jaargroep']);
    }
  });

  it('follows one jaargroep at one moment over the years, as the generated shares with their intervals', async () => {
    const body = ok(await trends('ib', REKENEN_5));
    expect(body).toMatchObject({
      kind: 'jaargroep',
      vak: 'rekenen-wiskunde',
      moment: 'E',
      measure: 'share',
      cohort: null,
      minCellSize: 1,
      breaks: [],
    });
    const toets = world.data.toets.find((t) => t.vak === 'rekenen-wiskunde')?.name;
    expect(body.segments.map((s) => s.versionKey)).toEqual([toets]);
    const points = body.segments[0]?.points ?? [];
    expect(points.map((p) => [p.schooljaar, p.moment, p.jaargroep])).toEqual([
      [FIRST_YEAR, 'E', 5],
      [LAST_YEAR, 'E', 5],
    ]);
    points.forEach((p) =>
      expectShare(p, demoCells(world.data, world.demo.schoolA, p.schooljaar, 'E').get('5|rekenen-wiskunde')),
    );
  });

  it('gives the mean score with an interval of about t · sd / √n around it', async () => {
    const body = ok(await trends('schoolleider', `${REKENEN_5}&measure=mean`));
    // The measure as a code; the reader's language words it ("gemiddelde vaardigheidsscore").
    expect(body.measure).toBe('mean');
    expect(body).not.toHaveProperty('label');
    const points = body.segments[0]?.points ?? [];
    expect(points).toHaveLength(2);
    for (const p of points) {
      const scores = world.data.toetsresultaat
        .filter(
          (r) =>
            r.schooljaar === p.schooljaar &&
            r.moment === 'E5' &&
            r.toets_id === demoToetsId(world.data, 'rekenen-wiskunde') &&
            world.data.leerling.find((l) => l.id === r.leerling_id)?.school_id === world.demo.schoolA,
        )
        .map((r) => r.vaardigheidsscore ?? Number.NaN);
      const n = scores.length;
      const mean = scores.reduce((a, b) => a + b, 0) / n;
      const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
      expect(p.n).toBe(n);
      expect(p.value).toBeCloseTo(mean, 9);
      const half = ((p.interval?.high ?? 0) - (p.interval?.low ?? 0)) / 2;
      expect(p.interval?.low).toBeCloseTo(mean - half, 9);
      // The 95th percentile of t lies between the normal's 1.645 and t(9)'s 1.833 for n ≥ 10.
      expect(n).toBeGreaterThanOrEqual(10);
      expect(half / (sd / Math.sqrt(n))).toBeGreaterThan(1.6448);
      expect(half / (sd / Math.sqrt(n))).toBeLessThan(1.8332);
    }
  });

  it('breaks the line where the toets version changes, and draws a transition year on the common version', async () => {
    const body = ok(await trends('ib', '?kind=jaargroep&vak=spelling&moment=M&jaargroep=4'));
    expect(body.segments.map((s) => [s.versionKey, s.points.map((p) => p.schooljaar)])).toEqual([
      [OLD_SPELLING, [EMPTY_YEAR]],
      [demoSpelling, [FIRST_YEAR, LAST_YEAR]],
    ]);
    expect(body.breaks).toEqual([
      { fromVersion: OLD_SPELLING, toVersion: demoSpelling, schooljaar: FIRST_YEAR, jaargroep: 4 },
    ]);
    expectShare(body.segments[0]?.points[0], { atOrAbove: 3, n: 6 });
    // 2024-2025: only the demo version's pupils, not the three on the old toets.
    for (const p of body.segments[1]?.points ?? [])
      expectShare(p, demoCells(world.data, world.demo.schoolA, p.schooljaar, 'M').get('4|spelling'));
  });

  it('keeps the break for the mean, so scores of two scales are never on one line', async () => {
    const body = ok(await trends('ib', '?kind=jaargroep&vak=spelling&moment=M&jaargroep=4&measure=mean'));
    expect(body.segments.map((s) => s.versionKey)).toEqual([OLD_SPELLING, demoSpelling]);
    // The old-version results carry levels but no scores: a gap, not a zero.
    expect(body.segments[0]?.points[0]).toMatchObject({ n: 6, value: null, interval: null });
    expect(body.breaks).toHaveLength(1);
  });

  it('lays out all jaargroepen at one moment of a schooljaar along the jaargroepen', async () => {
    for (const [query, schooljaar] of [
      ['', LAST_YEAR],
      [`&schooljaar=${FIRST_YEAR}`, FIRST_YEAR],
    ] as const) {
      const body = ok(await trends('ib', `?kind=dwarsdoorsnede&vak=rekenen-wiskunde&moment=E${query}`));
      expect([body.kind, body.breaks, body.segments.length]).toEqual(['dwarsdoorsnede', [], 1]);
      const points = body.segments[0]?.points ?? [];
      expect(points.map((p) => [p.schooljaar, p.jaargroep])).toEqual(
        [3, 4, 5, 6, 7, 8].map((j) => [schooljaar, j]),
      );
      const cells = demoCells(world.data, world.demo.schoolA, schooljaar, 'E');
      points.forEach((p) => expectShare(p, cells.get(`${p.jaargroep}|rekenen-wiskunde`)));
    }
  });

  it('shows the bestuur a point under ten pupils as a gap with its size, and the others in full', async () => {
    const query = '?kind=jaargroep&vak=spelling&moment=M&jaargroep=4';
    const bestuur = ok(await trends('bestuur', query));
    const ib = ok(await trends('ib', query));
    expect(bestuur.minCellSize).toBe(10);
    expect(bestuur.segments[0]?.points).toEqual([
      {
        schooljaar: EMPTY_YEAR,
        moment: 'M',
        jaargroep: 4,
        versionKey: OLD_SPELLING,
        n: 6,
        value: null,
        interval: null,
        suppressed: true,
      },
    ]);
    expect(ib.segments[0]?.points[0]?.value).toBe(0.5);
    expect(bestuur.segments[1]).toEqual(ib.segments[1]);
    expect(bestuur.breaks).toEqual(ib.breaks);
  });
});
