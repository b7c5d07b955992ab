/**
 * The demo's HGW cycle as the screens read it on first start (TEST_NOW, late November): the running
 * period's groepsplannen with goals, made from the starting results; last period's plans evaluated as
 * the data says; Groep 7 still to do, with last period's rows carried over; observations and their
 * signals; last June's teambespreking with the schooloverzicht of that day; and nothing dated after
 * today. Expectations are worked out from the generated rows (levels from the LVS or the invented norm
 * cuts), not with the generator's code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { demoLookup, seedDemo, TEST_NOW, type DemoLookup, type LoginName } from '../testing/fixtures';
import { loginAll, testApi } from '../testing/http';
import type { GroepsoverzichtResponse } from '../server/features/groepsoverzicht/groepsoverzicht.schema';
import type { PlanResponse } from '../server/features/plans/plans.schema';
import type { SchooloverzichtResponse } from '../server/features/schooloverzicht/schooloverzicht.schema';
import type { TeambesprekingResponse } from '../server/features/teambespreking/teambespreking.schema';
import type { GroupAnalysisResponse } from '../server/features/analysis/analysis.schema';
import type { DemoData } from './generator';

const TODAY = TEST_NOW.toISOString().slice(0, 10);
const RANK = ['V', 'IV', 'III', 'II', 'I'];

interface Cycle {
  periode: { id: string };
  steps: { stap: number; state: string }[];
  plans: { id: string; vak: string; status: string }[];
}

describe.each(testEngines())('the demo’s HGW cycle by today (%s)', (engine) => {
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
  const lastYear = () => data.summary.schooljaren.at(-2) ?? '';

  /** A pupil's level in a vak at a meetpunt, as the LVS gave it or from the norm table's cuts. */
  function levelAt(pupilId: string, vak: string, schooljaar: string, kind: string): string | null {
    const toets = data.toets.find((t) => t.vak === vak && t.level_system === 'I-V');
    const r = data.toetsresultaat.find(
      (x) =>
        x.leerling_id === pupilId &&
        x.toets_id === toets?.id &&
        x.schooljaar === schooljaar &&
        x.moment.startsWith(kind),
    );
    if (!r || r.vaardigheidsscore == null) return null;
    if (r.niveau) return r.niveau;
    const norm = data.norm_row.find((n) => n.toets_id === r.toets_id && n.moment === r.moment);
    const cuts = JSON.parse(norm?.cuts ?? '{}') as Record<string, number>;
    return ['I', 'II', 'III', 'IV'].find((l) => (r.vaardigheidsscore ?? 0) >= (cuts[l] ?? Infinity)) ?? 'V';
  }

  it('shows the teacher of Groep 5 this period’s four plans, with goals, the pupils grouped by their starting levels', async () => {
    const group = demo.group(demo.schoolA, 'Groep 5');
    const cycle = await get<Cycle>('leerkracht', `/groups/${group.id}/cycle`);
    expect(cycle.plans.map((p) => p.vak).sort()).toEqual([
      'begrijpend-lezen',
      'rekenen-wiskunde',
      'spelling',
      'technisch-lezen',
    ]);
    expect(cycle.steps.filter((s) => s.stap === 2 || s.stap === 4).map((s) => s.state)).toEqual([
      'klaar',
      'klaar',
    ]);
    for (const p of cycle.plans) {
      const plan = await get<PlanResponse>('leerkracht', `/plans/${p.id}`);
      expect(plan.stage).toBe('actief');
      expect(plan.startMeetpunt).toBe(`${lastYear()} E`);
      expect(plan.content.basisdoel).not.toBe('');
      for (const sub of plan.content.subgroepen) {
        expect(sub.doelen.length).toBeGreaterThan(0);
        for (const id of sub.leerlingen) {
          const level = levelAt(id, plan.vak, lastYear(), 'E');
          const expected = level === 'V' ? 'verlengd' : level === 'I' || level === 'II' ? 'verkort' : 'basis';
          expect(sub.key, `${plan.vak} ${id} at ${level}`).toBe(expected);
        }
      }
      expect(plan.history.map((h) => h.reason)).toEqual(['vastgelegd', 'aangemaakt']);
    }
  });

  it('evaluated last period’s plans as the closing results say, and the app’s proposal agrees', async () => {
    const evaluated = data.hgw.groepsplan.filter((p) => p.status === 'geevalueerd');
    expect(evaluated.length).toBeGreaterThan(20);
    const ofSchoolA = evaluated.filter((p) =>
      demo.groupsOf(demo.schoolA, lastYear()).some((g) => g.id === p.groep_id),
    );
    for (const row of ofSchoolA.slice(0, 8)) {
      const plan = await get<PlanResponse>('ib', `/plans/${row.id}`);
      expect(plan.status).toBe('geevalueerd');
      expect(plan.history[0]?.reason).toBe('geevalueerd');
      const confirmed = plan.evaluation?.confirmed ?? {};
      for (const sub of plan.content.subgroepen) {
        for (const id of sub.leerlingen) {
          for (const goal of sub.doelen) {
            expect(confirmed[id]?.[goal.id], `${id} ${goal.id}`).toBe(
              plan.proposal?.pupils[id]?.[goal.id]?.status,
            );
            if (goal.kind !== 'niveau') continue;
            // A level goal by hand: reached at or above the target level at the closing toets.
            const end = levelAt(id, plan.vak, plan.group.schooljaar, plan.periode.closingKind ?? '');
            if (end && RANK.indexOf(end) >= RANK.indexOf(goal.target))
              expect(confirmed[id]?.[goal.id]).toBe('behaald');
            if (!end) expect(confirmed[id]?.[goal.id]).toBe('onbekend');
          }
        }
      }
    }
  });

  it('leaves Groep 7’s cycle of this period to do, and carries last period’s rows over', async () => {
    const group = demo.group(demo.schoolA, 'Groep 7');
    const cycle = await get<Cycle>('leerkracht7', `/groups/${group.id}/cycle`);
    expect(cycle.plans).toEqual([]);
    expect(cycle.steps.find((s) => s.stap === 2)?.state).toBe('open');
    const overzicht = await get<GroepsoverzichtResponse>(
      'leerkracht7',
      `/groups/${group.id}/groepsoverzicht`,
    );
    const before = new Set(
      data.hgw.groepsoverzicht_rij
        .filter((r) => demo.groupsOf(demo.schoolA, lastYear()).some((g) => g.id === r.groep_id))
        .filter((r) => data.zorg.periode.find((p) => p.id === r.periode_id)?.volgnummer === 2)
        .map((r) => r.leerling_id),
    );
    const carried = overzicht.pupils.filter((p) => p.carriedFrom !== null).map((p) => p.id);
    expect(carried.length).toBeGreaterThan(3);
    expect(carried.every((id) => before.has(id))).toBe(true);
    expect(data.hgw.groepsoverzicht_rij.some((r) => r.groep_id === group.id)).toBe(false);
  });

  it('signals the pupils whose latest observation on welbevinden or werkhouding is a concern', async () => {
    const concerns = data.hgw.observatie.filter(
      (o) => o.waardering === 1 && o.schooljaar === demo.currentYear,
    );
    expect(concerns.length).toBeGreaterThan(0);
    for (const o of concerns) {
      const placed = data.plaatsing.find(
        (p) =>
          p.leerling_id === o.leerling_id && demo.groupsOf(demo.schoolA).some((g) => g.id === p.groep_id),
      );
      if (!placed) continue;
      const analysis = await get<GroupAnalysisResponse>('ib', `/groups/${placed.groep_id}/analysis`);
      const pupil = analysis.pupils.find((p) => p.id === o.leerling_id);
      expect(pupil?.signals.some((s) => s.rule === 'zorgelijke_observatie')).toBe(true);
    }
  });

  it('holds last June’s teambespreking with the schooloverzicht of that day', async () => {
    const list = await get<{ items: { id: string; schooljaar: string; moment: string; heldOn: string }[] }>(
      'schoolleider',
      `/schools/${demo.schoolA}/teambesprekingen`,
    );
    expect(list.items).toHaveLength(1);
    const [item] = list.items;
    expect(item).toMatchObject({ schooljaar: lastYear(), moment: 'E' });
    expect(item?.heldOn.slice(5, 7)).toBe('06');
    const made = await get<TeambesprekingResponse>('schoolleider', `/teambesprekingen/${item?.id ?? ''}`);
    expect(made.answers.behaald).not.toBe('');
    // No result of that schooljaar came in since June: the live overview still says what the team saw.
    const live = await get<SchooloverzichtResponse>(
      'schoolleider',
      `/schools/${demo.schoolA}/schooloverzicht?schooljaar=${lastYear()}&moment=E`,
    );
    const figures = (
      o: Pick<SchooloverzichtResponse, 'cells' | 'referentie' | 'jaargroepen' | 'vakken'>,
    ) => ({
      cells: o.cells,
      referentie: o.referentie,
      jaargroepen: o.jaargroepen,
      vakken: o.vakken,
    });
    expect(figures(made.snapshot)).toEqual(figures(live));
    expect(made.snapshot.cells.length).toBe(24);
  });

  it('raised this year’s ambition of the cell furthest above its bar at last year’s E', () => {
    const raised = data.ogw.ambitie.filter((a) => a.school_id === demo.schoolA && a.version > 1);
    expect(raised).toHaveLength(1);
    const [a] = raised;
    const pupils = data.toetsresultaat.filter((r) => {
      const toets = data.toets.find((t) => t.id === r.toets_id);
      return (
        toets?.vak === a?.vak &&
        toets?.level_system === 'I-V' &&
        r.schooljaar === lastYear() &&
        r.moment === `E${a?.jaargroep ?? ''}` &&
        data.leerling.find((l) => l.id === r.leerling_id)?.school_id === demo.schoolA
      );
    });
    const share =
      pupils.filter((r) =>
        ['I', 'II', 'III'].includes(levelAt(r.leerling_id, a?.vak ?? '', lastYear(), 'E') ?? ''),
      ).length / pupils.length;
    const wijziging = data.ogw.ambitie_wijziging.filter((w) => w.ambitie_id === a?.id);
    const bar = (w: (typeof wijziging)[number] | undefined) =>
      (JSON.parse(w?.target ?? '{}') as { minShare: number }).minShare;
    expect(share).toBeGreaterThan(bar(wijziging.find((w) => w.version === 1)));
    expect(bar(wijziging.find((w) => w.version === 2))).toBeGreaterThan(
      bar(wijziging.find((w) => w.version === 1)),
    );
  });

  it('dates nothing after today', () => {
    const iso = TEST_NOW.toISOString();
    const h = data.hgw;
    for (const d of [
      ...h.groepsplan.flatMap((p) => [p.created_at, p.updated_at]),
      ...h.groepsplan_versie.map((v) => v.saved_at),
      ...h.cyclus_stap.map((c) => c.done_at),
      ...h.groepsoverzicht_rij.map((r) => r.updated_at),
      ...h.observatie.map((o) => o.observed_on),
      ...h.teambespreking.flatMap((t) => [t.held_on, t.updated_at]),
      ...data.ogw.ambitie_wijziging.map((w) => w.changed_at),
    ])
      expect(d <= iso || d <= TODAY, d).toBe(true);
  });
});
