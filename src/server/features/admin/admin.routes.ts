import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import {
  AdminGroupListResponse,
  AdminSchoolListResponse,
  AdminSchoolParams,
  AdminSchoolResponse,
  AdminCreatedResponse,
  AdminUserListResponse,
  AdminUserResponse,
  NewSchoolBody,
  NewUserBody,
  RoleGrant,
  RoleParams,
  TeacherGroupsBody,
  UpdateSchoolBody,
  UpdateUserBody,
  UserIdParams,
} from './admin.schema';
import { createUser, listUsers, updateUser } from './admin-users.service';
import { grantRole, revokeRole, setTeacherGroups } from './admin-roles.service';
import { createSchool, listAdminGroups, listAdminSchools, updateSchool } from './admin-schools.service';
import { adminSecurityRoutes } from './admin-security.routes';
import { linkUrl } from '../account/password-links.service';
import { publicBase } from '../account/public-url';

const users = apiRoute({
  method: 'get',
  path: '/admin/users',
  access: 'user.manage',
  summary: 'Accounts met een rol binnen de scholen die de beheerder beheert',
  responses: { 200: json(AdminUserListResponse, 'Accounts') },
});
const createUserRoute = apiRoute({
  method: 'post',
  path: '/admin/users',
  access: 'user.manage',
  summary: 'Een account aanmaken met een eerste rol; zonder wachtwoord met een eenmalige link',
  request: { body: jsonBody(NewUserBody) },
  responses: { 201: json(AdminCreatedResponse, 'Het nieuwe account (en de link, eenmalig getoond)') },
});
const updateUserRoute = apiRoute({
  method: 'patch',
  path: '/admin/users/{userId}',
  access: 'user.manage',
  summary: 'Naam, wachtwoord of actief/inactief van een account wijzigen',
  request: { params: UserIdParams, body: jsonBody(UpdateUserBody) },
  responses: { 200: json(AdminUserResponse, 'Het account') },
});
const grantRoute = apiRoute({
  method: 'post',
  path: '/admin/users/{userId}/roles',
  access: 'user.manage',
  summary: 'Een rol toekennen op een school of bestuur',
  request: { params: UserIdParams, body: jsonBody(RoleGrant) },
  responses: { 201: json(AdminUserResponse, 'Het account') },
});
const revokeRoute = apiRoute({
  method: 'delete',
  path: '/admin/users/{userId}/roles/{assignmentId}',
  access: 'user.manage',
  summary: 'Een rol intrekken',
  request: { params: RoleParams },
  responses: { 200: json(AdminUserResponse, 'Het account') },
});
const teacherGroupsRoute = apiRoute({
  method: 'put',
  path: '/admin/users/{userId}/groups',
  access: 'user.manage',
  summary: 'De groepen van een leerkracht in een schooljaar vastleggen',
  request: { params: UserIdParams, body: jsonBody(TeacherGroupsBody) },
  responses: { 200: json(AdminUserResponse, 'Het account') },
});
const schools = apiRoute({
  method: 'get',
  path: '/admin/schools',
  access: 'school.manage',
  summary: 'De scholen die de beheerder beheert',
  responses: { 200: json(AdminSchoolListResponse, 'Scholen') },
});
const createSchoolRoute = apiRoute({
  method: 'post',
  path: '/admin/schools',
  access: 'school.manage',
  summary: 'Een school toevoegen aan een bestuur',
  request: { body: jsonBody(NewSchoolBody) },
  responses: { 201: json(AdminSchoolResponse, 'De nieuwe school') },
});
const updateSchoolRoute = apiRoute({
  method: 'patch',
  path: '/admin/schools/{schoolId}',
  access: 'school.manage',
  summary: 'Naam of schoolweging van een school wijzigen',
  request: { params: AdminSchoolParams, body: jsonBody(UpdateSchoolBody) },
  responses: { 200: json(AdminSchoolResponse, 'De school') },
});
const schoolGroupsRoute = apiRoute({
  method: 'get',
  path: '/admin/schools/{schoolId}/groups',
  access: 'user.manage',
  summary: 'De groepen van een school, om leerkrachten aan te koppelen (zonder leerlingen)',
  request: { params: AdminSchoolParams },
  responses: { 200: json(AdminGroupListResponse, 'Groepen') },
});

export const adminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(users, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await listUsers(db, actorOf(c), clock()), 200);
  })
  .openapi(createUserRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { user, token } = await createUser(db, actorOf(c), c.req.valid('json'), clock());
    return c.json({ user, ...(token ? { link: linkUrl(publicBase(c), token) } : {}) }, 201);
  })
  .openapi(updateUserRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await updateUser(db, actorOf(c), c.req.valid('param').userId, c.req.valid('json'), clock()),
      200,
    );
  })
  .openapi(grantRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await grantRole(db, actorOf(c), c.req.valid('param').userId, c.req.valid('json'), clock()),
      201,
    );
  })
  .openapi(revokeRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { userId, assignmentId } = c.req.valid('param');
    return c.json(await revokeRole(db, actorOf(c), userId, assignmentId, clock()), 200);
  })
  .openapi(teacherGroupsRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await setTeacherGroups(db, actorOf(c), c.req.valid('param').userId, c.req.valid('json'), clock()),
      200,
    );
  })
  .openapi(schools, async (c) => c.json(await listAdminSchools(c.get('deps').db, actorOf(c)), 200))
  .openapi(createSchoolRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await createSchool(db, actorOf(c), c.req.valid('json'), clock()), 201);
  })
  .openapi(updateSchoolRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await updateSchool(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('json'), clock()),
      200,
    );
  })
  .openapi(schoolGroupsRoute, async (c) =>
    c.json(await listAdminGroups(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId), 200),
  )
  .route('/', adminSecurityRoutes);
