import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import {
  DeletedResponse,
  SetWelzijnAmbitionBody,
  WelzijnAmbitionIdParams,
  WelzijnAmbitionListResponse,
  WelzijnAmbitionQuery,
  WelzijnAmbitionSchema,
} from './welzijn-ambities.schema';
import {
  deleteWelzijnAmbitionOf,
  listWelzijnAmbitions,
  setWelzijnAmbition,
} from './welzijn-ambities.service';

const listRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/welzijn-ambities',
  access: 'statistics.read',
  summary:
    'De ambities op sociale veiligheid en tevredenheid in een schooljaar, elk met N, 90%-interval en oordeel (geen cijfer onder 10)',
  request: { params: SchoolIdParams, query: WelzijnAmbitionQuery },
  responses: { 200: json(WelzijnAmbitionListResponse, 'Ambities met hun oordeel') },
});

const setRoute = apiRoute({
  method: 'put',
  path: '/schools/{schoolId}/welzijn-ambities',
  access: 'ambition.manage',
  summary:
    'Een ambitie op veiligheid, welbevinden of tevredenheid vastleggen; heeft die maat er al een, dan wordt die gewijzigd',
  request: { params: SchoolIdParams, body: jsonBody(SetWelzijnAmbitionBody) },
  responses: {
    201: json(WelzijnAmbitionSchema, 'De nieuwe ambitie'),
    200: json(WelzijnAmbitionSchema, 'De bestaande ambitie van deze maat, gewijzigd'),
  },
});

const deleteRoute = apiRoute({
  method: 'delete',
  path: '/welzijn-ambities/{ambitionId}',
  access: 'ambition.manage',
  summary: 'Een ambitie op veiligheid, welbevinden of tevredenheid laten vallen',
  request: { params: WelzijnAmbitionIdParams },
  responses: { 200: json(DeletedResponse, 'De verwijderde ambitie') },
});

export const welzijnAmbitionRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => {
    const { db } = c.get('deps');
    const { schooljaar } = c.req.valid('query');
    return c.json(await listWelzijnAmbitions(db, actorOf(c), c.req.valid('param').schoolId, schooljaar), 200);
  })
  .openapi(setRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const saved = await setWelzijnAmbition(
      db,
      actorOf(c),
      c.req.valid('param').schoolId,
      c.req.valid('json'),
      clock(),
    );
    return saved.created ? c.json(saved.ambition, 201) : c.json(saved.ambition, 200);
  })
  .openapi(deleteRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await deleteWelzijnAmbitionOf(db, actorOf(c), c.req.valid('param').ambitionId, clock()),
      200,
    );
  });
