/**
 * The HGW cycle of a set of groups of one school and schooljaar in one period: the facts are read for
 * all groups at once, then the pure rules in domain/cycle.ts turn each group's facts into its steps.
 */
import { cycleSteps, type CycleFacts } from '../../../domain/cycle';
import { fullName, sortByName } from '../../../shared/names';
import { vakRank } from '../../../shared/vakken';
import type { Db } from '../../db/database';
import { analyzePupilSet, type CoreAnalysis } from '../analysis/analysis.core';
import type { Periode } from '../periods/periods';
import { findActivePupilsOfGroups, findCycleMarks, findPlansOfGroups } from './cycle.queries';
import { evaluationOutcome, hasGoals } from './plan-history';
import { findNeedsOfGroups } from './plans.queries';
import { predecessorsOf, type Predecessor } from './predecessor';

export interface CycleSubject {
  id: string;
  name: string;
  school_id: string;
  schooljaar: string;
}

type PlanRow = Awaited<ReturnType<typeof findPlansOfGroups>>[number];
type PupilRow = Awaited<ReturnType<typeof findActivePupilsOfGroups>>[number];
type NeedRow = Awaited<ReturnType<typeof findNeedsOfGroups>>[number];
type GroupAnalysis = Pick<CoreAnalysis, 'meetpunt' | 'vakken' | 'pupils'>;
const NO_ANALYSIS: GroupAnalysis = { meetpunt: null, vakken: [], pupils: new Map() };

function byGroup<T extends { groep_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const row of rows) {
    const list = result.get(row.groep_id);
    if (list) list.push(row);
    else result.set(row.groep_id, [row]);
  }
  return result;
}

/** The known vakken first, in their order: the same order on every screen and every engine. */
const inVakOrder = (plans: PlanRow[]) =>
  [...plans].sort((a, b) => vakRank(a.vak) - vakRank(b.vak) || a.vak.localeCompare(b.vak));

/** Everything the rules need, read set-based over the groups (the analysis aside: see below). */
async function readFacts(
  db: Db,
  groups: readonly CycleSubject[],
  periods: readonly Periode[],
  periode: Periode,
) {
  const ids = groups.map((g) => g.id);
  const school = { schoolId: groups[0]?.school_id ?? '', schooljaar: groups[0]?.schooljaar ?? '' };
  const index = periods.findIndex((p) => p.id === periode.id);
  const [predecessors, pupils] = await Promise.all([
    predecessorsOf(db, school, ids, periods, index),
    findActivePupilsOfGroups(db, ids),
  ]);
  // Every predecessor lies in the same period: the one before, or last year's last one.
  const previousPeriode = [...predecessors.values()][0]?.periodeId;
  const origins = [...new Set([...predecessors.values()].map((p) => p.groepId))];
  const [needs, marks, plans, previousPlans] = await Promise.all([
    findNeedsOfGroups(db, ids, periode.id),
    findCycleMarks(db, ids, periode.id),
    findPlansOfGroups(db, ids, periode.id),
    previousPeriode ? findPlansOfGroups(db, origins, previousPeriode) : Promise.resolve([]),
  ]);
  return {
    predecessors,
    pupils: byGroup(pupils),
    needs: byGroup(needs),
    marks: byGroup(marks),
    plans: byGroup(plans),
    previousPlans: byGroup(previousPlans),
  };
}

/**
 * The analysis frames each group on its own (its meetpunt, the moments "the group was tested"), so it
 * runs per group; one after the other, so the first warms the caches the others read.
 */
async function analyzeGroups(
  db: Db,
  groups: readonly CycleSubject[],
  pupils: Map<string, PupilRow[]>,
  periode: Periode,
): Promise<Map<string, CoreAnalysis>> {
  const result = new Map<string, CoreAnalysis>();
  for (const g of groups) {
    const subjects = (pupils.get(g.id) ?? []).map((p) => ({ id: p.id, groep3_start: p.groep3_start }));
    // As the groepsoverzicht frames it: each vak at its own latest meetpunt up to the period end.
    const request = { until: periode.end_date, perVakLatest: true };
    result.set(g.id, await analyzePupilSet(db, g.school_id, subjects, request));
  }
  return result;
}

function factsOf(
  core: GroupAnalysis,
  rows: {
    pupils: PupilRow[];
    needs: NeedRow[];
    marks: { stap: number }[];
    plans: PlanRow[];
    previous: PlanRow[];
  },
  predecessor: Predecessor | undefined,
  periode: Periode,
): CycleFacts {
  const signalled = sortByName(rows.pupils.filter((p) => (core.pupils.get(p.id)?.signals.length ?? 0) > 0));
  return {
    meetpunt: core.meetpunt,
    vakken: core.vakken,
    signalled: signalled.map((p) => ({ id: p.id, name: fullName(p) })),
    withNeed: new Set(
      rows.needs
        .filter((r) => r.behoefte_pedagogisch.trim() || r.behoefte_didactisch.trim())
        .map((r) => r.leerling_id),
    ),
    confirmed: new Set(rows.marks.map((m) => m.stap)),
    plans: rows.plans.map((p) => ({
      vak: p.vak,
      evaluated: p.status === 'geevalueerd',
      concept: p.status !== 'geevalueerd' && !hasGoals(p.content),
    })),
    previousPlans: rows.previous.map((p) => ({
      vak: p.vak,
      evaluated: p.status === 'geevalueerd',
      outcome: p.evaluation ? evaluationOutcome(p.evaluation) : null,
    })),
    lastYearGroup: predecessor?.groupName ?? null,
    closingKind: periode.closing_kind,
  };
}

/** The cycle of each group, in the order given. */
export async function cyclesOf(
  db: Db,
  groups: readonly CycleSubject[],
  periods: readonly Periode[],
  periode: Periode,
) {
  if (groups.length === 0) return [];
  const facts = await readFacts(db, groups, periods, periode);
  const analyses = await analyzeGroups(db, groups, facts.pupils, periode);
  return groups.map((g) => {
    const core = analyses.get(g.id) ?? NO_ANALYSIS;
    const predecessor = facts.predecessors.get(g.id);
    const plans = inVakOrder(facts.plans.get(g.id) ?? []);
    const previous = inVakOrder(predecessor ? (facts.previousPlans.get(predecessor.groepId) ?? []) : []);
    const rows = {
      pupils: facts.pupils.get(g.id) ?? [],
      needs: facts.needs.get(g.id) ?? [],
      marks: facts.marks.get(g.id) ?? [],
      plans,
      previous,
    };
    return {
      group: { id: g.id, name: g.name, schooljaar: g.schooljaar, schoolId: g.school_id },
      periode: { id: periode.id, name: periode.name },
      steps: cycleSteps(factsOf(core, rows, predecessor, periode)),
      plans: plans.map((p) => ({ id: p.id, vak: p.vak, vorm: p.vorm, status: p.status, version: p.version })),
      previousPlans: previous.map((p) => ({ id: p.id, vak: p.vak, status: p.status })),
      vakken: core.vakken,
    };
  });
}

export type CycleGroup = Awaited<ReturnType<typeof cyclesOf>>[number];
