/**
 * GET /schools/{id}/schooloverzicht on the generated demo: per jaargroep × vak at one moment, every
 * ambition of the cell held against the results, with the 90 % interval and the verdict, and a
 * sparkline of the same yardstick in earlier years. Expectations come from the generated results and
 * ambitions, with the levels from the norms and the interval from the textbook formula.
 * Cells the test builds itself, and what the bestuur sees, are in schooloverzicht-known.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VAKKEN } from '../../../shared/vakken';
import { testEngines } from '../../../testing/databases';
import { createOtherBestuur, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { demoCells, ok, ogwWorld, verdictByHand, wilson90, type OgwWorld } from '../../../testing/ogw-expect';
import type { Cell, SchooloverzichtResponse } from './schooloverzicht.schema';

const LAST_YEAR = '2025-2026';
const FIRST_YEAR = '2024-2025';

describe.each(testEngines())('schooloverzicht on the demo (%s)', (engine) => {
  let world: OgwWorld;

  beforeAll(async () => {
    world = await ogwWorld(engine);
  });
  afterAll(async () => world.database.dispose());

  const overview = (schoolId: string, who: LoginName | null, query = '') =>
    world.api.call<SchooloverzichtResponse>('GET', `/schools/${schoolId}/schooloverzicht${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });

  /** Every cell of school A as the generated results and ambitions give it. */
  function expectedCells(schooljaar: string, kind: 'M' | 'E') {
    const cells = demoCells(world.data, world.demo.schoolA, schooljaar, kind);
    const earlier = demoCells(world.data, world.demo.schoolA, FIRST_YEAR, kind);
    return [...cells.values()].map((e) => {
      const ambitions = world.data.ogw.ambitie
        .filter(
          (a) =>
            a.school_id === world.demo.schoolA &&
            a.schooljaar === schooljaar &&
            a.vak === e.vak &&
            a.jaargroep === e.jaargroep &&
            a.moment === kind,
        )
        .sort((a) => (a.kind === 'atOrAbove' ? -1 : 1));
      const toets = world.data.toets.find((t) => t.vak === e.vak)?.name;
      const figures = ambitions.map((a) => {
        const target = JSON.parse(a.target) as { kind: string; minShare?: number; maxShare?: number };
        const lowest = target.kind === 'atMostLowest';
        const count = lowest ? (e.levelCounts.V ?? 0) : e.atOrAbove;
        const share = (lowest ? target.maxShare : target.minShare) ?? Number.NaN;
        const value = count / e.n;
        const interval = wilson90(count, e.n);
        const direction = lowest ? 'atMost' : 'atLeast';
        return {
          ambitionId: a.id,
          kind: target.kind,
          // The ambition's own target, as codes and parameters: the reader's language words it.
          goal: target,
          suppressed: false,
          n: e.n,
          missing: 0,
          value,
          interval,
          target: share,
          direction,
          verdict: verdictByHand(value, interval, share, direction),
        };
      });
      const years = schooljaar === FIRST_YEAR ? [cells] : [earlier, cells];
      const points = years.map((byCell, i) => {
        const y = byCell.get(`${e.jaargroep}|${e.vak}`);
        return {
          schooljaar: i === years.length - 1 ? schooljaar : FIRST_YEAR,
          n: y?.n,
          value: (y?.atOrAbove ?? 0) / (y?.n ?? 1),
          interval: wilson90(y?.atOrAbove ?? 0, y?.n ?? 1),
          versionKey: toets,
          suppressed: false,
        };
      });
      return { jaargroep: e.jaargroep, vak: e.vak, n: e.n, toets, figures, points };
    });
  }

  function expectCells(cells: Cell[], schooljaar: string, kind: 'M' | 'E') {
    const expected = expectedCells(schooljaar, kind);
    expect(cells.map((c) => `${c.jaargroep}|${c.vak}`).sort()).toEqual(
      expected.map((e) => `${e.jaargroep}|${e.vak}`).sort(),
    );
    const verdicts = new Set<string>();
    for (const cell of cells) {
      const e = expected.find((x) => x.jaargroep === cell.jaargroep && x.vak === cell.vak);
      expect({ n: cell.n, toets: cell.toets }).toEqual({ n: e?.n, toets: e?.toets });
      expect(cell.figures.map(({ interval: _i, ...f }) => f)).toEqual(
        e?.figures.map(({ interval: _i, ...f }) => f),
      );
      cell.figures.forEach((f, i) => {
        verdicts.add(f.verdict ?? '');
        expect(f.interval?.low).toBeCloseTo(e?.figures[i]?.interval.low ?? Number.NaN, 8);
        expect(f.interval?.high).toBeCloseTo(e?.figures[i]?.interval.high ?? Number.NaN, 8);
      });
      expect(cell.sparkline.breaks).toEqual([]);
      expect(cell.sparkline.points.map(({ interval: _i, ...p }) => p)).toEqual(
        e?.points.map(({ interval: _i, ...p }) => p),
      );
      cell.sparkline.points.forEach((p, i) =>
        expect(p.interval?.low).toBeCloseTo(e?.points[i]?.interval.low ?? Number.NaN, 8),
      );
    }
    return verdicts;
  }

  it('answers 401 without a session and 403 to leerkracht and beheerder', async () => {
    expectError(await overview(world.demo.schoolA, null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'beheerder'] as const)
      expectError(await overview(world.demo.schoolA, who), 403, 'forbidden');
  });

  it('answers another school’s IB, and the bestuur for another bestuur’s school, like a missing school', async () => {
    expectSameNotFound(
      await overview(world.demo.schoolA, 'ibOtherSchool'),
      await overview(unknownId(), 'ibOtherSchool'),
    );
    const other = await createOtherBestuur(world.database.db);
    expectSameNotFound(await overview(other.schoolId, 'bestuur'), await overview(unknownId(), 'bestuur'));
  });

  it('answers 400 naming the field for a malformed or unknown schooljaar and an unknown moment', async () => {
    expectInvalidInput(await overview(world.demo.schoolA, 'ib', '?schooljaar=2025'), 'schooljaar');
    expectInvalidInput(await overview(world.demo.schoolA, 'ib', '?moment=X'), 'moment');
    const unknown = expectError(
      await overview(world.demo.schoolA, 'ib', '?schooljaar=2019-2020'),
      400,
      'invalid_input',
    );
    expect(unknown.issues?.map((i) => i.field)).toEqual(['schooljaar']);
  });

  it('opens on the latest schooljaar and moment with results and holds every cell against its ambitions', async () => {
    const body = ok(await overview(world.demo.schoolA, 'ib'));
    expect(body).toMatchObject({
      schoolId: world.demo.schoolA,
      schoolName: world.demo.school(world.demo.schoolA).name,
      schooljaar: LAST_YEAR,
      moment: 'E',
      schooljaren: [...world.data.summary.schooljaren].reverse(),
      moments: ['M', 'E'],
      jaargroepen: [3, 4, 5, 6, 7, 8],
      vakken: [...VAKKEN],
      minCellSize: 1,
    });
    const verdicts = expectCells(body.cells, LAST_YEAR, 'E');
    // The demo's bars are set so that all three tones occur: certainly above, within the margin, certainly below.
    const tones = new Set([...verdicts].map((v) => (v.endsWith('-marge') ? 'marge' : v)));
    expect([...tones].sort()).toEqual(['boven-zeker', 'marge', 'onder-zeker']);
    expect(body.cells.filter((c) => c.vak === 'rekenen-wiskunde').every((c) => c.figures.length === 2)).toBe(
      true,
    );
    expect(body.words.map((w) => w.id)).toEqual(
      world.data.ogw.ambitie
        .filter(
          (a) => a.school_id === world.demo.schoolA && a.schooljaar === LAST_YEAR && a.kind === 'woorden',
        )
        .map((a) => a.id),
    );
  });

  it.each([
    [FIRST_YEAR, 'M'],
    [FIRST_YEAR, 'E'],
    [LAST_YEAR, 'M'],
  ] as const)('gives %s %s on request', async (schooljaar, moment) => {
    const body = ok(
      await overview(world.demo.schoolA, 'schoolleider', `?schooljaar=${schooljaar}&moment=${moment}`),
    );
    expect([body.schooljaar, body.moment]).toEqual([schooljaar, moment]);
    expectCells(body.cells, schooljaar, moment);
  });

  it('gives IB and schoolleider the groups of the schooljaar with their jaargroepen, for the way down', async () => {
    const sjId = world.data.schooljaar.find(
      (s) => s.school_id === world.demo.schoolA && s.name === LAST_YEAR,
    )?.id;
    const expected = world.data.groep
      .filter((g) => g.school_id === world.demo.schoolA && g.schooljaar_id === sjId)
      .map((g) => ({
        id: g.id,
        name: g.name,
        jaargroepen: [
          ...new Set(world.data.plaatsing.filter((p) => p.groep_id === g.id).map((p) => Number(p.jaargroep))),
        ].sort(),
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
    for (const who of ['ib', 'schoolleider'] as const) {
      const body = ok(await overview(world.demo.schoolA, who, `?schooljaar=${LAST_YEAR}`));
      expect(
        (body.groups ?? [])
          .map((g) => ({ ...g, jaargroepen: [...g.jaargroepen].sort() }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      ).toEqual(expected);
      expect(body.abilities).toContain('group.read');
    }
  });

  it('shows a schooljaar without results as an empty grid, not an error', async () => {
    const body = ok(await overview(world.demo.schoolA, 'ib', `?schooljaar=${world.demo.currentYear}`));
    expect([body.schooljaar, body.moments, body.cells, body.jaargroepen]).toEqual([
      world.demo.currentYear,
      [],
      [],
      [],
    ]);
  });
});
