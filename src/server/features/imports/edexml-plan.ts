/**
 * The plan for one EDEXML file against what the database holds: which groups, pupils, placements and
 * staff records to add or change. Made in memory, shown as the preview, then carried out as it is.
 * Nothing is deleted: pupils missing from the file are reported, and a pupil who left keeps history.
 */
import type { Insertable } from 'kysely';
import type { EdexLeerling, EdexmlResult } from '../../../imports';
import type { GroepTable, LeerlingTable, MedewerkerTable, PlaatsingTable } from '../../db/schema';
import { newId } from '../../db/ids';
import { fullName } from '../../../shared/names';
import type { SchoolState } from './edexml-state';

type Leerling = SchoolState['pupils'][number];

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

const clean = (v: string | null | undefined) =>
  v === undefined || v === null || v.trim() === '' ? null : v.trim();

function changedFields<T extends object>(current: T, next: Partial<T>): (keyof T)[] {
  return (Object.keys(next) as (keyof T)[]).filter((k) => (current[k] ?? null) !== (next[k] ?? null));
}

function pupilValues(p: EdexLeerling, existing: Leerling | undefined) {
  return {
    las_key: p.key,
    las_key_stable: (p.keyStable ? 1 : 0) as 0 | 1,
    // An older export without ECK-iD or groep-3 date must not erase what an earlier one gave.
    eckid: clean(p.eckid) ?? existing?.eckid ?? null,
    roepnaam: p.roepnaam || existing?.roepnaam || '',
    voorvoegsel: clean(p.voorvoegsel),
    achternaam: clean(p.achternaam) ?? existing?.achternaam ?? '',
    geboortedatum: p.geboortedatum ?? existing?.geboortedatum ?? null,
    geslacht: p.geslacht ?? existing?.geslacht ?? null,
    groep3_start: p.groep3Start ?? existing?.groep3_start ?? null,
  };
}

export function planEdexml(file: EdexmlResult, state: SchoolState, ctx: PlanContext): EdexmlPlan {
  const iso = ctx.now.toISOString();
  const id = () => newId(ctx.now.getTime());
  const plan: EdexmlPlan = {
    groups: { insert: [], update: [], unchanged: 0 },
    pupils: { insert: [], update: [], unchanged: 0 },
    placements: { insert: [], end: [], jaargroep: [] },
    staff: { insert: [], update: [], unchanged: 0, links: [], linkedAccounts: 0 },
    leaving: [],
    missing: [],
  };

  // Groups, by their LAS key within this schooljaar.
  const groupByKey = new Map(
    state.groups.filter((g) => g.las_key !== null).map((g) => [g.las_key as string, g]),
  );
  const groupIdOfKey = new Map<string, string>();
  const jaargroepOfGroup = new Map<string, string>();
  for (const g of file.groepen) {
    const values = { name: g.naam, jaargroep: g.jaargroep ?? '', kind: g.kind };
    const existing = groupByKey.get(g.key);
    if (existing) {
      groupIdOfKey.set(g.key, existing.id);
      if (changedFields(existing, values).length > 0) {
        plan.groups.update.push({ id: existing.id, set: { ...values, updated_at: iso } });
      } else plan.groups.unchanged += 1;
    } else {
      const groupId = id();
      groupIdOfKey.set(g.key, groupId);
      plan.groups.insert.push({
        id: groupId,
        school_id: ctx.schoolId,
        schooljaar_id: ctx.schooljaarId,
        las_key: g.key,
        created_at: iso,
        updated_at: iso,
        ...values,
      });
    }
    jaargroepOfGroup.set(g.key, g.jaargroep ?? '');
  }

  // Pupils, by LAS key, else by ECK-iD (a temporary '#' key that the LAS replaced).
  const byKey = new Map(state.pupils.map((p) => [p.las_key, p]));
  const byEckid = new Map(state.pupils.filter((p) => p.eckid).map((p) => [p.eckid as string, p]));
  const activeByPupil = new Map<string, SchoolState['placements']>();
  const allByPupil = new Map<string, SchoolState['placements']>();
  for (const pl of state.placements) {
    allByPupil.set(pl.leerling_id, [...(allByPupil.get(pl.leerling_id) ?? []), pl]);
    if (pl.end_date === null)
      activeByPupil.set(pl.leerling_id, [...(activeByPupil.get(pl.leerling_id) ?? []), pl]);
  }
  const inFile = new Set<string>();
  for (const p of file.leerlingen) {
    const existing = byKey.get(p.key) ?? (p.eckid ? byEckid.get(p.eckid) : undefined);
    const values = pupilValues(p, existing);
    let pupilId: string;
    if (existing) {
      pupilId = existing.id;
      const fields = changedFields(existing, values).map(String);
      if (fields.length > 0)
        plan.pupils.update.push({ id: existing.id, set: { ...values, updated_at: iso }, fields });
      else plan.pupils.unchanged += 1;
    } else {
      pupilId = id();
      plan.pupils.insert.push({
        id: pupilId,
        school_id: ctx.schoolId,
        created_at: iso,
        updated_at: iso,
        ...values,
      });
    }
    inFile.add(pupilId);
    planPlacements(plan, p, pupilId, allByPupil.get(pupilId) ?? [], groupIdOfKey, jaargroepOfGroup, ctx, id);
  }

  // Pupils placed this year whom the file no longer lists: reported, not removed.
  if (file.scope === 'volledig' || file.scope === 'leerlingen') {
    for (const [pupilId] of activeByPupil) {
      if (inFile.has(pupilId)) continue;
      const pupil = state.pupils.find((p) => p.id === pupilId);
      if (pupil) plan.missing.push({ key: pupil.las_key, name: fullName(pupil) });
    }
  }

  planStaff(plan, file, state, groupIdOfKey, ctx.schoolId, iso, id);
  return plan;
}

