import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
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

export const veiligheidRoutes = new OpenAPIHono<AppEnv>().openapi(monitoringRoute, async (c) => {
  const { db, clock } = c.get('deps');
  const { schoolId } = c.req.valid('param');
  const { schooljaar } = c.req.valid('query');
  return c.json(await schoolMonitoring(db, actorOf(c), schoolId, schooljaar, clock()), 200);
});
