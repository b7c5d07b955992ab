import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { randomUUID } from 'node:crypto';
import { issuesOf, summarizeIssues, useDutchZodMessages } from '../shared/zod-nl';
import { AppError, errorBody, invalidInput, notFound, unsupportedMediaType } from './errors';
import type { AppEnv, Deps } from './http/env';
import { sessionMiddleware } from './http/session-middleware';
import { log } from './log';
import { authRoutes } from './features/auth/auth.routes';
import { accountRoutes } from './features/account/account.routes';
import { ssoRoutes } from './features/sso/sso.routes';
import { schoolRoutes } from './features/schools/schools.routes';
import { groupRoutes } from './features/groups/groups.routes';
import { pupilRoutes } from './features/pupils/pupils.routes';
import { bestuurRoutes } from './features/bestuur/bestuur.routes';
import { adminRoutes } from './features/admin/admin.routes';
import { adminBackupRoutes } from './features/admin/admin-backups.routes';
import { analysisRoutes } from './features/analysis/analysis.routes';
import { normRoutes } from './features/norms/norms.routes';
import { placementRoutes } from './features/placements/placements.routes';
import { settingsRoutes } from './features/settings/settings.routes';
import { importRoutes } from './features/imports/imports.routes';
import { seoImportRoutes } from './features/imports/seo-import.routes';
import { datamuurRoutes } from './features/datamuur/datamuur.routes';
import { groepsoverzichtRoutes } from './features/groepsoverzicht/groepsoverzicht.routes';
import { groepsoverzichtGroepRoutes } from './features/groepsoverzicht/groepsoverzicht-groep.routes';
import { periodRoutes } from './features/periods/periods.routes';
import { planRoutes } from './features/plans/plans.routes';
import { statisticsRoutes } from './features/statistics/statistics.routes';
import { exportRoutes } from './features/exports/exports.routes';
import { ambitionRoutes } from './features/ambitions/ambitions.routes';
import { schooloverzichtRoutes } from './features/schooloverzicht/schooloverzicht.routes';
import { trendRoutes } from './features/trends/trends.routes';
import { teambesprekingRoutes } from './features/teambespreking/teambespreking.routes';
import { besprekingRoutes } from './features/besprekingen/besprekingen.routes';
import { afspraakRoutes } from './features/afspraken/afspraken.routes';
import { zorgRoutes } from './features/zorg/zorg.routes';
import { oppRoutes } from './features/opp/opp.routes';
import { privacyRoutes } from './features/privacy/privacy.routes';
import { schooladviesRoutes } from './features/schooladvies/schooladvies.routes';
import { tevredenheidRoutes } from './features/tevredenheid/tevredenheid.routes';
import { welzijnAmbitionRoutes } from './features/welzijn-ambities/welzijn-ambities.routes';
import { veiligheidRoutes } from './features/veiligheid/veiligheid.routes';
import { bestuurWelzijnRoutes } from './features/bestuur/bestuur-welzijn.routes';
import { seoScoreRoutes } from './features/seo-scores/seo-scores.routes';
import { homeRoutes } from './features/home/todos.routes';

useDutchZodMessages();

export const API_INFO = { title: 'Leerwinst API', version: '0.1.0' };

/** Uploads: the file is the body, of any type, streamed after the route's access check (imports/upload.ts). */
const UPLOAD_PATH = /\/imports\//;
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every feature's routes, mounted in this order under /api. */
const FEATURE_ROUTES = [
  authRoutes,
  accountRoutes,
  ssoRoutes,
  schoolRoutes,
  groupRoutes,
  pupilRoutes,
  bestuurRoutes,
  adminRoutes,
  adminBackupRoutes,
  analysisRoutes,
  normRoutes,
  placementRoutes,
  settingsRoutes,
  importRoutes,
  seoImportRoutes,
  datamuurRoutes,
  groepsoverzichtRoutes,
  groepsoverzichtGroepRoutes,
  periodRoutes,
  planRoutes,
  statisticsRoutes,
  exportRoutes,
  ambitionRoutes,
  schooloverzichtRoutes,
  trendRoutes,
  teambesprekingRoutes,
  besprekingRoutes,
  afspraakRoutes,
  zorgRoutes,
  oppRoutes,
  privacyRoutes,
  homeRoutes,
  schooladviesRoutes,
  tevredenheidRoutes,
  welzijnAmbitionRoutes,
  veiligheidRoutes,
  bestuurWelzijnRoutes,
  seoScoreRoutes,
];

/** Request context, security headers, CSRF, content type and size, no caching, the session. */
function useMiddleware(api: OpenAPIHono<AppEnv>, deps: Deps): void {
  api.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', randomUUID());
    await next();
  });
  api.use('*', secureHeaders());
  api.use('*', csrf());
  // Every other route reads JSON: another declared type is refused before any of it is read.
  api.use('*', async (c, next) => {
    const type = c.req.header('content-type');
    const upload = UPLOAD_PATH.test(c.req.path);
    if (type !== undefined && !upload && BODY_METHODS.has(c.req.method) && !JSON_TYPE.test(type)) {
      throw unsupportedMediaType();
    }
    await next();
  });
  // Small JSON is read here, up to 1 MB. Uploads are not: that would read (and hold) a file before
  // the route has checked who sends it.
  const smallBody = bodyLimit({
    maxSize: 1024 * 1024,
    onError: () => {
      throw invalidInput('De aanvraag is te groot.');
    },
  });
  api.use('*', (c, next) => (UPLOAD_PATH.test(c.req.path) ? next() : smallBody(c, next)));
  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  api.use('*', sessionMiddleware);
}

/** The one error handler: an AppError as it is, Hono's own 400 and 403 in Dutch, anything else as 500. */
function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof AppError) return c.json(errorBody(error), error.status);
  if (error instanceof HTTPException && error.status === 400) {
    // Hono's JSON validator: the body was not JSON at all.
    return c.json(errorBody(invalidInput('De aanvraag bevat geen geldige JSON.')), 400);
  }
  if (error instanceof HTTPException && error.status === 403) {
    // The CSRF check: a form posted from another site.
    return c.json(
      errorBody(new AppError('forbidden', 'Dit verzoek kwam niet van Leerwinst zelf en is geweigerd.')),
      403,
    );
  }
  log.error('unexpected error', { requestId: c.get('requestId'), error });
  return c.json(
    errorBody(new AppError('internal', `Er ging iets mis aan onze kant (melding ${c.get('requestId')}).`)),
    500,
  );
}

/** The API as a Hono app: middleware, the error handler and every feature's routes under /api. */
export function createApi(deps: Deps) {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = issuesOf(result.error);
        throw invalidInput(summarizeIssues(issues), issues);
      }
    },
  });
  useMiddleware(api, deps);
  for (const routes of FEATURE_ROUTES) api.route('/', routes);
  api.doc31('/openapi.json', { openapi: '3.1.0', info: API_INFO });

  // Every other path under the API, also where the web app would otherwise serve a page (web-app.ts).
  api.all('*', () => {
    throw notFound('Deze API-route');
  });
  api.notFound(() => {
    throw notFound('Deze API-route');
  });
  api.onError(handleError);
  return api;
}
