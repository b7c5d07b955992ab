/**
 * The demo generator as the test factory: a small invented bestuur with two schools, loaded with a
 * fixed clock so every assertion can be computed from the generated data.
 */
import { sql } from 'kysely';
import { generateDemo, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, type DemoData } from '../demo/generator';
import { loadDemo } from '../demo/load';
import { schooljaarBounds, schooljaarOf } from '../domain/schooljaar';
import { hashPassword } from '../server/auth/passwords';
import type { Db } from '../server/db/database';
import { newId } from '../server/db/ids';
import type { DB, Role } from '../server/db/schema';
import { fullName } from '../shared/names';

export const TEST_NOW = new Date('2026-11-28T10:00:00.000Z');

/**
 * `hgw`: with the HGW cycle a school has by TEST_NOW (plans, groepsoverzicht rows, observations, the
 * June teambespreking), as `npm start` shows it. Off by default: most tests walk the cycle of the
 * running period from its start.
 */
export async function seedDemo(
  db: Db,
  options: { schools?: number; years?: number; seed?: number; zorg?: boolean; hgw?: boolean } = {},
): Promise<DemoData> {
  const data = generateDemo({
    seed: options.seed ?? 7,
    schools: options.schools ?? 2,
    years: options.years ?? 2,
    now: TEST_NOW,
    zorg: options.zorg,
    hgw: options.hgw ?? false,
  });
  await loadDemo(db, data, TEST_NOW);
  return data;
}

export const LOGIN = {
  leerkracht: `leerkracht@${DEMO_EMAIL_DOMAIN}`,
  leerkracht7: `leerkracht7@${DEMO_EMAIL_DOMAIN}`,
  leerkrachtOtherSchool: `leerkracht.kompas@${DEMO_EMAIL_DOMAIN}`,
  ib: `ib@${DEMO_EMAIL_DOMAIN}`,
  ibOtherSchool: `ib.kompas@${DEMO_EMAIL_DOMAIN}`,
  schoolleider: `directie@${DEMO_EMAIL_DOMAIN}`,
  bestuur: `bestuur@${DEMO_EMAIL_DOMAIN}`,
  beheerder: `beheer@${DEMO_EMAIL_DOMAIN}`,
} as const;
export type LoginName = keyof typeof LOGIN;

/** Lookups about teachers: their names per group, the groups an account teaches, their pupils. */
function teacherLookup(
  data: DemoData,
  currentYear: string,
  schooljaarId: (schoolId: string, name: string) => string | undefined,
  account: (email: string) => { id: string },
) {
  const teacherNamesOf = (groupId: string) =>
    data.groep_leerkracht
      .filter((gl) => gl.groep_id === groupId)
      .map((gl) => data.medewerker.find((m) => m.id === gl.medewerker_id))
      .flatMap((m) =>
        m
          ? [
              fullName({
                roepnaam: m.roepnaam ?? null,
                voorvoegsel: m.voorvoegsel ?? null,
                achternaam: m.achternaam,
              }),
            ]
          : [],
      );
  /** Every group, in any schooljaar, whose teacher record is linked to this account. */
  const groupsTaughtBy = (email: string) => {
    const userId = account(email).id;
    const staff = new Set(data.medewerker.filter((m) => m.user_id === userId).map((m) => m.id));
    const ids = new Set(
      data.groep_leerkracht.filter((gl) => staff.has(gl.medewerker_id)).map((gl) => gl.groep_id),
    );
    return data.groep.filter((g) => ids.has(g.id));
  };
  /** Pupils of the teacher's school: in their groups now, in them only earlier, or never in them. */
  const pupilsByTeacher = (email: string) => {
    const groups = groupsTaughtBy(email);
    const schoolId = groups[0]?.school_id;
    const inGroups = (ids: Set<string>) =>
      new Set(data.plaatsing.filter((p) => ids.has(p.groep_id)).map((p) => p.leerling_id));
    const now = inGroups(
      new Set(
        groups.filter((g) => g.schooljaar_id === schooljaarId(g.school_id, currentYear)).map((g) => g.id),
      ),
    );
    const ever = inGroups(new Set(groups.map((g) => g.id)));
    const ofSchool = data.leerling.filter((l) => l.school_id === schoolId).map((l) => l.id);
    return {
      current: ofSchool.filter((id) => now.has(id)),
      former: ofSchool.filter((id) => ever.has(id) && !now.has(id)),
      never: ofSchool.filter((id) => !ever.has(id)),
    };
  };
  return { pupilsByTeacher, teacherNamesOf, groupsTaughtBy };
}

