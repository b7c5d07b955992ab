/**
 * The small-cell guard on every route whose answer holds figures (see small-cells.ts): the answer as
 * the actor may see it, with a new body only when something was withheld.
 */
import type { MiddlewareHandler } from 'hono';
import { MIN_CELL_SIZE } from '../../domain/suppression';
import { wholeSchoolsOf } from '../auth/access';
import { can, type Actor } from '../auth/permissions';
import type { ResponseSchemas } from './audit-reads';
import type { AppEnv } from './env';
import { withholdSmallCells } from './small-cells';

/**
 * The smallest cell the actor may see figures of. The bestuur's own routes, and any school the actor
 * does not see whole, get the minimum; a route that names no school counts as seen whole only for a
 * user who sees pupils at all.
 */
export function smallCellLimit(actor: Actor | null, schoolId: string | null, bestuurRoute: boolean): number {
  if (!actor || bestuurRoute) return MIN_CELL_SIZE;
  if (schoolId) return wholeSchoolsOf(actor).includes(schoolId) ? 1 : MIN_CELL_SIZE;
  return can(actor, 'pupil.read') ? 1 : MIN_CELL_SIZE;
}

/** Route middleware: the answer as the actor may see it (a new body only when something was withheld). */
export function smallCellGuard(schemas: ResponseSchemas, bestuurRoute: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const schema = schemas.get(c.res.status);
    if (!schema || !(c.res.headers.get('content-type') ?? '').includes('application/json')) return;
    const schoolId = c.req.param('schoolId') ?? c.req.query('schoolId') ?? null;
    const limit = smallCellLimit(c.get('actor'), schoolId, bestuurRoute);
    if (limit <= 1) return;
    const text = await c.res.clone().text();
    const shown = JSON.stringify(withholdSmallCells(schema, JSON.parse(text), limit));
    if (shown === text) return;
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(shown, { status: c.res.status, headers });
  };
}
