/**
 * The plan for one EDEXML file against what the database holds: which groups, pupils, placements and
 * staff records to add or change. Made in memory, shown as the preview, then carried out as it is.
 * Nothing is deleted: pupils missing from the file are reported, and a pupil who left keeps history.
 */
import type { EdexLeerling, EdexmlResult } from '../../../imports';
import { newId } from '../../db/ids';
import { fullName } from '../../../shared/names';
import { changedFields, clean, type EdexmlPlan, type PlanContext } from './edexml-plan-model';
import { planStaff } from './edexml-plan-staff';
import type { SchoolState } from './edexml.queries';

type Leerling = SchoolState['pupils'][number];

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

/** Groups, by their LAS key within this schooljaar; the group id and jaargroep of every key in the file. */
function planGroups(
  plan: EdexmlPlan,
  file: EdexmlResult,
  state: SchoolState,
  ctx: PlanContext,
  id: () => string,
) {
  const iso = ctx.now.toISOString();
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
  return { groupIdOfKey, jaargroepOfGroup };
}

/** A new pupil, or the changes to a known one; its id either way. */
function planPupil(
  plan: EdexmlPlan,
  p: EdexLeerling,
  existing: Leerling | undefined,
  ctx: PlanContext,
  id: () => string,
): string {
  const iso = ctx.now.toISOString();
  const values = pupilValues(p, existing);
  if (existing) {
    const fields = changedFields(existing, values).map(String);
    if (fields.length > 0)
      plan.pupils.update.push({ id: existing.id, set: { ...values, updated_at: iso }, fields });
    else plan.pupils.unchanged += 1;
    return existing.id;
  }
  const pupilId = id();
  plan.pupils.insert.push({
    id: pupilId,
    school_id: ctx.schoolId,
    created_at: iso,
    updated_at: iso,
    ...values,
  });
  return pupilId;
}

/** Every placement per pupil, and the open ones (no end date) per pupil. */
function placementsByPupil(state: SchoolState) {
  const active = new Map<string, SchoolState['placements']>();
  const all = new Map<string, SchoolState['placements']>();
  for (const pl of state.placements) {
    all.set(pl.leerling_id, [...(all.get(pl.leerling_id) ?? []), pl]);
    if (pl.end_date === null) active.set(pl.leerling_id, [...(active.get(pl.leerling_id) ?? []), pl]);
  }
  return { active, all };
}

export function planEdexml(file: EdexmlResult, state: SchoolState, ctx: PlanContext): EdexmlPlan {
  const id = () => newId(ctx.now.getTime());
  const plan: EdexmlPlan = {
    groups: { insert: [], update: [], unchanged: 0 },
    pupils: { insert: [], update: [], unchanged: 0 },
    placements: { insert: [], end: [], jaargroep: [] },
    staff: { insert: [], update: [], unchanged: 0, links: [], linkedAccounts: 0 },
    leaving: [],
    missing: [],
  };
  const { groupIdOfKey, jaargroepOfGroup } = planGroups(plan, file, state, ctx, id);

  // Pupils, by LAS key, else by ECK-iD (a temporary '#' key that the LAS replaced).
  const byKey = new Map(state.pupils.map((p) => [p.las_key, p]));
  const byEckid = new Map(state.pupils.filter((p) => p.eckid).map((p) => [p.eckid as string, p]));
  const placements = placementsByPupil(state);
  const inFile = new Set<string>();
  for (const p of file.leerlingen) {
    const existing = byKey.get(p.key) ?? (p.eckid ? byEckid.get(p.eckid) : undefined);
    const pupilId = planPupil(plan, p, existing, ctx, id);
    inFile.add(pupilId);
    const known = placements.all.get(pupilId) ?? [];
    planPlacements(plan, p, pupilId, known, groupIdOfKey, jaargroepOfGroup, ctx, id);
  }

  // Pupils placed this year whom the file no longer lists: reported, not removed.
  if (file.scope === 'volledig' || file.scope === 'leerlingen') {
    for (const [pupilId] of placements.active) {
      if (inFile.has(pupilId)) continue;
      const pupil = state.pupils.find((p) => p.id === pupilId);
      if (pupil) plan.missing.push({ key: pupil.las_key, name: fullName(pupil) });
    }
  }

  planStaff(plan, file, state, groupIdOfKey, ctx.schoolId, ctx.now.toISOString(), id);
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
