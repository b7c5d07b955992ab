import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import {
  AmbitionIdParams,
  AmbitionListQuery,
  AmbitionListResponse,
  AmbitionSchema,
  ChangeAmbitionBody,
  CopyAmbitionsBody,
  CopyResponse,
  NewAmbitionBody,
} from './ambitions.schema';
import { copyAmbitions, saveAmbition } from './ambitions-save.service';
import { changeAmbition, listAmbitions } from './ambitions.service';

const listRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/ambitions',
  access: 'statistics.read',
  summary: 'De ambities van de school in een schooljaar, met hun geschiedenis en de signaleringswaarden',
  request: { params: SchoolIdParams, query: AmbitionListQuery },
  responses: { 200: json(AmbitionListResponse, 'Ambities') },
});

const createRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/ambitions',
  access: 'ambition.manage',
  summary:
    'Een ambitie vastleggen (per vak, jaargroep en toetsmoment, of in woorden); heeft die sleutel er al een, dan wordt die gewijzigd',
  request: { params: SchoolIdParams, body: jsonBody(NewAmbitionBody) },
  responses: {
    201: json(AmbitionSchema, 'De nieuwe ambitie'),
    200: json(
      AmbitionSchema,
      'De bestaande ambitie van deze jaargroep, dit vak, moment en deze maat, gewijzigd',
    ),
  },
});

const changeRoute = apiRoute({
  method: 'put',
  path: '/ambitions/{ambitionId}',
  access: 'ambition.manage',
  summary: 'Een ambitie wijzigen, laten vervallen of (in woorden) evalueren; de oude waarde blijft bewaard',
  request: { params: AmbitionIdParams, body: jsonBody(ChangeAmbitionBody) },
  responses: { 200: json(AmbitionSchema, 'De ambitie') },
});

const copyRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/ambitions/copy',
  access: 'ambition.manage',
  summary: 'De ambities van een eerder schooljaar overnemen',
  request: { params: SchoolIdParams, body: jsonBody(CopyAmbitionsBody) },
  responses: { 200: json(CopyResponse, 'Hoeveel ambities zijn overgenomen') },
});

export const ambitionRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const result = await listAmbitions(
      db,
      actorOf(c),
      c.req.valid('param').schoolId,
      c.req.valid('query'),
      clock(),
    );
    return c.json(result, 200);
  })
  .openapi(createRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const saved = await saveAmbition(
      db,
      actorOf(c),
      c.req.valid('param').schoolId,
      c.req.valid('json'),
      clock(),
    );
    if (!saved.ambition) throw new Error('ambition vanished after saving');
    return saved.created ? c.json(saved.ambition, 201) : c.json(saved.ambition, 200);
  })
  .openapi(changeRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const changed = await changeAmbition(
      db,
      actorOf(c),
      c.req.valid('param').ambitionId,
      c.req.valid('json'),
      clock(),
    );
    if (!changed) throw new Error('ambition vanished after update');
    return c.json(changed, 200);
  })
  .openapi(copyRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await copyAmbitions(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('json'), clock()),
      200,
    );
  });
