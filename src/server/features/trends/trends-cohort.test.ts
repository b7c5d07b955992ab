/**
 * GET /schools/{id}/trends?kind=cohort: the same children through the years. The test makes a cohort
 * of its own in the schooljaar before the demo (groep 5 in 2023-2024) out of demo pupils who go on
 * through groep 6, 7 and 8, plus a pupil who leaves in March and a pupil who arrives in November, and
 * checks the rules of domain/cohort.ts: membership is fixed on 1 October of the start year, a leaver
 * counts for the rest of that year and is "left" after, a late arrival never joins the cohort.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { testEngines } from '../../../testing/databases';
import { TEST_NOW } from '../../../testing/fixtures';
import {
  addSchooljaar,
  demoToetsId,
  EMPTY_YEAR,
  insertResults,
  ok,
  ogwWorld,
  wilson90,
  type OgwWorld,
} from '../../../testing/ogw-expect';
import type { TrendsResponse } from './trends.schema';

const YEARS = ['2024-2025', '2025-2026', '2026-2027'];
const AT_OR_ABOVE = new Set(['I', 'II', 'III']);
/** The twelve members' levels in 2023-2024: 8 at III or higher. */
const START_LEVELS = ['I', 'I', 'II', 'II', 'II', 'III', 'III', 'III', 'IV', 'IV', 'V', 'V'];

