import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import { SchooloverzichtQuery, SchooloverzichtResponse } from './schooloverzicht.schema';
import { getSchooloverzicht } from './schooloverzicht.service';

const overviewRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/schooloverzicht',
  access: 'statistics.read',
  summary: 'Schooloverzicht: per jaargroep en vak de resultaten tegen de ambities, met interval en trend',
  request: { params: SchoolIdParams, query: SchooloverzichtQuery },
  responses: { 200: json(SchooloverzichtResponse, 'Het schooloverzicht') },
});

export const schooloverzichtRoutes = new OpenAPIHono<AppEnv>().openapi(overviewRoute, async (c) => {
  const { db, clock } = c.get('deps');
  const result = await getSchooloverzicht(
    db,
    actorOf(c),
    c.req.valid('param').schoolId,
    c.req.valid('query'),
    clock(),
  );
  return c.json(result, 200);
});
