/**
 * For routes.test.ts: the records of school A that every school-scoped route is asked about, and the
 * users of another school or bestuur who ask.
 */
import { expect } from 'vitest';
import { createOtherBestuur, insertUser, LOGIN } from '../testing/fixtures';
import { exampleOf, examplesOf, pathParamsOf, type ExampleSource, type Operation } from '../testing/openapi';
import { ok, type DemoWorld } from '../testing/world';
import { careRecordsOfSchool } from './features/besprekingen/care-test-support';
import { CARE_PERMISSIONS, permissionsOfRoles, type Permission } from './auth/permissions';
import type { Role } from './db/schema';

/** Parameters and fields that name a record: a real one of school A, or an unknown id. */
export const ID_NAMES = [
  'schoolId',
  'bestuurId',
  'groupId',
  'pupilId',
  'leerlingId',
  'periodeId',
  'planId',
  'ambitionId',
  'teambesprekingId',
  'userId',
  'assignmentId',
  'groepId',
  'besprekingId',
  'afspraakId',
  'verzorgerId',
  'toestemmingId',
  'oppId',
] as const;
export type IdName = (typeof ID_NAMES)[number];
export const isIdName = (name: string): name is IdName => (ID_NAMES as readonly string[]).includes(name);

/** Path parameters that are not ids: the same value in both requests. */
export const PATH_VALUES: Record<string, string> = { name: 'Cito', stap: '1' };

export interface Caller {
  who: string;
  cookie: string;
  permissions: ReadonlySet<Permission>;
}

/** Records of school A for every id name, made through the API where the demo has none. */
export async function recordsOfSchoolA(world: DemoWorld): Promise<Record<IdName, string>> {
  const { api, cookies, data, demo } = world;
  const schoolId = demo.schoolA;
  const groupId = demo.group(schoolId, 'Groep 5').id;
  const pupilId = demo.activePupilsOf(groupId)[0];
  const asIb = { cookie: cookies.ib };
  const { periods } = ok(
    await api.call<{ periods: { id: string }[] }>(
      'GET',
      `/schools/${schoolId}/periods?schooljaar=${demo.currentYear}`,
      asIb,
    ),
  );
  const periodeId = periods[0]?.id;
  const plan = ok(
    await api.call<{ id: string }>('POST', `/groups/${groupId}/plans`, {
      ...asIb,
      body: { periodeId, vak: 'rekenen-wiskunde', vorm: 'groepsplan' },
    }),
    201,
  );
  const opp = ok(
    await api.call<{ id: string }>('POST', `/pupils/${pupilId}/opp`, {
      ...asIb,
      body: { decidedOn: '2026-11-20' },
    }),
    201,
  );
  const bespreking = ok(
    await api.call<{ id: string }>('POST', `/schools/${schoolId}/teambesprekingen`, {
      ...asIb,
      body: { schooljaar: '2025-2026', moment: 'E', heldOn: '2026-06-25' },
    }),
    201,
  );
  ok(
    await api.call('PUT', `/schools/${schoolId}/import-mappings/${PATH_VALUES.name}`, {
      ...asIb,
      body: { mapping: { leerlingnummer: 0 }, headers: ['Leerlingnummer'] },
    }),
  );
  const ib = demo.account(LOGIN.ib);
  const records = {
    schoolId,
    bestuurId: data.summary.bestuurId,
    groupId,
    pupilId,
    leerlingId: pupilId,
    periodeId,
    planId: plan.id,
    ambitionId: data.ogw.ambitie.find((a) => a.school_id === schoolId)?.id,
    teambesprekingId: bespreking.id,
    oppId: opp.id,
    userId: ib.id,
    assignmentId: data.role_assignment.find((r) => r.user_id === ib.id)?.id,
    ...(await careRecordsOfSchool(world, {
      schoolId,
      groupId,
      pupilId: pupilId ?? '',
      periodeId: periodeId ?? '',
    })),
  };
  const missing = Object.entries(records).filter(([, id]) => !id);
  expect(missing.map(([name]) => name)).toEqual([]);
  return records as Record<IdName, string>;
}

/**
 * The other school's IB, schoolleider and leerkracht, and a bestuur and a beheerder of another bestuur:
 * between them they hold every permission, so every route is tried by someone who holds its permission.
 */