describe.each(testEngines())('cohort trend (%s)', (engine) => {
  let world: OgwWorld;
  let members: string[];
  let joiner: string;
  let leaver: string;
  let rekenen: string;

  const placementsOf = (pupilId: string) =>
    world.data.plaatsing
      .filter((p) => p.leerling_id === pupilId)
      .map((p) => {
        const g = world.data.groep.find((x) => x.id === p.groep_id);
        const sj = world.data.schooljaar.find((s) => s.id === g?.schooljaar_id);
        return { ...p, schooljaar: sj?.name ?? '', schoolId: g?.school_id };
      });
  /** Placed in the jaargroep for the whole schooljaar (from 1 August, never ended). */
  const wholeYearIn = (pupilId: string, schooljaar: string, jaargroep: number) =>
    placementsOf(pupilId).some(
      (p) =>
        p.schooljaar === schooljaar &&
        p.jaargroep === String(jaargroep) &&
        p.start_date.endsWith('-08-01') &&
        p.end_date == null,
    );
  const levelAt = (pupilId: string, schooljaar: string, moment: string) =>
    world.data.toetsresultaat.find(
      (r) =>
        r.leerling_id === pupilId &&
        r.toets_id === rekenen &&
        r.schooljaar === schooljaar &&
        r.moment === moment,
    )?.niveau ?? null;
  /** Pupils of school A placed in the jaargroep on 1 October of the schooljaar, by the demo's placements. */
  const placedOnPeildatum = (schooljaar: string, jaargroep: number) => {
    const day = `${schooljaar.slice(0, 4)}-10-01`;
    return world.data.plaatsing.filter((p) => {
      const where = placementsOf(p.leerling_id).find((x) => x.id === p.id);
      return (
        where?.schoolId === world.demo.schoolA &&
        where.schooljaar === schooljaar &&
        p.jaargroep === String(jaargroep) &&
        p.start_date <= day &&
        (p.end_date == null || p.end_date >= day)
      );
    }).length;
  };

  beforeAll(async () => {
    world = await ogwWorld(engine);
    const db = world.database.db;
    rekenen = demoToetsId(world.data, 'rekenen-wiskunde');
    // Demo pupils in groep 6, 7 and 8 the next three years, with a rekenen level at M6 and M7.
    const onTrack = world.data.leerling
      .filter((l) => l.school_id === world.demo.schoolA)
      .map((l) => l.id)
      .sort()
      .filter(
        (id) =>
          YEARS.every((y, k) => wholeYearIn(id, y, 6 + k)) &&
          levelAt(id, '2024-2025', 'M6') !== null &&
          levelAt(id, '2025-2026', 'M7') !== null,
      );
    if (onTrack.length < 13) throw new Error('the demo has too few pupils on track');
    members = onTrack.slice(0, 12);
    joiner = onTrack[12] ?? '';
    leaver = newId(TEST_NOW.getTime());
    const iso = TEST_NOW.toISOString();
    await db
      .insertInto('leerling')
      .values({
        id: leaver,
        school_id: world.demo.schoolA,
        las_key: 'test-vertrek',
        las_key_stable: 1,
        eckid: null,
        roepnaam: 'Vera',
        voorvoegsel: null,
        achternaam: 'Vertrek',
        geboortedatum: null,
        geslacht: null,
        groep3_start: '2021-08-20',
        opp_since: null,
        created_at: iso,
        updated_at: iso,
      })
      .execute();
    await addSchooljaar(db, world.demo.schoolA, EMPTY_YEAR);
    const sj = await db
      .selectFrom('schooljaar')
      .select('id')
      .where('school_id', '=', world.demo.schoolA)
      .where('name', '=', EMPTY_YEAR)
      .executeTakeFirstOrThrow();
    const groupId = newId(TEST_NOW.getTime());
    await db
      .insertInto('groep')
      .values({
        id: groupId,
        school_id: world.demo.schoolA,
        schooljaar_id: sj.id,
        name: 'Groep 5 (2023)',
        jaargroep: '5',
        kind: 'stamgroep',
        las_key: null,
        created_at: iso,
        updated_at: iso,
      })
      .execute();
    const place = (leerlingId: string, start: string, end: string | null) => ({
      id: newId(TEST_NOW.getTime()),
      leerling_id: leerlingId,
      groep_id: groupId,
      jaargroep: '5',
      start_date: start,
      end_date: end,
    });
    await db
      .insertInto('plaatsing')
      .values([
        ...members.map((id) => place(id, '2023-08-01', null)),
        place(leaver, '2023-08-01', '2024-03-15'),
        place(joiner, '2023-11-15', null),
      ])
      .execute();
    const m5 = (leerlingId: string, niveau: string) => ({
      leerlingId,
      toetsId: rekenen,
      schooljaar: EMPTY_YEAR,
      moment: 'M5',
      date: '2024-01-25',
      niveau,
    });
    // The leaver took the M toets in January, before leaving; the joiner did too, but is no member.
    await insertResults(db, [
      ...members.map((id, i) => m5(id, START_LEVELS[i] ?? '')),
      m5(leaver, 'V'),
      m5(joiner, 'I'),
    ]);
  });
  afterAll(async () => world.database.dispose());

  const cohort = (query = '') =>
    world.api.call<TrendsResponse>(
      'GET',
      `/schools/${world.demo.schoolA}/trends?kind=cohort&vak=rekenen-wiskunde&moment=M&jaargroep=5&schooljaar=${EMPTY_YEAR}${query}`,
      { cookie: world.cookies.ib },
    );

  it('counts per year who is in the cohort: the leaver as left, the late arrival as instroom only', async () => {
    const body = ok(await cohort());
    expect(body.kind).toBe('cohort');
    expect(body.cohort).toEqual([
      { schooljaar: EMPTY_YEAR, expectedJaargroep: 5, members: 13, left: 0, repeaters: 0, instroom: 0 },
      ...YEARS.map((schooljaar, k) => ({
        schooljaar,
        expectedJaargroep: 6 + k,
        members: 12,
        left: 1,
        repeaters: 0,
        // Everyone else in the jaargroep on 1 October, the late arrival among them.
        instroom: placedOnPeildatum(schooljaar, 6 + k) - 12,
      })),
    ]);
    expect(placedOnPeildatum('2024-2025', 6)).toBeGreaterThan(12);
  });

  it('follows the members’ results: the leaver in the start year, the late arrival never', async () => {
    const body = ok(await cohort());
    expect(body.breaks).toEqual([]);
    const points = body.segments.flatMap((s) => s.points);
    // 2026-2027 has no M results yet (the clock stands in November): no point, not a zero.
    expect(points.map((p) => [p.schooljaar, p.jaargroep])).toEqual([
      [EMPTY_YEAR, 5],
      ['2024-2025', 6],
      ['2025-2026', 7],
    ]);
    const expected = [
      { count: 8, n: 13 }, // 8 of the 12 members, the leaver at V; not the joiner's I
      ...['M6', 'M7'].map((moment, k) => ({
        count: members.filter((id) => AT_OR_ABOVE.has(levelAt(id, YEARS[k] ?? '', moment) ?? '')).length,
        n: 12,
      })),
    ];
    points.forEach((p, i) => {
      const e = expected[i] ?? { count: Number.NaN, n: 0 };
      expect(p.n).toBe(e.n);
      expect(p.value).toBeCloseTo(e.count / e.n, 12);
      expect(p.interval?.low).toBeCloseTo(wilson90(e.count, e.n).low, 8);
      expect(p.interval?.high).toBeCloseTo(wilson90(e.count, e.n).high, 8);
    });
  });

  it('gives the bestuur the same cohort, each point of at least ten shown', async () => {
    const bestuur = ok(
      await world.api.call<TrendsResponse>(
        'GET',
        `/schools/${world.demo.schoolA}/trends?kind=cohort&vak=rekenen-wiskunde&moment=M&jaargroep=5&schooljaar=${EMPTY_YEAR}`,
        { cookie: world.cookies.bestuur },
      ),
    );
    const ib = ok(await cohort());
    expect(bestuur.minCellSize).toBe(10);
    expect(bestuur.segments).toEqual(ib.segments);
    expect(bestuur.cohort).toEqual(ib.cohort);
  });
});
