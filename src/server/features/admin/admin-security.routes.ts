/** Password links, MFA reset and the school's MFA setting: the beheerder's account-security routes. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { linkUrl } from '../account/password-links.service';
import { publicBase } from '../account/public-url';
import {
  AdminSchoolParams,
  AdminUserResponse,
  PasswordLinkResponse,
  SchoolSecurity,
  UserIdParams,
} from './admin.schema';
import { issueLinkFor, resetMfaOf, schoolSecurity, setSchoolSecurity } from './admin-security.service';

const passwordLinkRoute = apiRoute({
  method: 'post',
  path: '/admin/users/{userId}/password-link',
  access: 'user.manage',
  summary: 'Een eenmalige link (24 uur) waarmee de persoon een nieuw wachtwoord kiest',
  request: { params: UserIdParams },
  responses: { 201: json(PasswordLinkResponse, 'De link, eenmalig getoond') },
});

const resetMfaRoute = apiRoute({
  method: 'delete',
  path: '/admin/users/{userId}/mfa',
  access: 'user.manage',
  summary: 'De authenticator-app van een account weghalen (kwijtgeraakte telefoon)',
  request: { params: UserIdParams },
  responses: { 200: json(AdminUserResponse, 'Het account') },
});

const securityRoute = apiRoute({
  method: 'get',
  path: '/admin/schools/{schoolId}/security',
  access: 'settings.manage',
  summary: 'Of de school tweestapsverificatie van iedereen vraagt',
  request: { params: AdminSchoolParams },
  responses: { 200: json(SchoolSecurity, 'De instelling') },
});

const setSecurityRoute = apiRoute({
  method: 'put',
  path: '/admin/schools/{schoolId}/security',
  access: 'settings.manage',
  summary: 'Tweestapsverificatie voor iedereen van de school aan- of uitzetten',
  request: { params: AdminSchoolParams, body: jsonBody(SchoolSecurity) },
  responses: { 200: json(SchoolSecurity, 'De instelling') },
});

export const adminSecurityRoutes = new OpenAPIHono<AppEnv>()
  .openapi(passwordLinkRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { token, expiresAt } = await issueLinkFor(db, actorOf(c), c.req.valid('param').userId, clock());
    return c.json({ link: linkUrl(publicBase(c), token), expiresAt }, 201);
  })
  .openapi(resetMfaRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await resetMfaOf(db, actorOf(c), c.req.valid('param').userId, clock()), 200);
  })
  .openapi(securityRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(await schoolSecurity(db, actorOf(c), c.req.valid('param').schoolId), 200);
  })
  .openapi(setSecurityRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await setSchoolSecurity(db, actorOf(c), schoolId, c.req.valid('json'), clock()), 200);
  });
