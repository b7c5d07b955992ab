import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { GroupIdParams } from '../groups/groups.schema';
import { PupilIdParams } from '../pupils/pupils.schema';
import { GroupAnalysisQuery, GroupAnalysisResponse, PupilAnalysisResponse } from './analysis.schema';
import { getGroupAnalysis, getPupilAnalysis } from './analysis.service';

const groupRoute = apiRoute({
  method: 'get',
  path: '/groups/{groupId}/analysis',
  access: 'group.read',
  audit: {
    action: 'group.analysis.read',
    entity: 'groep',
    id: { param: 'groupId' },
    context: { meetpunt: 'meetpunt' },
  },
  summary:
    'De groep op een meetpunt: per leerling en vak niveau, leerwinst, percentiel onder vergelijkbare starters, instructiegroep, signalering; en groepsstatistiek',
  request: { params: GroupIdParams, query: GroupAnalysisQuery },
  responses: { 200: json(GroupAnalysisResponse, 'Analyse van de groep') },
});

const pupilRoute = apiRoute({
  method: 'get',
  path: '/pupils/{pupilId}/analysis',
  access: 'pupil.read',
  audit: { action: 'pupil.analysis.read', entity: 'leerling', id: { param: 'pupilId' } },
  summary: 'Per vak: functioneringsniveau, DL, DLE, leerrendement, leerwinst en signalering van een leerling',
  request: { params: PupilIdParams },
  responses: { 200: json(PupilAnalysisResponse, 'Analyse van de leerling') },
});

export const analysisRoutes = new OpenAPIHono<AppEnv>()
  .openapi(groupRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(
      await getGroupAnalysis(db, actorOf(c), c.req.valid('param').groupId, c.req.valid('query')),
      200,
    );
  })
  .openapi(pupilRoute, async (c) => {
    return c.json(await getPupilAnalysis(c.get('deps').db, actorOf(c), c.req.valid('param').pupilId), 200);
  });