/** Lookups into generated data that tests need again and again. */
export function demoLookup(data: DemoData) {
  const [schoolA, schoolB] = data.summary.schoolIds;
  if (!schoolA || !schoolB) throw new Error('the test demo needs two schools');
  const currentYear = data.summary.schooljaren.at(-1) ?? '';
  const schooljaarId = (schoolId: string, name: string) =>
    data.schooljaar.find((s) => s.school_id === schoolId && s.name === name)?.id;
  const group = (schoolId: string, name: string, year = currentYear) => {
    const g = data.groep.find(
      (x) => x.school_id === schoolId && x.name === name && x.schooljaar_id === schooljaarId(schoolId, year),
    );
    if (!g) throw new Error(`no group ${name} in ${year}`);
    return g;
  };
  const pupilsOf = (groupId: string) =>
    data.plaatsing.filter((p) => p.groep_id === groupId).map((p) => p.leerling_id);
  /** Pupils whose placement in the group has not ended: what a group list counts. */
  const activePupilsOf = (groupId: string) =>
    data.plaatsing.filter((p) => p.groep_id === groupId && p.end_date === null).map((p) => p.leerling_id);
  const groupsOf = (schoolId: string, year = currentYear) =>
    data.groep.filter((g) => g.school_id === schoolId && g.schooljaar_id === schooljaarId(schoolId, year));
  const school = (schoolId: string) => {
    const s = data.school.find((x) => x.id === schoolId);
    if (!s) throw new Error(`no school ${schoolId}`);
    return s;
  };
  const account = (email: string) => {
    const a = data.accounts.find((x) => x.email === email);
    if (!a) throw new Error(`no account ${email}`);
    return a;
  };
  const pupil = (pupilId: string) => {
    const p = data.leerling.find((x) => x.id === pupilId);
    if (!p) throw new Error(`no pupil ${pupilId}`);
    return p;
  };
  const resultsOf = (pupilId: string) => data.toetsresultaat.filter((r) => r.leerling_id === pupilId);
  const toets = (toetsId: string) => {
    const t = data.toets.find((x) => x.id === toetsId);
    if (!t) throw new Error(`no toets ${toetsId}`);
    return t;
  };
  return {
    ...teacherLookup(data, currentYear, schooljaarId, account),
    schoolA,
    schoolB,
    currentYear,
    group,
    pupilsOf,
    activePupilsOf,
    groupsOf,
    school,
    account,
    pupil,
    resultsOf,
    toets,
  };
}
export type DemoLookup = ReturnType<typeof demoLookup>;

/** An id in the form the app generates that no row has. */
export function unknownId(): string {
  return newId(TEST_NOW.getTime());
}

/** Row counts per table, to prove that a refused request wrote nothing. */
export async function countRows(db: Db, tables: readonly (keyof DB)[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      db,
    );
    counts[table] = Number(result.rows[0]?.n ?? Number.NaN);
  }
  return counts;
}

/** A second bestuur with one school, outside everything the demo accounts hold a role for. */
export async function createOtherBestuur(db: Db): Promise<{ bestuurId: string; schoolId: string }> {
  const iso = TEST_NOW.toISOString();
  const bestuurId = newId(TEST_NOW.getTime());
  const schoolId = newId(TEST_NOW.getTime());
  const year = schooljaarOf(TEST_NOW);
  const bounds = schooljaarBounds(year);
  await db
    .insertInto('bestuur')
    .values({ id: bestuurId, name: 'Stichting Elders (test)', bestuursnummer: '88888', created_at: iso })
    .execute();
  await db
    .insertInto('school')
    .values({
      id: schoolId,
      bestuur_id: bestuurId,
      brin: '98ZZ',
      vestiging: null,
      name: 'De Overkant, Elders',
      schoolweging: 30,
      created_at: iso,
      updated_at: iso,
    })
    .execute();
  await db
    .insertInto('schooljaar')
    .values({
      id: newId(TEST_NOW.getTime()),
      school_id: schoolId,
      name: year,
      start_date: bounds.start,
      end_date: bounds.end,
    })
    .execute();
  return { bestuurId, schoolId };
}

/** An account with one role, written straight into the database, with the demo password. */
export async function insertUser(
  db: Db,
  user: { name: string; email: string; role: Role; schoolId?: string; bestuurId?: string },
): Promise<{ userId: string; assignmentId: string }> {
  const iso = TEST_NOW.toISOString();
  const userId = newId(TEST_NOW.getTime());
  const assignmentId = newId(TEST_NOW.getTime());
  await db
    .insertInto('app_user')
    .values({
      id: userId,
      name: user.name,
      email: user.email,
      password_hash: await hashPassword(DEMO_PASSWORD),
      active: 1,
      created_at: iso,
      last_login_at: null,
    })
    .execute();
  await db
    .insertInto('role_assignment')
    .values({
      id: assignmentId,
      user_id: userId,
      role: user.role,
      school_id: user.schoolId ?? null,
      bestuur_id: user.bestuurId ?? null,
      created_at: iso,
    })
    .execute();
  return { userId, assignmentId };
}
