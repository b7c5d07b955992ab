import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import {
  SchoolStatisticsQuery,
  SchoolStatisticsResponse,
  TrendQuery,
  TrendResponse,
} from './statistics.schema';
import { getSchoolStatistics, getTrend } from './statistics.service';

const statisticsRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/statistics',
  access: 'statistics.read',
  summary:
    'Per jaargroep en vak op een meetpunt: aantal, gemiddelde vaardigheidsscore, verdeling over niveaus en instructiegroepen, aandeel op of boven gemiddeld met 90%-interval',
  request: { params: SchoolIdParams, query: SchoolStatisticsQuery },
  responses: { 200: json(SchoolStatisticsResponse, 'Statistiek') },
});

const trendRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/statistics/trend',
  access: 'statistics.read',
  summary: 'Dezelfde jaargroep over de jaren naast één cohort door de jaren heen',
  request: { params: SchoolIdParams, query: TrendQuery },
  responses: { 200: json(TrendResponse, 'Trend') },
});

export const statisticsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(statisticsRoute, async (c) =>
    c.json(
      await getSchoolStatistics(
        c.get('deps').db,
        actorOf(c),
        c.req.valid('param').schoolId,
        c.req.valid('query'),
      ),
      200,
    ),
  )
  .openapi(trendRoute, async (c) =>
    c.json(
      await getTrend(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('query')),
      200,
    ),
  );