function planPlacements(
  plan: EdexmlPlan,
  p: EdexLeerling,
  pupilId: string,
  placements: SchoolState['placements'],
  groupIdOfKey: Map<string, string>,
  jaargroepOfGroup: Map<string, string>,
  ctx: PlanContext,
  id: () => string,
): void {
  const targets = [p.groepKey, ...p.samengesteldeGroepKeys].filter(
    (k): k is string => k !== null && groupIdOfKey.has(k),
  );
  const targetIds = new Set(targets.map((k) => groupIdOfKey.get(k) ?? ''));
  const jaargroep = p.jaargroep ?? (p.groepKey ? (jaargroepOfGroup.get(p.groepKey) ?? '') : '');
  const leaves =
    p.uitstroomdatum !== null && p.uitstroomdatum <= ctx.schooljaar.end ? p.uitstroomdatum : null;
  const active = placements.filter((pl) => pl.end_date === null);
  // A placement already ended at the leaving date (an earlier import of the same news) stays as it is.
  const current = placements.filter(
    (pl) => pl.end_date === null || (leaves !== null && pl.end_date === leaves),
  );
  if (leaves && (active.length > 0 || current.length === 0)) {
    plan.leaving.push({
      key: p.key,
      name: fullName({ roepnaam: p.roepnaam, voorvoegsel: p.voorvoegsel, achternaam: p.achternaam ?? '' }),
      date: leaves,
    });
  }

  for (const pl of active) {
    if (!targetIds.has(pl.groep_id)) {
      // Moved to another group during the year: the old placement ends, its history stays. A leaver
      // the file lists without a group stays in it until the leaving date.
      const endDate = leaves !== null && targetIds.size === 0 ? leaves : ctx.referenceDate;
      plan.placements.end.push({ id: pl.id, endDate });
    } else if (leaves) {
      plan.placements.end.push({ id: pl.id, endDate: leaves });
    } else if (pl.jaargroep !== jaargroep && jaargroep !== '') {
      plan.placements.jaargroep.push({ id: pl.id, jaargroep });
    }
  }
  const currentGroups = new Set(current.map((pl) => pl.groep_id));
  const instroom =
    p.instroomdatum && p.instroomdatum > ctx.schooljaar.start ? p.instroomdatum : ctx.schooljaar.start;
  const start = placements.length > 0 ? ctx.referenceDate : instroom;
  for (const groupId of targetIds) {
    if (currentGroups.has(groupId)) continue;
    // Left before the placement would start (e.g. before this schooljaar): nothing to place.
    if (leaves !== null && leaves < start) continue;
    plan.placements.insert.push({
      id: id(),
      leerling_id: pupilId,
      groep_id: groupId,
      jaargroep,
      start_date: start,
      end_date: leaves,
    });
  }
}

function planStaff(
  plan: EdexmlPlan,
  file: EdexmlResult,
  state: SchoolState,
  groupIdOfKey: Map<string, string>,
  schoolId: string,
  iso: string,
  id: () => string,
): void {
  const byKey = new Map(state.staff.filter((s) => s.las_key !== null).map((s) => [s.las_key as string, s]));
  const accountByEmail = new Map(state.teacherUsers.map((u) => [u.email.toLowerCase(), u.id]));
  const linkedUsers = new Set(state.staff.map((s) => s.user_id).filter((u): u is string => u !== null));
  const linksOf = currentLinks(state);
  for (const t of file.leerkrachten) {
    const email = clean(t.emailadres)?.toLowerCase() ?? null;
    const existing = byKey.get(t.key);
    const values = {
      roepnaam: clean(t.roepnaam) ?? clean(t.voornamen?.split(/\s+/)[0]),
      voorvoegsel: clean(t.voorvoegsel),
      achternaam: clean(t.achternaam) ?? t.key,
      email,
    };
    // An account that already has the leerkracht role here, with the same e-mail address, gets the
    // staff record's groups. Roles in the file are never used: only the beheerder grants roles.
    const account = email ? accountByEmail.get(email) : undefined;
    const userId = existing?.user_id ?? (account && !linkedUsers.has(account) ? account : null);
    if (userId && userId !== existing?.user_id) plan.staff.linkedAccounts += 1;
    let medewerkerId: string;
    if (existing) {
      medewerkerId = existing.id;
      const set = { ...values, user_id: userId };
      if (changedFields(existing, set).length > 0)
        plan.staff.update.push({ id: existing.id, set: { ...set, updated_at: iso } });
      else plan.staff.unchanged += 1;
    } else {
      medewerkerId = id();
      plan.staff.insert.push({
        id: medewerkerId,
        school_id: schoolId,
        las_key: t.key,
        user_id: userId,
        created_at: iso,
        updated_at: iso,
        ...values,
      });
    }
    if (userId) linkedUsers.add(userId);
    const groupIds = [...t.groepKeys, ...t.samengesteldeGroepKeys].flatMap((k) => {
      const g = groupIdOfKey.get(k);
      return g ? [g] : [];
    });
    const next = [...new Set(groupIds)];
    const current = linksOf.get(medewerkerId) ?? new Set<string>();
    // The same groups as before need no rewrite: an identical file then writes nothing at all.
    if (current.size !== next.length || next.some((g) => !current.has(g)))
      plan.staff.links.push({ medewerkerId, groupIds: next });
  }
}

/** Per staff record, the groups of this schooljaar it is linked to now. */
function currentLinks(state: SchoolState): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  for (const l of state.teacherLinks) {
    const set = links.get(l.medewerker_id) ?? new Set<string>();
    set.add(l.groep_id);
    links.set(l.medewerker_id, set);
  }
  return links;
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
