/**
 * Every API route is declared with its permission. The permission becomes middleware that answers
 * 401 without a session and 403 without the right, and it is written into the OpenAPI document as
 * `x-permission`, so a test can prove that no route was left without one. A route whose answer
 * shows pupils (a field marked in its response schema, see audit-pupils.ts) is audited by the route
 * layer: `audit` names the row (`x-audit` in the document), and the row is written for every such
 * answer, named or not. A route whose answer holds figures (`figure()` fields, see small-cells.ts)
 * passes every answer through the small-cell guard.
 */
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { CARE_PERMISSIONS, can, type Actor, type Permission } from '../auth/permissions';
import { forbidden, notFound, unauthenticated } from '../errors';
import { carriesPupils } from './audit-pupils';
import { auditReads, UNNAMED_READ, type ReadAudit, type ResponseSchemas } from './audit-reads';
import type { AppEnv } from './env';
import { smallCellGuard } from './small-cell-guard';
import { carriesFigures } from './small-cells';

/** `public`: no session needed. `authenticated`: any logged-in user. Otherwise a permission. */
export type RouteAccess = 'public' | 'authenticated' | Permission;

export function requireAccess(access: RouteAccess): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access !== 'public') {
      const actor = c.get('actor');
      if (!actor) throw unauthenticated();
      if (access !== 'authenticated' && !can(actor, access)) {
        // Care data is not acknowledged at all to a role that never sees a pupil (bestuur, beheerder).
        if (CARE_PERMISSIONS.has(access) && !can(actor, 'pupil.read')) throw notFound();
        throw forbidden();
      }
    }
    await next();
  };
}

type ApiRouteConfig = Omit<RouteConfig, 'middleware'> & { access: RouteAccess; audit?: ReadAudit };

/** The JSON schemas of a route's answers, by status code. */
function jsonSchemasOf(responses: RouteConfig['responses']): ResponseSchemas {
  const schemas = new Map<number, z.ZodType>();
  for (const [status, response] of Object.entries(responses)) {
    const content = 'content' in response ? response.content : undefined;
    const media = content?.['application/json'];
    const schema = media && 'schema' in media ? media.schema : undefined;
    if (schema instanceof z.ZodType) schemas.set(Number(status), schema);
  }
  return schemas;
}

export function apiRoute<const R extends ApiRouteConfig>(config: R) {
  const { access, audit, ...rest } = config;
  const schemas = jsonSchemasOf(rest.responses);
  const showsPupils = [...schemas.values()].some((schema) => carriesPupils(schema));
  const middleware: MiddlewareHandler<AppEnv>[] = [requireAccess(access)];
  if (showsPupils || audit?.always) middleware.push(auditReads(audit ?? UNNAMED_READ, schemas));
  // Inside the audit, so the audit reads the answer as it leaves.
  if ([...schemas.values()].some((schema) => carriesFigures(schema))) {
    middleware.push(smallCellGuard(schemas, access === 'bestuur.read'));
  }
  return createRoute({
    ...rest,
    'x-permission': access,
    ...(audit ? { 'x-audit': audit.action } : {}),
    ...(audit?.always ? { 'x-audit-always': true } : {}),
    middleware,
  });
}

/** The actor of a route that is not public; the access middleware has already checked it exists. */
export function actorOf(c: { get(key: 'actor'): Actor | null }): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated();
  return actor;
}