export async function otherCallers(world: DemoWorld): Promise<Caller[]> {
  const elders = await createOtherBestuur(world.database.db);
  const made = [
    { who: 'schoolleider of the other school', role: 'schoolleider', schoolId: world.demo.schoolB },
    { who: 'bestuur of another bestuur', role: 'bestuur', bestuurId: elders.bestuurId },
    { who: 'beheerder of another bestuur', role: 'beheerder', bestuurId: elders.bestuurId },
  ] as const;
  const accounts: { who: string; email: string; role: Role }[] = [
    { who: 'ibOtherSchool', email: LOGIN.ibOtherSchool, role: 'ib' },
    { who: 'leerkrachtOtherSchool', email: LOGIN.leerkrachtOtherSchool, role: 'leerkracht' },
  ];
  for (const [i, m] of made.entries()) {
    const email = `ander.${i}@elders.example`;
    await insertUser(world.database.db, { ...m, name: m.who, email });
    accounts.push({ who: m.who, email, role: m.role });
  }
  const callers: Caller[] = [];
  for (const a of accounts) {
    callers.push({
      who: a.who,
      cookie: await world.api.login(a.email),
      permissions: permissionsOfRoles([a.role]),
    });
  }
  return callers;
}

/** A path parameter this test has a value for (an id of school A, or a fixed value). */
export const isMapped = (name: string) => isIdName(name) || PATH_VALUES[name] !== undefined;

/** Whether the operation names a record: in its path, its query or its body. */
export function isScoped(o: Operation): boolean {
  const bodyFields = Object.keys(o.body?.schema?.properties ?? {});
  return (
    pathParamsOf(o.path).length > 0 ||
    o.parameters.some((p) => p.in === 'query' && isIdName(p.name)) ||
    bodyFields.some(isIdName)
  );
}

/**
 * How a school-scoped route refuses a caller of another school or bestuur. With the permission: 404,
 * as for a record that does not exist. Without it anywhere: 403 from the route middleware, except for
 * care data, which a role that never sees a pupil (bestuur, beheerder) is not told exists: 404.
 */
export function expectedRefusal(
  permission: unknown,
  caller: Caller,
): { permitted: boolean; status: number; code: string } {
  const permitted = permission === 'authenticated' || caller.permissions.has(permission as Permission);
  const hidden = CARE_PERMISSIONS.has(permission as Permission) && !caller.permissions.has('pupil.read');
  return permitted || hidden
    ? { permitted, status: 404, code: 'not_found' }
    : { permitted, status: 403, code: 'forbidden' };
}

export interface Answer {
  status: number;
  code: string | undefined;
  text: string;
}

/** The records a request names: school A's, or unknown ids; and the schooljaar patterns are tried with. */
export interface RequestIds {
  real: Record<IdName, string>;
  unknown: Record<IdName, string>;
  currentYear: string;
}

/** The operation as requests with every id taken from `ids`: one per body to try (`examplesOf`). */
export function requestsOf(
  o: Operation,
  ids: Record<IdName, string>,
  cookie: string | undefined,
  currentYear: string,
): Request[] {
  const source: ExampleSource = {
    known: (name) => (isIdName(name) ? ids[name] : undefined),
    patternCandidates: [currentYear, `${currentYear} M`, 'M4', '4', '99ZZ', '01'],
  };
  const path = o.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(isIdName(name) ? ids[name] : (PATH_VALUES[name] ?? '')),
  );
  const query = new URLSearchParams();
  for (const p of o.parameters.filter((x) => x.in === 'query' && (x.required || isIdName(x.name)))) {
    query.set(p.name, String(exampleOf(p.schema, source, p.name)));
  }
  const url = `http://localhost${path}${query.size > 0 ? `?${query.toString()}` : ''}`;
  const method = o.method.toUpperCase();
  // What the browser sends: every change is a JSON request (or an upload), even without a body.
  const contentType = o.body?.contentType ?? 'application/json';
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (method !== 'GET') headers['content-type'] = contentType;
  if (!o.body) return [new Request(url, { method, headers })];
  if (contentType !== 'application/json') return [new Request(url, { method, headers, body: 'x' })];
  return examplesOf(o.body.schema, source).map(
    (body) => new Request(url, { method, headers, body: JSON.stringify(body) }),
  );
}

export async function answerOf(app: { request(r: Request): Response | Promise<Response> }, request: Request) {
  const response = await app.request(request);
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status, code, text, type: response.headers.get('content-type') ?? '' };
}

/**
 * The request with school A's records and the same with unknown ids, with the first body that
 * passes validation for the unknown ids (so the answer is about the ids, not the body).
 */
export async function bothAnswers(
  app: { request(r: Request): Response | Promise<Response> },
  o: Operation,
  ids: RequestIds,
  cookie: string | undefined,
): Promise<{ real: Answer & { type: string }; missing: Answer }> {
  const reals = requestsOf(o, ids.real, cookie, ids.currentYear);
  const missings = requestsOf(o, ids.unknown, cookie, ids.currentYear);
  for (const [i, request] of missings.entries()) {
    const missing = await answerOf(app, request);
    const real = reals[i];
    if (real && (missing.code !== 'invalid_input' || i === missings.length - 1)) {
      return { real: await answerOf(app, real), missing };
    }
  }
  throw new Error(`${o.method} ${o.path}: no request`);
}
