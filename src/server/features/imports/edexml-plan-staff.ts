/**
 * The staff records of an EDEXML file: new or changed, linked to an account that already has the
 * leerkracht role here (by e-mail address), and the groups each one teaches this schooljaar.
 */
import type { EdexmlResult } from '../../../imports';
import { changedFields, clean, type EdexmlPlan } from './edexml-plan-model';
import type { SchoolState } from './edexml.queries';

export function planStaff(
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
