import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import {
  GroupListResponse,
  GroupsQuery,
  SchoolDetailResponse,
  SchoolIdParams,
  SchoolListResponse,
} from './schools.schema';
import { getSchool, listGroups, listSchools } from './schools.service';

const listRoute = apiRoute({
  method: 'get',
  path: '/schools',
  access: 'school.read',
  summary: 'De scholen waar de gebruiker een rol heeft',
  responses: { 200: json(SchoolListResponse, 'Scholen') },
});

const detailRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}',
  access: 'school.read',
  summary: 'Eén school met haar schooljaren',
  request: { params: SchoolIdParams },
  responses: { 200: json(SchoolDetailResponse, 'De school') },
});

const groupsRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/groups',
  access: 'group.read',
  summary: 'De groepen van een school in een schooljaar die de gebruiker mag zien',
  request: { params: SchoolIdParams, query: GroupsQuery },
  responses: { 200: json(GroupListResponse, 'Groepen') },
});

export const schoolRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => c.json(await listSchools(c.get('deps').db, actorOf(c)), 200))
  .openapi(detailRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await getSchool(db, actorOf(c), c.req.valid('param').schoolId, clock()), 200);
  })
  .openapi(groupsRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await listGroups(db, actorOf(c), schoolId, c.req.valid('query'), clock()), 200);
  });
