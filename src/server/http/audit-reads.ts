/**
 * The audit of what a user was shown: after the handler produced a successful answer, the route layer
 * walks the body along the response schema's pupil marks (audit-pupils.ts) and writes one audit row
 * naming the pupils shown (per school, in the rare answer that spans schools), before the answer
 * leaves the server. If the row cannot be written the user gets an error instead of the data.
 */
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { auditMany, type AuditEntry } from '../audit';
import { nothingShown, pupilsShown, type PupilsShown } from './audit-pupils';
import { findPupilsByKeys, findSchoolsOfPupils } from './audit-reads.queries';
import type { AppEnv } from './env';

/** How a route that shows pupils names its audit row. */
export interface ReadAudit {
  /** The row's action, such as `group.read`. */
  action: string;
  /** What was read: `groep`, `leerling`, `school`, … */
  entity: string;
  /** Where the entity's id is: a path parameter, a field of the answer (a record just created), the user. */
  id?: { param: string } | { field: string } | 'actor';
  /** What the read was about, from the answer: detail name → path in the body (`periode.id`). */
  context?: Readonly<Record<string, string>>;
  /** Write the row even when the answer names no pupil (reading the audit log itself). */
  always?: boolean;
}

/** The row a route gets that shows pupils without naming its audit: still written, and a test fails. */
export const UNNAMED_READ: ReadAudit = { action: 'pupil.data.read', entity: 'leerling' };

/** JSON response schemas by status code, from a route's `responses`. */
export type ResponseSchemas = ReadonlyMap<number, z.ZodType>;

export function auditReads(declared: ReadAudit, schemas: ResponseSchemas): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const status = c.res.status;
    const schema = schemas.get(status);
    if (!schema || status < 200 || status >= 300) return;
    if (!(c.res.headers.get('content-type') ?? '').includes('application/json')) return;
    const body: unknown = await c.res.clone().json();
    const shown = pupilsShown(schema, body);
    if (nothingShown(shown) && !declared.always) return;
    const { db, clock } = c.get('deps');
    const requestSchool = c.req.param('schoolId') ?? c.req.query('schoolId') ?? null;
    const schools = requestSchool ? [requestSchool] : [...(c.get('actor')?.rolesBySchool.keys() ?? [])];
    const bySchool = await pupilsBySchool(db, shown, schools, requestSchool);
    const userId = c.get('actor')?.userId ?? null;
    const entityId = idOf(declared, (name) => c.req.param(name), body, userId);
    const context = contextOf(declared, body);
    const entries: AuditEntry[] = [...bySchool].map(([schoolId, ids]) => ({
      userId,
      action: declared.action,
      entity: declared.entity,
      entityId: entityId ?? (ids.length === 1 ? ids[0] : null),
      leerlingId: ids.length === 1 ? ids[0] : null,
      schoolId,
      details: { ...context, ...detailsOf(ids, shown) },
    }));
    await auditMany(db, clock(), entries);
  };
}

/**
 * The pupils shown, grouped by their school; ids the database does not know (and LAS keys, resolved
 * within the request's school or the actor's schools) stay with the request's school.
 */
async function pupilsBySchool(
  db: Parameters<typeof findSchoolsOfPupils>[0],
  shown: PupilsShown,
  schools: readonly string[],
  requestSchool: string | null,
): Promise<Map<string | null, string[]>> {
  const found = await findSchoolsOfPupils(db, [...shown.ids]);
  if (shown.keys.size > 0) found.push(...(await findPupilsByKeys(db, schools, [...shown.keys])));
  const bySchool = new Map<string | null, Set<string>>();
  const add = (school: string | null, id?: string) => {
    const ids = bySchool.get(school) ?? new Set<string>();
    if (id !== undefined) ids.add(id);
    bySchool.set(school, ids);
  };
  for (const row of found) add(row.school_id, row.id);
  const known = new Set(found.map((r) => r.id));
  const unknown = [...shown.ids].filter((id) => !known.has(id));
  const home = requestSchool ?? [...bySchool.keys()][0] ?? null;
  if (unknown.length > 0 || bySchool.size === 0) add(home);
  for (const id of unknown) add(home, id);
  return new Map([...bySchool].map(([school, ids]) => [school, [...ids].sort()]));
}

/** The value at a dotted path of the body, or undefined. */
function at(body: unknown, path: string): unknown {
  let value = body;
  for (const key of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function idOf(
  declared: ReadAudit,
  param: (name: string) => string | undefined,
  body: unknown,
  actor: string | null,
): string | null {
  if (!declared.id) return null;
  if (declared.id === 'actor') return actor;
  const value = 'param' in declared.id ? param(declared.id.param) : at(body, declared.id.field);
  return typeof value === 'string' ? value : null;
}

function contextOf(declared: ReadAudit, body: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(declared.context ?? {}).map(([name, path]) => [name, at(body, path) ?? null]),
  );
}

function detailsOf(ids: string[], shown: PupilsShown): Record<string, unknown> {
  return {
    pupils: ids.length,
    leerlingIds: ids,
    ...(shown.keys.size > 0 ? { keys: shown.keys.size } : {}),
    ...(shown.ids.size === 0 && shown.names > 0 ? { names: shown.names } : {}),
    ...(shown.rows > 0 ? { fileRows: shown.rows } : {}),
  };
}
