import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { GroupIdParams } from '../groups/groups.schema';
import { PupilIdParams } from '../pupils/pupils.schema';
import { SchoolIdParams } from '../schools/schools.schema';
import { GroupSeoResponse, PupilSeoResponse, SchoolSeoScalesResponse } from './seo-scores.schema';
import { getGroupSeo, getPupilSeo, getSchoolSeoScales } from './seo-scores.service';

const pupilRoute = apiRoute({
  method: 'get',
  path: '/pupils/{pupilId}/seo',
  access: 'pupil.read',
  audit: { action: 'pupil.seo.read', entity: 'leerling', id: { param: 'pupilId' } },
  summary:
    'De sociaal-emotionele scores van een leerling door de tijd: per instrument, lijst en schaal elke afname met band en signaal',
  request: { params: PupilIdParams },
  responses: { 200: json(PupilSeoResponse, 'De scores per instrument, lijst en schaal') },
});

const groupRoute = apiRoute({
  method: 'get',
  path: '/groups/{groupId}/seo',
  access: 'group.read',
  audit: { action: 'group.seo.read', entity: 'groep', id: { param: 'groupId' } },
  summary:
    'De sociaal-emotionele kolommen van het groepsoverzicht: per leerling de laatste score van het schooljaar per schaal',
  request: { params: GroupIdParams },
  responses: { 200: json(GroupSeoResponse, 'Per leerling de laatste score per schaal') },
});

const schoolRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/seo/schalen',
  access: 'settings.manage',
  summary: 'De instrumenten en schalen waarvan de school scores heeft, voor de signaleringsregels',
  request: { params: SchoolIdParams },
  responses: { 200: json(SchoolSeoScalesResponse, 'Instrumenten en schalen') },
});

export const seoScoreRoutes = new OpenAPIHono<AppEnv>()
  .openapi(pupilRoute, async (c) =>
    c.json(await getPupilSeo(c.get('deps').db, actorOf(c), c.req.valid('param').pupilId), 200),
  )
  .openapi(groupRoute, async (c) =>
    c.json(await getGroupSeo(c.get('deps').db, actorOf(c), c.req.valid('param').groupId), 200),
  )
  .openapi(schoolRoute, async (c) =>
    c.json(await getSchoolSeoScales(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId), 200),
  );
