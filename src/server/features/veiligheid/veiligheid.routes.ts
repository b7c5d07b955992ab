import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import { VeiligheidTrendQuery, VeiligheidTrendResponse } from './veiligheid-trend.schema';
import { schoolMonitoringTrend } from './veiligheid-trend.service';
import { VeiligheidQuery, VeiligheidResponse } from './veiligheid.schema';
import { schoolMonitoring } from './veiligheid.service';

const monitoringRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/veiligheid',
  access: 'statistics.read',
  summary:
    'Jaarlijkse monitoring sociale veiligheid: per schaal van veiligheid en welbevinden het aandeel leerlingen in een gunstige band, per groep 5–8 en voor de school, en of de monitoring compleet is',
  request: { params: SchoolIdParams, query: VeiligheidQuery },
  responses: { 200: json(VeiligheidResponse, 'De monitoring van één schooljaar') },
});

const trendRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/veiligheid/trend',
  access: 'statistics.read',
  summary:
    'Sociale veiligheid en welbevinden over de jaren: per schooljaar het aandeel leerlingen in een gunstige band op de schaal met de meeste leerlingen, met N, 90%-interval en geen cijfer onder 10 leerlingen',
  request: { params: SchoolIdParams, query: VeiligheidTrendQuery },
  responses: { 200: json(VeiligheidTrendResponse, 'Per schooljaar veiligheid en welbevinden') },
});

export const veiligheidRoutes = new OpenAPIHono<AppEnv>()
  .openapi(monitoringRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    const { schooljaar } = c.req.valid('query');
    return c.json(await schoolMonitoring(db, actorOf(c), schoolId, schooljaar, clock()), 200);
  })
  .openapi(trendRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await schoolMonitoringTrend(db, actorOf(c), schoolId, c.req.valid('query'), clock()), 200);
  });
