/**
 * Shared by the groepsplan and cycle tests: the seeded demo behind the API with a clock the test moves,
 * and one call per route, as the browser makes it.
 */
import { compareMeetpunten, parseMeetpuntKey } from '../../../domain/moments';
import { fullName, sortName } from '../../../shared/names';
import type { CycleNote } from '../../../domain/cycle';
import type { Engine } from '../../db/dialect';
import { TEST_NOW, type LoginName } from '../../../testing/fixtures';
import {
  demoTables,
  expectedLevel,
  meetpuntOfResult,
  sortMeetpunten,
  vakOf,
  viaJson,
  type DemoResult,
} from '../../../testing/engine-expect';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { DatamuurResponse } from '../datamuur/datamuur.schema';
import type { PlanContent, PlanEvaluation, PlanResponse } from './plans.schema';

export type { CycleNote };

/** What a refused save or a plan write may touch; a refusal must leave every count as it was. */
export const PLAN_WRITES = ['groepsplan', 'groepsplan_versie', 'cyclus_stap', 'audit_log'] as const;

export interface CycleStep {
  stap: number;
  state: 'klaar' | 'bezig' | 'open';
  done: CycleNote[];
  missing: CycleNote[];
  manual: boolean;
}
export interface GroupCycle {
  group: { id: string; name: string; schooljaar: string; schoolId: string };
  periode: { id: string; name: string };
  steps: CycleStep[];
  plans: { id: string; vak: string; vorm: string; status: string; version: number }[];
  vakken: string[];
  periods: { id: string; name: string }[];
  abilities: string[];
}
export interface SchoolCycle {
  schooljaar: string;
  periode: { id: string; name: string; volgnummer: number };
  periods: { id: string; name: string; volgnummer: number }[];
  groups: Omit<GroupCycle, 'periods' | 'abilities'>[];
}

/** TEST_NOW + seconds as ISO text, without moving the clock. */
export const timeAt = (seconds: number) => new Date(TEST_NOW.getTime() + seconds * 1000).toISOString();

export interface Periode {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  closingKind: string | null;
}

/** A generated pupil's name parts as the name functions take them. */
export const personOf = (p: {
  roepnaam?: string | null;
  voorvoegsel?: string | null;
  achternaam: string;
}) => ({
  roepnaam: p.roepnaam ?? null,
  voorvoegsel: p.voorvoegsel ?? null,
  achternaam: p.achternaam,
});

export interface PlanWorld extends DemoWorld {
  /** The periods (id, volgnummer, name, closingKind) of a schooljaar of school A. */
  periods(schooljaar?: string): Promise<Periode[]>;
}

export async function planWorld(engine: Engine): Promise<PlanWorld> {
  const world = await demoWorld(engine);
  return {
    ...world,
    async periods(schooljaar = world.demo.currentYear) {
      const response = await world.api.call<{ periods: Periode[] }>(
        'GET',
        `/schools/${world.demo.schoolA}/periods?schooljaar=${schooljaar}`,
        { cookie: world.cookies.ib },
      );
      if (response.status !== 200) throw new Error(`periods: ${response.status}`);
      return response.body.periods;
    },
  };
}

export type Who = LoginName | null;

/** One function per plan route; `who` null sends no session cookie. */
export function planCalls(world: PlanWorld) {
  const { api, cookies } = world;
  const cookie = (who: Who) => (who ? cookies[who] : undefined);
  return {
    create: (groupId: string, body: object, who: Who = 'leerkracht') =>
      api.call<PlanResponse>('POST', `/groups/${groupId}/plans`, { cookie: cookie(who), body }),
    get: (planId: string, who: Who = 'leerkracht') =>
      api.call<PlanResponse>('GET', `/plans/${planId}`, { cookie: cookie(who) }),
    save: (planId: string, version: number, content: PlanContent, who: Who = 'leerkracht') =>
      api.call<PlanResponse>('PUT', `/plans/${planId}`, { cookie: cookie(who), body: { version, content } }),
    evaluate: (planId: string, version: number, evaluation: PlanEvaluation, who: Who = 'leerkracht') =>
      api.call<PlanResponse>('POST', `/plans/${planId}/evaluation`, {
        cookie: cookie(who),
        body: { version, evaluation },
      }),
    record: (planId: string, version: number, who: Who = 'leerkracht') =>
      api.call<PlanResponse>('POST', `/plans/${planId}/record`, { cookie: cookie(who), body: { version } }),
    newVersion: (planId: string, version: number, who: Who = 'leerkracht') =>
      api.call<PlanResponse>('POST', `/plans/${planId}/new-version`, {
        cookie: cookie(who),
        body: { version },
      }),
    cycle: (groupId: string, periode?: string, who: Who = 'leerkracht') =>
      api.call<GroupCycle>('GET', `/groups/${groupId}/cycle${periode ? `?periode=${periode}` : ''}`, {
        cookie: cookie(who),
      }),
    markStep: (groupId: string, stap: number | string, body: object, who: Who = 'leerkracht') =>
      api.call<GroupCycle>('PUT', `/groups/${groupId}/cycle/${stap}`, { cookie: cookie(who), body }),
    schoolCycle: (schoolId: string, query = '', who: Who = 'ib') =>
      api.call<SchoolCycle>('GET', `/schools/${schoolId}/cycle${query ? `?${query}` : ''}`, {
        cookie: cookie(who),
      }),
  };
}

