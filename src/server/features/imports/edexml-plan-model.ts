/** The shape of an EDEXML plan, and the small helpers its planners share. */
import type { Insertable } from 'kysely';
import type { GroepTable, LeerlingTable, MedewerkerTable, PlaatsingTable } from '../../db/schema';

export interface PlanContext {
  schoolId: string;
  schooljaarId: string;
  schooljaar: { start: string; end: string };
  /** The day changes take effect: the file's peildatum, or today, within the schooljaar. */
  referenceDate: string;
  now: Date;
}

export interface EdexmlPlan {
  groups: {
    insert: Insertable<GroepTable>[];
    update: { id: string; set: Partial<GroepTable> }[];
    unchanged: number;
  };
  pupils: {
    insert: Insertable<LeerlingTable>[];
    update: { id: string; set: Partial<LeerlingTable>; fields: string[] }[];
    unchanged: number;
  };
  placements: {
    insert: Insertable<PlaatsingTable>[];
    end: { id: string; endDate: string }[];
    jaargroep: { id: string; jaargroep: string }[];
  };
  staff: {
    insert: Insertable<MedewerkerTable>[];
    update: { id: string; set: Partial<MedewerkerTable> }[];
    unchanged: number;
    /** Per staff record: the groups of this schooljaar it teaches (replaces the earlier set). */
    links: { medewerkerId: string; groupIds: string[] }[];
    linkedAccounts: number;
  };
  leaving: { key: string; name: string; date: string }[];
  missing: { key: string; name: string }[];
}

export const clean = (v: string | null | undefined) =>
  v === undefined || v === null || v.trim() === '' ? null : v.trim();

export function changedFields<T extends object>(current: T, next: Partial<T>): (keyof T)[] {
  return (Object.keys(next) as (keyof T)[]).filter((k) => (current[k] ?? null) !== (next[k] ?? null));
}

/** True when carrying out the plan would change nothing in the database. */
export function planChangesNothing(plan: EdexmlPlan): boolean {
  return (
    plan.groups.insert.length +
      plan.groups.update.length +
      plan.pupils.insert.length +
      plan.pupils.update.length +
      plan.placements.insert.length +
      plan.placements.end.length +
      plan.placements.jaargroep.length +
      plan.staff.insert.length +
      plan.staff.update.length +
      plan.staff.links.length ===
    0
  );
}
