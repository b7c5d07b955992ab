/**
 * GET /schools/{id}/schooloverzicht on cells the test builds itself: known levels written into a
 * schooljaar the demo leaves empty, with ambitions set through the API, so the figure, N, the 90 %
 * interval and the verdict (direction × certainty: above, on or below; certain or within the margin) are
 * known by hand. And what
 * the bestuur sees: the same overview without figures in cells under ten pupils, without the groups
 * for the way down, which it cannot open either, and without a pupil's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { testEngines } from '../../../testing/databases';
import type { LoginName } from '../../../testing/fixtures';
import { expectError } from '../../../testing/http';
import {
  addSchooljaar,
  cellResults,
  EMPTY_YEAR,
  insertResults,
  levels,
  ok,
  ogwWorld,
  verdictByHand,
  wilson90,
  type OgwWorld,
} from '../../../testing/ogw-expect';
import type { Cell, SchooloverzichtResponse } from './schooloverzicht.schema';

/** Every generated roepnaam and achternaam as a whole word. */
function pupilNamePattern(data: DemoData): RegExp {
  const names = new Set(data.leerling.flatMap((l) => [l.roepnaam, l.achternaam]));
  const escaped = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(${escaped.join('|')})(?![\\p{L}])`, 'u');
}

const DATE = '2024-01-25';
// I is the top level and V the lowest: "III or higher" is I, II and III.
/** 13 of 20 at III or higher, 3 of 20 at V; one pupil more without a level. */
const REKENEN = levels({ I: 4, II: 3, III: 6, IV: 4, V: 3 });
const SPELLING = levels({ II: 2, III: 4, IV: 8, V: 6 }); // 6 of 20 at III or higher
const LEZEN_SMALL = levels({ II: 1, III: 3, IV: 2 }); // 6 pupils: 4 at III or higher
const TECHNISCH_TEN = levels({ II: 2, III: 3, IV: 3, V: 2 }); // exactly 10: 5 at III or higher

describe.each(testEngines())('schooloverzicht on known cells (%s)', (engine) => {
  let world: OgwWorld;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    world = await ogwWorld(engine);
    const db = world.database.db;
    await addSchooljaar(db, world.demo.schoolA, EMPTY_YEAR);
    const at = (vak: string, lv: readonly string[]) =>
      cellResults(world, { vak, moment: 'M5', date: DATE, levels: lv });
    await insertResults(db, [
      ...at('rekenen-wiskunde', REKENEN),
      ...at('spelling', SPELLING),
      ...at('begrijpend-lezen', LEZEN_SMALL),
      ...at('technisch-lezen', TECHNISCH_TEN),
    ]);
    // The 21st rekenen pupil took the toets but the LVS gave no level and no score: missing, not counted.
    await insertResults(
      db,
      cellResults(world, { vak: 'rekenen-wiskunde', moment: 'M5', date: DATE, levels: [''], from: 20 }).map(
        (r) => ({ ...r, niveau: null }),
      ),
    );
    const ambition = async (key: string, vak: string, target: object) => {
      const response = await world.api.call<{ id: string }>(
        'POST',
        `/schools/${world.demo.schoolA}/ambitions`,
        {
          cookie: world.cookies.ib,
          body: { schooljaar: EMPTY_YEAR, vak, jaargroep: 5, moment: 'M', target },
        },
      );
      ids[key] = ok(response, 201).id;
    };
    await ambition('rekenenIII', 'rekenen-wiskunde', {
      kind: 'atOrAbove',
      system: 'I-V',
      level: 'III',
      minShare: 0.4,
    });
    await ambition('rekenenV', 'rekenen-wiskunde', { kind: 'atMostLowest', system: 'I-V', maxShare: 0.1 });
    await ambition('spellingIII', 'spelling', {
      kind: 'atOrAbove',
      system: 'I-V',
      level: 'III',
      minShare: 0.7,
    });
    await ambition('lezenIII', 'begrijpend-lezen', {
      kind: 'atOrAbove',
      system: 'I-V',
      level: 'III',
      minShare: 0.5,
    });
    await ambition('technischIII', 'technisch-lezen', {
      kind: 'atOrAbove',
      system: 'I-V',
      level: 'III',
      minShare: 0.5,
    });
  });
  afterAll(async () => world.database.dispose());

  const overview = (who: LoginName) =>
    world.api.call<SchooloverzichtResponse>(
      'GET',
      `/schools/${world.demo.schoolA}/schooloverzicht?schooljaar=${EMPTY_YEAR}&moment=M`,
      { cookie: world.cookies[who] },
    );
  const cellOf = (body: SchooloverzichtResponse, vak: string): Cell => {
    const cell = body.cells.find((c) => c.jaargroep === 5 && c.vak === vak);
    if (!cell) throw new Error(`no cell groep 5 ${vak}`);
    return cell;
  };

  /** A figure as the textbook gives it: count of n against the ambition. */
  function byHand(count: number, n: number, target: number, direction: 'atLeast' | 'atMost', missing = 0) {
    const interval = wilson90(count, n);
    return {
      n,
      missing,
      value: count / n,
      interval,
      target,
      direction,
      verdict: verdictByHand(count / n, interval, target, direction),
    };
  }

  function expectFigure(actual: Cell['figures'][number] | undefined, expected: ReturnType<typeof byHand>) {
    const { interval, ...rest } = expected;
    expect(actual).toMatchObject({ ...rest, suppressed: false });
    expect(actual?.value).toBeCloseTo(expected.value, 12);
    expect(actual?.interval?.low).toBeCloseTo(interval.low, 8);
    expect(actual?.interval?.high).toBeCloseTo(interval.high, 8);
  }

  it('gives only the cells with results, with N and the toets, in jaargroep and vak order', async () => {
    const body = ok(await overview('ib'));
    expect([body.schooljaar, body.moment, body.moments, body.jaargroepen]).toEqual([
      EMPTY_YEAR,
      'M',
      ['M'],
      [5],
    ]);
    expect(body.cells.map((c) => [c.vak, c.n])).toEqual([
      ['rekenen-wiskunde', 21],
      ['spelling', 20],
      ['begrijpend-lezen', 6],
      ['technisch-lezen', 10],
    ]);
    expect(body.cells.map((c) => c.toets)).toEqual(
      body.cells.map((c) => world.data.toets.find((t) => t.vak === c.vak)?.name),
    );
    expect(body.minCellSize).toBe(1);
  });

  it('holds 13 of 20 against "at least 40 %": the interval lies above it, certainly above', async () => {
    const figure = cellOf(ok(await overview('ib')), 'rekenen-wiskunde').figures[0];
    const expected = byHand(13, 20, 0.4, 'atLeast', 1);
    expect(expected.verdict).toBe('boven-zeker');
    expect(expected.interval.low).toBeGreaterThan(0.4);
    expectFigure(figure, expected);
    expect(figure).toMatchObject({
      ambitionId: ids.rekenenIII,
      kind: 'atOrAbove',
      goal: { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.4 },
    });
  });

  it('holds 3 of 20 at V against "at most 10 %": 15 % but the interval straddles 10 %, below within the margin', async () => {
    const figure = cellOf(ok(await overview('ib')), 'rekenen-wiskunde').figures[1];
    const expected = byHand(3, 20, 0.1, 'atMost', 1);
    // By the value alone the ambition is missed; the interval says the 20 pupils cannot tell.
    expect(expected.value).toBeGreaterThan(0.1);
    expect(expected.interval.low).toBeLessThan(0.1);
    expect(expected.verdict).toBe('onder-marge');
    expectFigure(figure, expected);
    expect(figure).toMatchObject({
      ambitionId: ids.rekenenV,
      kind: 'atMostLowest',
      goal: { kind: 'atMostLowest', system: 'I-V', maxShare: 0.1 },
    });
  });

  it('holds 6 of 20 against "at least 70 %": the interval lies below it, certainly below', async () => {
    const cell = cellOf(ok(await overview('ib')), 'spelling');
    const expected = byHand(6, 20, 0.7, 'atLeast');
    expect(expected.verdict).toBe('onder-zeker');
    expect(expected.interval.high).toBeLessThan(0.7);
    expect(cell.figures).toHaveLength(1);
    expectFigure(cell.figures[0], expected);
  });

  it('shows IB and schoolleider every cell, the small one included, with a one-point sparkline', async () => {
    for (const who of ['ib', 'schoolleider'] as const) {
      const body = ok(await overview(who));
      expectFigure(cellOf(body, 'begrijpend-lezen').figures[0], byHand(4, 6, 0.5, 'atLeast'));
      expectFigure(cellOf(body, 'technisch-lezen').figures[0], byHand(5, 10, 0.5, 'atLeast'));
      const spark = cellOf(body, 'spelling').sparkline;
      expect(spark.breaks).toEqual([]);
      expect(spark.points).toMatchObject([{ schooljaar: EMPTY_YEAR, n: 20, value: 0.3, suppressed: false }]);
    }
  });

  it('shows the bestuur a cell under ten pupils with its size only, and a cell of ten in full', async () => {
    const body = ok(await overview('bestuur'));
    expect(body.minCellSize).toBe(10);
    const small = cellOf(body, 'begrijpend-lezen');
    expect(small.n).toBe(6);
    expect(small.figures).toEqual([
      {
        ambitionId: ids.lezenIII,
        kind: 'atOrAbove',
        goal: { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.5 },
        suppressed: true,
        n: 6,
        missing: 0,
        value: null,
        interval: null,
        target: 0.5,
        direction: 'atLeast',
        verdict: null,
      },
    ]);
    expect(small.sparkline.points).toEqual([
      {
        schooljaar: EMPTY_YEAR,
        n: 6,
        value: null,
        interval: null,
        versionKey: small.toets,
        suppressed: true,
      },
    ]);
    expectFigure(cellOf(body, 'technisch-lezen').figures[0], byHand(5, 10, 0.5, 'atLeast'));
    // The large cells read the same as for the school's own staff.
    const ib = ok(await overview('ib'));
    for (const vak of ['rekenen-wiskunde', 'spelling'])
      expect(cellOf(body, vak).figures).toEqual(cellOf(ib, vak).figures);
  });

  it('gives the bestuur no groups for the way down, and refuses the groups the IB would open', async () => {
    const bestuur = ok(await overview('bestuur'));
    expect(bestuur.groups).toBeNull();
    expect(bestuur.abilities).toEqual(['statistics.read', 'bestuur.read']);
    const groups = ok(
      await world.api.call<SchooloverzichtResponse>(
        'GET',
        `/schools/${world.demo.schoolA}/schooloverzicht?schooljaar=${world.data.summary.schooljaren[0] ?? ''}`,
        { cookie: world.cookies.ib },
      ),
    ).groups;
    expect(groups?.length ?? 0).toBeGreaterThan(0);
    for (const g of (groups ?? []).slice(0, 2)) {
      for (const path of [`/groups/${g.id}`, `/groups/${g.id}/datamuur`, `/groups/${g.id}/groepsoverzicht`]) {
        // The IB opens it; the bestuur has no right to any group.
        expect((await world.api.call('GET', path, { cookie: world.cookies.ib })).status).toBe(200);
        expectError(await world.api.call('GET', path, { cookie: world.cookies.bestuur }), 403, 'forbidden');
      }
    }
  });

  it('names no pupil in what the bestuur reads, in any schooljaar', async () => {
    const pattern = pupilNamePattern(world.data);
    // The pattern does find names where they are: in a group as the IB sees it.
    const group = await world.api.call(
      'GET',
      `/groups/${world.demo.group(world.demo.schoolA, 'Groep 5').id}`,
      {
        cookie: world.cookies.ib,
      },
    );
    expect(JSON.stringify(ok(group))).toMatch(pattern);
    const ids = new Set(world.data.leerling.map((l) => l.id));
    for (const schooljaar of [EMPTY_YEAR, ...world.data.summary.schooljaren]) {
      for (const moment of ['M', 'E']) {
        const response = await world.api.call(
          'GET',
          `/schools/${world.demo.schoolA}/schooloverzicht?schooljaar=${schooljaar}&moment=${moment}`,
          { cookie: world.cookies.bestuur },
        );
        const text = JSON.stringify(ok(response));
        expect(text).not.toMatch(pattern);
        for (const id of ids) expect(text.includes(id)).toBe(false);
      }
    }
  });
});
