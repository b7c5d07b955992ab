/**
 * Afspraken: GET /me/afspraken (the home page), GET/POST /schools/{id}/afspraken, PATCH /afspraken/{id}.
 * Care data: the bestuur and the beheerder find no such routes (404, see http/route.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import {
  AfspraakIdParams,
  AfspraakList,
  AfspraakListQuery,
  AfspraakResponse,
  MyAfsprakenResponse,
  NewAfspraakBody,
  PatchAfspraakBody,
} from './afspraken.schema';
import { createAfspraak, listAfspraken, myAfspraken, patchAfspraak } from './afspraken.service';

const mineRoute = apiRoute({
  method: 'get',
  path: '/me/afspraken',
  access: 'zorg.read',
  audit: {
    action: 'afspraak.mine.read',
    entity: 'app_user',
    id: 'actor',
    context: { afspraken: 'afspraken.length', besprekingen: 'besprekingen.length' },
    always: true,
  },
  summary: 'Mijn open afspraken en de komende besprekingen waar ik bij ben (voor de startpagina)',
  responses: { 200: json(MyAfsprakenResponse, 'Afspraken en besprekingen') },
});
const listRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/afspraken',
  access: 'zorg.read',
  audit: {
    action: 'afspraak.list',
    entity: 'school',
    id: { param: 'schoolId' },
    context: { afspraken: 'afspraken.length' },
    always: true,
  },
  summary: 'De afspraken van de school (een leerkracht: eigen afspraken en die van de eigen groepen)',
  request: { params: SchoolIdParams, query: AfspraakListQuery },
  responses: { 200: json(AfspraakList, 'Afspraken') },
});
const createRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/afspraken',
  access: 'afspraak.write',
  audit: { action: 'afspraak.read', entity: 'afspraak', id: { field: 'id' } },
  summary: 'Een afspraak vastleggen, met eigenaar en termijn',
  request: { params: SchoolIdParams, body: jsonBody(NewAfspraakBody) },
  responses: { 201: json(AfspraakResponse, 'De afspraak') },
});
const patchRoute = apiRoute({
  method: 'patch',
  path: '/afspraken/{afspraakId}',
  access: 'afspraak.write',
  audit: { action: 'afspraak.read', entity: 'afspraak', id: { param: 'afspraakId' } },
  summary: 'Een afspraak bijwerken (de eigenaar: de status; IB en schoolleider: alles), met versie',
  request: { params: AfspraakIdParams, body: jsonBody(PatchAfspraakBody) },
  responses: { 200: json(AfspraakResponse, 'De afspraak') },
});

export const afspraakRoutes = new OpenAPIHono<AppEnv>()
  .openapi(mineRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await myAfspraken(db, actorOf(c), clock()), 200);
  })
  .openapi(listRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await listAfspraken(db, actorOf(c), schoolId, c.req.valid('query'), clock()), 200);
  })
  .openapi(createRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await createAfspraak(db, actorOf(c), schoolId, c.req.valid('json'), clock()), 201);
  })
  .openapi(patchRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { afspraakId } = c.req.valid('param');
    return c.json(await patchAfspraak(db, actorOf(c), afspraakId, c.req.valid('json'), clock()), 200);
  });
