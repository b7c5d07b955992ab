/**
 * For authorization-matrix.test.ts: every role at every distance from school A, and which operations
 * name a record below the school level.
 */
import { createOtherBestuur, insertUser, type LoginName } from '../testing/fixtures';
import { pathParamsOf, type Operation } from '../testing/openapi';
import type { DemoWorld } from '../testing/world';
import { permissionsOfRoles, type Permission } from './auth/permissions';
import type { Role } from './db/schema';

/** Where a caller of the authorization matrix stands to school A's records. */
export type Scope = 'anonymous' | 'own' | 'otherGroup' | 'otherSchool' | 'otherBestuur';

export interface MatrixCaller {
  who: string;
  cookie: string | undefined;
  permissions: ReadonlySet<Permission>;
  scope: Scope;
  /** A role that never sees a pupil (bestuur, beheerder): no answer may carry pupil data. */
  seesNoPupils: boolean;
}

/**
 * Every role at every distance from school A: anonymous; the leerkracht of Groep 5 (whose records the
 * requests name), the leerkracht of another group, IB, bestuur and beheerder of school A's bestuur;
 * IB, leerkracht and schoolleider of the other school; bestuur, beheerder and schoolleider of another
 * bestuur; school A's schoolleider last, because the last routes delete what the requests name.
 */
export async function matrixCallers(world: DemoWorld): Promise<MatrixCaller[]> {
  const elders = await createOtherBestuur(world.database.db);
  const made = [
    {
      who: 'schoolleider of the other school',
      scope: 'otherSchool',
      role: 'schoolleider',
      schoolId: world.demo.schoolB,
    },
    {
      who: 'bestuur of another bestuur',
      scope: 'otherBestuur',
      role: 'bestuur',
      bestuurId: elders.bestuurId,
    },
    {
      who: 'beheerder of another bestuur',
      scope: 'otherBestuur',
      role: 'beheerder',
      bestuurId: elders.bestuurId,
    },
    {
      who: 'schoolleider of another bestuur',
      scope: 'otherBestuur',
      role: 'schoolleider',
      schoolId: elders.schoolId,
    },
  ] as const;
  const demo: { who: LoginName; scope: Scope; role: Role }[] = [
    { who: 'leerkracht', scope: 'own', role: 'leerkracht' },
    { who: 'leerkracht7', scope: 'otherGroup', role: 'leerkracht' },
    { who: 'ib', scope: 'own', role: 'ib' },
    { who: 'bestuur', scope: 'own', role: 'bestuur' },
    { who: 'beheerder', scope: 'own', role: 'beheerder' },
    { who: 'ibOtherSchool', scope: 'otherSchool', role: 'ib' },
    { who: 'leerkrachtOtherSchool', scope: 'otherSchool', role: 'leerkracht' },
  ];
  const callers: MatrixCaller[] = [
    { who: 'anonymous', cookie: undefined, permissions: new Set(), scope: 'anonymous', seesNoPupils: true },
  ];
  const caller = (who: string, cookie: string, scope: Scope, role: Role): MatrixCaller => ({
    who,
    cookie,
    scope,
    permissions: permissionsOfRoles([role]),
    seesNoPupils: role === 'bestuur' || role === 'beheerder',
  });
  for (const d of demo) callers.push(caller(d.who, world.cookies[d.who], d.scope, d.role));
  for (const [i, m] of made.entries()) {
    const email = `matrix.${i}@elders.example`;
    await insertUser(world.database.db, { ...m, name: m.who, email });
    callers.push(caller(m.who, await world.api.login(email), m.scope, m.role));
  }
  callers.push(caller('schoolleider', world.cookies.schoolleider, 'own', 'schoolleider'));
  return callers;
}

/** Records below the school level: a leerkracht of another group may not see them. */
export const GROUP_LEVEL: readonly string[] = [
  'groupId',
  'groepId',
  'pupilId',
  'leerlingId',
  'planId',
  'oppId',
  'besprekingId',
  'afspraakId',
  'verzorgerId',
  'toestemmingId',
];

/** Whether the operation names a record of one group or pupil, in its path, query or body. */
export function namesGroupRecord(o: Operation): boolean {
  const bodyFields = Object.keys(o.body?.schema?.properties ?? {});
  return [...pathParamsOf(o.path), ...o.parameters.map((p) => p.name), ...bodyFields].some((name) =>
    GROUP_LEVEL.includes(name),
  );
}
