import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import {
  NewTeambesprekingBody,
  SaveTeambesprekingBody,
  TeambesprekingIdParams,
  TeambesprekingList,
  TeambesprekingResponse,
} from './teambespreking.schema';
import {
  createTeambespreking,
  getTeambespreking,
  listTeambesprekingen,
  saveTeambespreking,
} from './teambespreking.service';

const listRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/teambesprekingen',
  access: 'statistics.read',
  summary: 'De teambesprekingen van de school, nieuwste eerst',
  request: { params: SchoolIdParams },
  responses: { 200: json(TeambesprekingList, 'Teambesprekingen') },
});
const createRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/teambesprekingen',
  access: 'teambespreking.write',
  summary: 'Een teambespreking beginnen: het schooloverzicht van dat moment wordt vastgelegd',
  request: { params: SchoolIdParams, body: jsonBody(NewTeambesprekingBody) },
  responses: { 201: json(TeambesprekingResponse, 'De teambespreking') },
});
const getRoute = apiRoute({
  method: 'get',
  path: '/teambesprekingen/{teambesprekingId}',
  access: 'statistics.read',
  summary: 'Een teambespreking met de vastgelegde cijfers en de antwoorden van het team',
  request: { params: TeambesprekingIdParams },
  responses: { 200: json(TeambesprekingResponse, 'De teambespreking') },
});
const saveRoute = apiRoute({
  method: 'put',
  path: '/teambesprekingen/{teambesprekingId}',
  access: 'teambespreking.write',
  summary: 'De antwoorden van het team opslaan (met versie: niemand overschrijft een ander ongemerkt)',
  request: { params: TeambesprekingIdParams, body: jsonBody(SaveTeambesprekingBody) },
  responses: { 200: json(TeambesprekingResponse, 'De teambespreking') },
});

export const teambesprekingRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(await listTeambesprekingen(db, actorOf(c), c.req.valid('param').schoolId), 200);
  })
  .openapi(createRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const created = await createTeambespreking(
      db,
      actorOf(c),
      c.req.valid('param').schoolId,
      c.req.valid('json'),
      clock(),
    );
    return c.json(created, 201);
  })
  .openapi(getRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(await getTeambespreking(db, actorOf(c), c.req.valid('param').teambesprekingId), 200);
  })
  .openapi(saveRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const saved = await saveTeambespreking(
      db,
      actorOf(c),
      c.req.valid('param').teambesprekingId,
      c.req.valid('json'),
      clock(),
    );
    return c.json(saved, 200);
  });
