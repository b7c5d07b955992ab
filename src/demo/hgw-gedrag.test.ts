/**
 * The demo beyond the toets vakken, as the screens read it on first start (TEST_NOW): Groep 6 of the
 * first school has a plan for sociaal-emotioneel in the running period whose evidence is the
 * teacher's observations and the pupils' November ZIEN! scores; every filled groepsoverzicht has its
 * group section, and the group still behind (Groep 7) sees last period's section carried over.
 * Expectations are counted from the generated rows, not with the app's code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { demoLookup, seedDemo, TEST_NOW, type DemoLookup, type LoginName } from '../testing/fixtures';
import { loginAll, testApi } from '../testing/http';
import type { GroupSectionResponse } from '../server/features/groepsoverzicht/groepsoverzicht-groep.schema';
import type { PlanResponse } from '../server/features/plans/plans.schema';
import type { DemoData } from './generator';

const TODAY = TEST_NOW.toISOString().slice(0, 10);

describe.each(testEngines())('the demo’s plans beyond the toets vakken (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;
  let demo: DemoLookup;
  let api: ReturnType<typeof testApi>;
  let cookies: Record<LoginName, string>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db, { hgw: true });
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const get = async <T>(who: LoginName, path: string) => {
    const response = await api.call<T>('GET', path, { cookie: cookies[who] });
    expect(response.status, path).toBe(200);
    return response.body;
  };

  it('gives Groep 6 a plan for sociaal-emotioneel with its observations and ZIEN! scores as evidence', async () => {
    const group = demo.group(demo.schoolA, 'Groep 6');
    const row = data.hgw.groepsplan.find((p) => p.groep_id === group.id && p.vak === 'sociaal-emotioneel');
    expect(row).toBeDefined();
    const plan = await get<PlanResponse>('ib', `/plans/${row?.id ?? ''}`);
    expect(plan.stage).toBe('actief');
    expect(plan.unrecorded).toBe(false);
    const [groep, extra] = plan.content.subgroepen;
    expect(extra?.leerlingen).toHaveLength(3);
    const since = plan.domein?.since ?? '';
    expect(since).toBe(String(row?.created_at).slice(0, 10));
    // The extra subgroup's goal: the social observations of its pupils in the period, counted from the rows.
    const periode = data.zorg.periode.find((p) => p.id === row?.periode_id);
    const expectedObservations = data.hgw.observatie.filter(
      (o) =>
        extra?.leerlingen.includes(o.leerling_id) &&
        (o.aspect === 'sociaal_gedrag' || o.aspect === 'welbevinden') &&
        o.observed_on >= (periode?.start_date ?? '') &&
        o.observed_on <= (periode?.end_date ?? ''),
    );
    const extraGoal = extra?.doelen[0]?.id ?? '';
    expect(expectedObservations.length).toBeGreaterThan(0);
    expect(plan.domein?.goals[extraGoal]?.observations).toHaveLength(expectedObservations.length);
    // The basisdoel's ZIEN! target: each pupil's first betrokkenheid score on or after the plan's start.
    const everyone = [...(groep?.leerlingen ?? []), ...(extra?.leerlingen ?? [])];
    const measured = everyone.filter((id) =>
      data.seo.some(
        (s) =>
          s.leerling_id === id &&
          s.instrument === 'zien' &&
          s.schaal === 'betrokkenheid' &&
          s.afnamedatum >= since &&
          s.afnamedatum <= TODAY,
      ),
    );
    const zienGoal = plan.content.basisdoelen[0]?.id ?? '';
    expect(measured.length).toBeGreaterThan(0);
    expect(plan.domein?.goals[zienGoal]?.scores.map((s) => s.pupilId).sort()).toEqual(measured.sort());
  });

  it('fills the group section of every groepsoverzicht it wrote, and carries Groep 7’s over', async () => {
    const pairs = new Set(data.hgw.groepsoverzicht_rij.map((r) => `${r.groep_id}|${r.periode_id}`));
    expect(data.hgw.groepsoverzicht_groep.map((s) => `${s.groep_id}|${s.periode_id}`).sort()).toEqual(
      [...pairs].sort(),
    );
    const own = demo.group(demo.schoolA, 'Groep 5');
    const section = await get<GroupSectionResponse>('leerkracht', `/groups/${own.id}/groepsoverzicht-groep`);
    const stored = data.hgw.groepsoverzicht_groep.find(
      (s) => s.groep_id === own.id && s.periode_id === section.periode.id,
    );
    expect(section.carriedFrom).toBeNull();
    expect(section.section.groepVraagt).toBe(stored?.groep_vraagt);
    const behind = demo.group(demo.schoolA, 'Groep 7');
    const carried = await get<GroupSectionResponse>(
      'leerkracht7',
      `/groups/${behind.id}/groepsoverzicht-groep`,
    );
    expect(carried.section.version).toBe(0);
    expect(carried.carriedFrom).not.toBeNull();
    expect(carried.section.leerkrachtBehoeften).not.toBe('');
  });

  it('dates nothing after today', () => {
    for (const s of data.hgw.groepsoverzicht_groep) expect(s.updated_at.slice(0, 10) <= TODAY).toBe(true);
    for (const o of data.hgw.observatie) expect(o.observed_on <= TODAY).toBe(true);
  });
});
