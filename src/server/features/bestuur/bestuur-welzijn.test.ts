/**
 * GET /bestuur/welzijn: per school the share of pupils who feel safe and well, whether the monitoring is
 * complete, the latest survey per respondent group, and all schools together. The demo's lists and
 * surveys are removed first; every count below is worked out from the rows written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { createOtherBestuur, insertUser, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput } from '../../../testing/http';
import { wilson90 } from '../../../testing/statistics-expect';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { newId } from '../../db/ids';
import type { BestuurWelzijnResponse } from './bestuur-welzijn.schema';
import { insertSeoScores } from '../../../testing/seo-scores';

const YEAR = '2025-2026';
const BEFORE = '2024-2025';

describe.each(testEngines())('bestuur welzijn (%s)', (engine) => {
  let world: DemoWorld;
  let schoolA: string;
  let schoolB: string;

  /** Pupils placed at the school in the schooljaar, in a fixed order. */
  const pupilsIn = (schoolId: string, year: string) => {
    const groups = new Set(world.demo.groupsOf(schoolId, year).map((g) => g.id));
    return [
      ...new Set(world.data.plaatsing.filter((p) => groups.has(p.groep_id)).map((p) => p.leerling_id)),
    ].sort();
  };

  /** One safety or well-being list per pupil: the first `yes` hoog, the rest laag. */
  async function lists(schoolId: string, year: string, schaal: string, count: number, yes: number) {
    const ids = pupilsIn(schoolId, year).slice(0, count);
    await insertSeoScores(
      world.database.db,
      ids.map((id, i) => ({
        leerling_id: id,
        school_id: schoolId,
        instrument: 'kanvas',
        lijst: 'leerling',
        schaal,
        schooljaar: year,
        afnamedatum: `${year.slice(5)}-03-10`,
        band: i < yes ? 'hoog' : 'laag',
      })),
    );
  }

  async function survey(
    groep: 'leerlingen' | 'ouders',
    date: string,
    thema: string,
    n: number,
    positief: number,
  ) {
    await world.database.db
      .insertInto('tevredenheid')
      .values({
        id: newId(),
        school_id: schoolA,
        afgenomen_op: date,
        schooljaar: YEAR,
        groep,
        thema,
        thema_key: thema.toLowerCase(),
        instrument: null,
        n,
        gemiddelde: null,
        schaal_min: null,
        schaal_max: null,
        positief,
        imported_by: world.demo.account('ib@leerwinst.example').id,
        imported_at: new Date().toISOString(),
      })
      .execute();
  }

  beforeAll(async () => {
    world = await demoWorld(engine);
    schoolA = world.demo.schoolA;
    schoolB = world.demo.schoolB;
    await world.database.db.deleteFrom('seo_score').execute();
    await world.database.db.deleteFrom('tevredenheid').execute();
    // YEAR: school A 9 of 12 safe and 10 of 12 well; school B 3 of 4 safe, no well-being list.
    await lists(schoolA, YEAR, 'veiligheidsbeleving', 12, 9);
    await lists(schoolA, YEAR, 'welbevinden', 12, 10);
    await lists(schoolB, YEAR, 'veiligheidsbeleving', 4, 3);
    // BEFORE: school A 8 of 11, school B 10 of 10 safe.
    await lists(schoolA, BEFORE, 'veiligheidsbeleving', 11, 8);
    await lists(schoolB, BEFORE, 'veiligheidsbeleving', 10, 10);
    // School A's pupils in October (50 % positive) and again in March (80 and 90 % on two themes,
    // 40 and 38 respondents): March counts. Its parents: 8 respondents.
    await survey('leerlingen', '2025-10-01', 'Sfeer', 41, 50);
    await survey('leerlingen', '2026-03-12', 'Sfeer', 40, 80);
    await survey('leerlingen', '2026-03-12', 'Veiligheid', 38, 90);
    await survey('ouders', '2026-03-12', 'Communicatie', 8, 70);
  });
  afterAll(async () => world.database.dispose());

  const get = (who: LoginName | null, query = '') =>
    world.api.call<BestuurWelzijnResponse>('GET', `/bestuur/welzijn${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });

  it('answers 401 without a session, 403 to a role that sees pupils, 400 naming a malformed schooljaar', async () => {
    expectError(await get(null), 401, 'unauthenticated');
    for (const who of ['ib', 'leerkracht', 'schoolleider', 'beheerder'] as const)
      expectError(await get(who), 403, 'forbidden');
    expectInvalidInput(await get('bestuur', '?schooljaar=2025'), 'schooljaar');
  });

  it('shows the newest year per school; a small school by its size only, and a total that would give it away withheld', async () => {
    const body = ok(await get('bestuur'));
    expect(body.schooljaar).toBe(YEAR);
    expect(body.schooljaren).toEqual([YEAR, BEFORE]);
    const a = body.schools.find((s) => s.id === schoolA);
    const b = body.schools.find((s) => s.id === schoolB);
    expect(a?.veiligheid).toMatchObject({ instrument: 'kanvas', n: 12, favourable: 9, suppressed: false });
    expect(a?.veiligheid?.share).toBeCloseTo(0.75, 12);
    expect(a?.veiligheid?.interval?.low).toBeCloseTo(wilson90(9, 12).low, 8);
    expect(a?.welbevinden).toMatchObject({ n: 12, favourable: 10, suppressed: false });
    expect(b?.veiligheid).toMatchObject({
      n: 4,
      favourable: null,
      share: null,
      interval: null,
      suppressed: true,
    });
    expect(b?.welbevinden).toBeNull();
    // Only groep-level data of a few groepen: not complete.
    expect([a?.complete, b?.complete]).toEqual([false, false]);
    // 16 pupils, of which 4 hidden: 16 − 12 would give school B back.
    expect(body.total.veiligheid).toEqual({
      n: 16,
      missing: 0,
      favourable: null,
      share: null,
      interval: null,
      suppressed: true,
    });
    expect(body.total.welbevinden).toMatchObject({ n: 12, favourable: 10, suppressed: false });
    // Pupils: the March survey, (80 + 90) / 2 = 85 over 40 respondents at most; parents: 8, no figure.
    expect(a?.tevredenheid).toEqual([
      { groep: 'leerlingen', afgenomenOp: '2026-03-12', n: 40, themas: 2, positief: 85, suppressed: false },
      { groep: 'ouders', afgenomenOp: '2026-03-12', n: 8, themas: 1, positief: null, suppressed: true },
    ]);
    expect(b?.tevredenheid).toEqual([]);
    // A later year without surveys of its own still shows the latest survey before it.
    const later = ok(await get('bestuur', '?schooljaar=2026-2027'));
    expect(later.schools.find((s) => s.id === schoolA)?.tevredenheid).toEqual(a?.tevredenheid);
  });

  it('adds the schools up when no school is hidden', async () => {
    const body = ok(await get('bestuur', `?schooljaar=${BEFORE}`));
    expect(body.total.veiligheid).toMatchObject({ n: 21, favourable: 18, suppressed: false });
    expect(body.total.veiligheid.share).toBeCloseTo(18 / 21, 12);
    expect(body.total.veiligheid.interval?.high).toBeCloseTo(wilson90(18, 21).high, 8);
    expect(body.schools.find((s) => s.id === schoolB)?.veiligheid).toMatchObject({ n: 10, favourable: 10 });
    expect(body.schools.every((s) => s.tevredenheid.length === 0)).toBe(true);
  });

  it("shows another bestuur none of this bestuur's schools or figures", async () => {
    const other = await createOtherBestuur(world.database.db);
    await insertUser(world.database.db, {
      name: 'Olga Overkant',
      email: 'welzijn.elders@leerwinst.example',
      role: 'bestuur',
      bestuurId: other.bestuurId,
    });
    const cookie = await world.api.login('welzijn.elders@leerwinst.example');
    const theirs = ok(await world.api.call<BestuurWelzijnResponse>('GET', '/bestuur/welzijn', { cookie }));
    expect(theirs.schools.map((s) => s.id)).toEqual([other.schoolId]);
    expect(theirs.schooljaren).toEqual([theirs.schooljaar]);
    expect(theirs.total.veiligheid.n).toBe(0);
    expect(theirs.schools[0]).toMatchObject({ veiligheid: null, welbevinden: null, tevredenheid: [] });
  });
});
