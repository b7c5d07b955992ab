import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import { PeriodList, PeriodQuery, PeriodsBody } from './periods.schema';
import { listPeriods, savePeriods } from './periods.service';

const listRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/periods',
  access: 'school.read',
  summary: 'De HGW-periodes van een schooljaar (standaard twee helften, tot de school eigen periodes kiest)',
  request: { params: SchoolIdParams, query: PeriodQuery },
  responses: { 200: json(PeriodList, 'Periodes') },
});

const saveRoute = apiRoute({
  method: 'put',
  path: '/schools/{schoolId}/periods',
  access: 'period.manage',
  summary: 'De HGW-periodes van een schooljaar vastleggen, met het toetsmoment dat elke periode afsluit',
  request: {
    params: SchoolIdParams,
    query: PeriodQuery,
    body: jsonBody(PeriodsBody),
  },
  responses: { 200: json(PeriodList, 'Periodes') },
});

export const periodRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await listPeriods(
        db,
        actorOf(c),
        c.req.valid('param').schoolId,
        c.req.valid('query').schooljaar,
        clock(),
      ),
      200,
    );
  })
  .openapi(saveRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await savePeriods(
        db,
        actorOf(c),
        c.req.valid('param').schoolId,
        c.req.valid('query').schooljaar,
        c.req.valid('json').periods,
        clock(),
      ),
      200,
    );
  });
