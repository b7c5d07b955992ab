/** The report of an EDEXML import (preview, imported or refused), built from the file and the plan. */
import type { z } from 'zod';
import type { EdexmlResult, ImportProblem } from '../../../imports';
import type { EdexmlPlan } from './edexml-plan-model';
import type { EdexmlReportSchema } from './imports.schema';

export type EdexmlReport = z.infer<typeof EdexmlReportSchema>;

const EMPTY_COUNTS: EdexmlReport['counts'] = {
  groups: { new: 0, changed: 0, unchanged: 0 },
  pupils: { new: 0, changed: 0, unchanged: 0, leaving: 0, missing: 0 },
  staff: { new: 0, changed: 0, unchanged: 0, linkedAccounts: 0 },
};

export function refused(
  file: EdexmlResult | null,
  problems: ImportProblem[],
  school: EdexmlReport['school'] | null = null,
): EdexmlReport {
  return {
    status: 'refused',
    school: school ?? {
      id: null,
      brin: file?.school?.brincode ?? null,
      vestiging: file?.school?.dependancecode ?? null,
      name: null,
      exists: false,
    },
    needsSchoolCreation: false,
    schooljaar: file?.school?.schooljaar ?? null,
    version: file?.version ?? null,
    scope: file?.scope ?? 'volledig',
    counts: EMPTY_COUNTS,
    leaving: [],
    missing: [],
    problems,
    importId: null,
  };
}

export function problem(code: string, message: string): ImportProblem {
  return { severity: 'error', code, message };
}

export function countsOf(plan: EdexmlPlan): EdexmlReport['counts'] {
  return {
    groups: {
      new: plan.groups.insert.length,
      changed: plan.groups.update.length,
      unchanged: plan.groups.unchanged,
    },
    pupils: {
      new: plan.pupils.insert.length,
      changed: plan.pupils.update.length,
      unchanged: plan.pupils.unchanged,
      leaving: plan.leaving.length,
      missing: plan.missing.length,
    },
    staff: {
      new: plan.staff.insert.length,
      changed: plan.staff.update.length,
      unchanged: plan.staff.unchanged,
      linkedAccounts: plan.staff.linkedAccounts,
    },
  };
}
