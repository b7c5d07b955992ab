import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { fullName } from '../../../shared/names';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  demoLookup,
  LOGIN,
  seedDemo,
  TEST_NOW,
  unknownId,
  type DemoLookup,
  type LoginName,
} from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import type { PupilDetailResponse } from './pupils.schema';

const TEACHER_ABILITIES = [
  'school.read',
  'group.read',
  'pupil.read',
  'observation.write',
  'placement.write',
  'groepsoverzicht.write',
  'plan.write',
  'zorg.read',
  'afspraak.write',
  'opp.note',
];
const WRITES = ['observatie', 'audit_log'] as const;

describe.each(testEngines())('pupil record API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  /** Of the leerkracht's school: a pupil in their group now, one who was in it earlier, one who never was. */
  let own: string;
  let former: string;
  let never: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    const pupils = demo.pupilsByTeacher(LOGIN.leerkracht);
    const byResults = (a: string, b: string) => demo.resultsOf(b).length - demo.resultsOf(a).length;
    own = [...pupils.current].sort(byResults)[0] ?? '';
    former = pupils.former[0] ?? '';
    never = pupils.never[0] ?? '';
    for (const id of [own, former, never]) expect(id).not.toBe('');
  });
  afterAll(async () => database.dispose());

  it('answers 401 without a session', async () => {
    expectError(await api.call('GET', `/pupils/${own}`), 401, 'unauthenticated');
  });

  it.each(['bestuur', 'beheerder'] as const)(
    'answers 403 to the %s, who may not read a pupil',
    async (who) => {
      expectError(await api.call('GET', `/pupils/${own}`, { cookie: as(who) }), 403, 'forbidden');
    },
  );

  it('shows a leerkracht the record of a pupil in their group as generated', async () => {
    const response = await api.call<PupilDetailResponse>('GET', `/pupils/${own}`, {
      cookie: as('leerkracht'),
    });
    expect(response.status).toBe(200);
    const pupil = demo.pupil(own);
    const school = demo.school(demo.schoolA);
    const placements = data.plaatsing
      .filter((p) => p.leerling_id === own)
      .map((p) => {
        const group = data.groep.find((g) => g.id === p.groep_id);
        const year = data.schooljaar.find((s) => s.id === group?.schooljaar_id)?.name;
        return {
          id: p.groep_id,
          name: group?.name,
          schooljaar: year,
          jaargroep: p.jaargroep,
          startDate: p.start_date,
          endDate: p.end_date ?? null,
        };
      })
      .sort(
        (a, b) =>
          (b.schooljaar ?? '').localeCompare(a.schooljaar ?? '') || b.startDate.localeCompare(a.startDate),
      );
    expect(response.body.pupil).toEqual({
      id: pupil.id,
      name: fullName({
        roepnaam: pupil.roepnaam,
        voorvoegsel: pupil.voorvoegsel ?? null,
        achternaam: pupil.achternaam,
      }),
      roepnaam: pupil.roepnaam,
      voorvoegsel: pupil.voorvoegsel ?? null,
      achternaam: pupil.achternaam,
      geboortedatum: pupil.geboortedatum ?? null,
      lasKey: pupil.las_key,
      lasKeyStable: pupil.las_key_stable === 1,
      groep3Start: pupil.groep3_start ?? null,
      oppSince: pupil.opp_since ?? null,
      school: { id: school.id, name: school.name },
      groups: placements,
    });
    expect(response.body.observations).toEqual([]);
    expect(response.body.abilities).toEqual(TEACHER_ABILITIES);
  });

  it("returns exactly the pupil's generated toetsresultaten, oldest first", async () => {
    const response = await api.call<PupilDetailResponse>('GET', `/pupils/${own}`, {
      cookie: as('leerkracht'),
    });
    const generated = demo.resultsOf(own);
    expect(generated.length).toBeGreaterThan(0);
    const expected = generated.map((r) => {
      const toets = demo.toets(r.toets_id);
      return {
        id: r.id,
        toets: {
          id: toets.id,
          name: toets.name,
          vak: toets.vak,
          publisher: toets.publisher,
          version: toets.version,
          levelSystem: toets.level_system ?? null,
        },
        schooljaar: r.schooljaar,
        moment: r.moment,
        afnamedatum: r.afnamedatum ?? null,
        ruweScore: r.ruwe_score ?? null,
        vaardigheidsscore: r.vaardigheidsscore ?? null,
        niveau: r.niveau ?? null,
        functioneringsniveau: r.functioneringsniveau ?? null,
        dle: r.dle ?? null,
      };
    });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...response.body.results].sort(byId)).toEqual(expected.sort(byId));
    const dates = response.body.results.map((r) => r.afnamedatum ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('writes a pupil.read audit row with the pupil id for every read', async () => {
    const userId = demo.account(LOGIN.leerkracht).id;
    const reads = () =>
      database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'pupil.read')
        .where('leerling_id', '=', own)
        .execute();
    const before = await reads();
    expect((await api.call('GET', `/pupils/${own}`, { cookie: as('leerkracht') })).status).toBe(200);
    const after = await reads();
    expect(after.length).toBe(before.length + 1);
    const row = after.find((r) => !before.some((b) => b.id === r.id));
    expect(row).toMatchObject({
      user_id: userId,
      entity: 'leerling',
      entity_id: own,
      leerling_id: own,
      school_id: demo.schoolA,
      at: TEST_NOW.toISOString(),
    });
  });

  it('still shows a leerkracht a pupil who was in their group in an earlier schooljaar', async () => {
    const response = await api.call<PupilDetailResponse>('GET', `/pupils/${former}`, {
      cookie: as('leerkracht'),
    });
    expect(response.status).toBe(200);
    expect(response.body.pupil.id).toBe(former);
  });

  it('answers a pupil never in their groups exactly like a missing pupil, and audits nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const other = await api.call('GET', `/pupils/${never}`, { cookie: as('leerkracht') });
    const missing = await api.call('GET', `/pupils/${unknownId()}`, { cookie: as('leerkracht') });
    expectSameNotFound(other, missing);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers a pupil of school A to the IB of school B exactly like a missing pupil', async () => {
    const other = await api.call('GET', `/pupils/${own}`, { cookie: as('ibOtherSchool') });
    const missing = await api.call('GET', `/pupils/${unknownId()}`, { cookie: as('ibOtherSchool') });
    expectSameNotFound(other, missing);
  });

  it.each(['ib', 'schoolleider'] as const)('shows the %s any pupil of their school', async (who) => {
    for (const id of [own, former, never]) {
      const response = await api.call<PupilDetailResponse>('GET', `/pupils/${id}`, { cookie: as(who) });
      expect(response.status).toBe(200);
      expect(response.body.pupil.id).toBe(id);
    }
  });

  it('answers 400 naming pupilId for an id longer than 64 characters', async () => {
    expectInvalidInput(await api.call('GET', `/pupils/${'x'.repeat(65)}`, { cookie: as('ib') }), 'pupilId');
  });
});