export { ok };

/** A plan's history without the words: version, status, who and when. */
export const historyOf = (plan: PlanResponse) =>
  plan.history.map((h) => [h.version, h.status, h.savedBy, h.savedAt]);

/** Audit rows of one action on one plan, oldest first, as [user, version or details, at]. */
export async function planAudits(world: PlanWorld, action: string, planId: string) {
  const rows = await world.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('entity_id', '=', planId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    entity: r.entity,
    schoolId: r.school_id,
    at: r.at,
    details: r.details === null ? null : (JSON.parse(r.details) as unknown),
  }));
}

const ORDER = ['verkort', 'basis', 'verlengd', 'intensief'];
const NAMES: Record<string, string> = {
  verkort: 'Verkorte instructie',
  basis: 'Basisinstructie',
  verlengd: 'Verlengde instructie',
  intensief: 'Intensief (eigen plan)',
};

/** The meetpunt a period's clusters come from: the latest one the group was tested at by the period's end. */
export function closingDataMeetpunt(world: PlanWorld, groupId: string, vak: string, periodEnd: string) {
  const pupils = new Set(world.demo.pupilsOf(groupId));
  const first = new Map<string, string>();
  for (const r of world.data.toetsresultaat) {
    if (!pupils.has(r.leerling_id) || vakOf(world.data, r) !== vak) continue;
    const m = meetpuntOfResult(r);
    const date = r.afnamedatum ?? '';
    if (!first.has(m) || date < (first.get(m) ?? '')) first.set(m, date);
  }
  return sortMeetpunten([...first].filter(([, date]) => date <= periodEnd).map(([m]) => m)).at(-1) ?? '';
}

/**
 * The subgroups a new plan must start with: each active pupil in the cluster the teacher gave, else the
 * datamuur's instructiegroep at the meetpunt, else basis; standard groups first, in instruction order.
 */
export async function expectedSubgroups(
  world: PlanWorld,
  groupId: string,
  vak: string,
  meetpunt: string,
  regrouped: Record<string, string> = {},
) {
  const muur = ok(
    await world.api.call<DatamuurResponse>(
      'GET',
      `/groups/${groupId}/datamuur?${new URLSearchParams({ vak, meetpunt }).toString()}`,
      { cookie: world.cookies.ib },
    ),
  );
  const instructie = new Map(muur.cards.map((c) => [c.id, c.instructie]));
  const byKey = new Map<string, string[]>();
  for (const id of world.demo.activePupilsOf(groupId)) {
    const key = regrouped[id] ?? instructie.get(id) ?? 'basis';
    byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : 99);
  return [...byKey.keys()]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((key) => ({ key, naam: NAMES[key] ?? key, leerlingen: (byKey.get(key) ?? []).sort() }));
}

/** A plan's subgroups as key, name and the sorted pupil ids. */
export const subgroupsOf = (content: PlanContent) =>
  content.subgroepen.map((s) => ({ key: s.key, naam: s.naam, leerlingen: [...s.leerlingen].sort() }));

/**
 * Each pupil of the group with the latest result of the vak before the closing meetpunt, and the result
 * at it, straight from the generated rows; in the order of the class list.
 */
export function expectedMeasurements(world: PlanWorld, groupId: string, vak: string, closing: string) {
  const tables = demoTables(world.data);
  const closingPoint = parseMeetpuntKey(closing);
  const measure = (r: DemoResult | undefined) =>
    r
      ? viaJson({
          moment: r.moment,
          score: r.vaardigheidsscore ?? null,
          level: expectedLevel(r, 'I-V', tables).level,
        })
      : null;
  return world.demo
    .pupilsOf(groupId)
    .map((id) => ({ id, ...personOf(world.demo.pupil(id)) }))
    .sort((a, b) => sortName(a).localeCompare(sortName(b), 'nl'))
    .map((p) => {
      const results = world.demo
        .resultsOf(p.id)
        .filter((r) => vakOf(world.data, r) === vak)
        .sort((a, b) => (a.afnamedatum ?? '').localeCompare(b.afnamedatum ?? ''));
      const before = results.filter((r) => {
        const at = parseMeetpuntKey(meetpuntOfResult(r));
        return at !== null && closingPoint !== null && compareMeetpunten(at, closingPoint) < 0;
      });
      const start = before.at(-1);
      const end = results.find((r) => meetpuntOfResult(r) === closing);
      const startScore = start?.vaardigheidsscore ?? null;
      const endScore = end?.vaardigheidsscore ?? null;
      return {
        id: p.id,
        name: fullName(p),
        start: measure(start),
        end: measure(end),
        growth: startScore !== null && endScore !== null ? endScore - startScore : null,
        startMeetpunt: start ? meetpuntOfResult(start) : null,
      };
    });
}
