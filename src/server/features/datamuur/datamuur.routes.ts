import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { GroupIdParams } from '../groups/groups.schema';
import { SchoolIdParams } from '../schools/schools.schema';
import { DatamuurQuery, DatamuurResponse, JaargroepDatamuurQuery } from './datamuur.schema';
import { getGroupDatamuur, getJaargroepDatamuur } from './datamuur.service';

const groupRoute = apiRoute({
  method: 'get',
  path: '/groups/{groupId}/datamuur',
  access: 'group.read',
  audit: {
    action: 'datamuur.read',
    entity: 'groep',
    id: { param: 'groupId' },
    context: { vak: 'vak', meetpunt: 'meetpunt' },
  },
  summary:
    'De datamuur van een groep: per leerling een kaart in verkorte, basis- of verlengde instructie, voor één vak en meetpunt',
  request: { params: GroupIdParams, query: DatamuurQuery },
  responses: { 200: json(DatamuurResponse, 'De datamuur') },
});

const jaargroepRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/datamuur',
  access: 'pupil.read',
  audit: {
    action: 'datamuur.read',
    entity: 'school',
    id: { param: 'schoolId' },
    context: { jaargroep: 'jaargroep', vak: 'vak' },
  },
  summary: 'De datamuur van een jaargroep over de parallelgroepen van de school (IB en schoolleider)',
  request: { params: SchoolIdParams, query: JaargroepDatamuurQuery },
  responses: { 200: json(DatamuurResponse, 'De datamuur') },
});

export const datamuurRoutes = new OpenAPIHono<AppEnv>()
  .openapi(groupRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(
      await getGroupDatamuur(db, actorOf(c), c.req.valid('param').groupId, c.req.valid('query')),
      200,
    );
  })
  .openapi(jaargroepRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(
      await getJaargroepDatamuur(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('query')),
      200,
    );
  });
