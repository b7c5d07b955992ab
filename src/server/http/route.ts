/**
 * Every API route is declared with its permission. The permission becomes middleware that answers
 * 401 without a session and 403 without the right, and it is written into the OpenAPI document as
 * `x-permission`, so a test can prove that no route was left without one.
 */
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { CARE_PERMISSIONS, can, type Actor, type Permission } from '../auth/permissions';
import { forbidden, notFound, unauthenticated } from '../errors';
import type { AppEnv } from './env';

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

type ApiRouteConfig = Omit<RouteConfig, 'middleware'> & { access: RouteAccess };

export function apiRoute<const R extends ApiRouteConfig>(config: R) {
  const { access, ...rest } = config;
  return createRoute({
    ...rest,
    'x-permission': access,
    middleware: [requireAccess(access)] as const,
  });
}

/** The actor of a route that is not public; the access middleware has already checked it exists. */
export function actorOf(c: { get(key: 'actor'): Actor | null }): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated();
  return actor;
}
