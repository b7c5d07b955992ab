import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import { TrendsQuery, TrendsResponse } from './trends.schema';
import { getTrends } from './trends.service';

const trendsRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/trends',
  access: 'statistics.read',
  summary:
    'Trendanalyse: jaargroep over de jaren, cohort of dwarsdoorsnede, met intervallen en versiebreuken',
  request: { params: SchoolIdParams, query: TrendsQuery },
  responses: { 200: json(TrendsResponse, 'De trend') },
});

export const trendRoutes = new OpenAPIHono<AppEnv>().openapi(trendsRoute, async (c) => {
  const { db, clock } = c.get('deps');
  return c.json(
    await getTrends(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('query'), clock()),
    200,
  );
});
