import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { NewObservationBody, ObservationResponse, PupilDetailResponse, PupilIdParams } from './pupils.schema';
import { addObservation, getPupil } from './pupils.service';

const detailRoute = apiRoute({
  method: 'get',
  path: '/pupils/{pupilId}',
  access: 'pupil.read',
  audit: { action: 'pupil.read', entity: 'leerling', id: { param: 'pupilId' } },
  summary: 'Het dossier van een leerling: groepen, toetsresultaten en observaties',
  request: { params: PupilIdParams },
  responses: { 200: json(PupilDetailResponse, 'De leerling') },
});

const addObservationRoute = apiRoute({
  method: 'post',
  path: '/pupils/{pupilId}/observations',
  access: 'observation.write',
  summary: 'Een observatie (werkhouding, welbevinden, sociaal gedrag of talent) vastleggen',
  request: { params: PupilIdParams, body: jsonBody(NewObservationBody) },
  responses: { 201: json(ObservationResponse, 'De nieuwe observatie') },
});

export const pupilRoutes = new OpenAPIHono<AppEnv>()
  .openapi(detailRoute, async (c) => {
    return c.json(await getPupil(c.get('deps').db, actorOf(c), c.req.valid('param').pupilId), 200);
  })
  .openapi(addObservationRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const result = await addObservation(
      db,
      actorOf(c),
      c.req.valid('param').pupilId,
      c.req.valid('json'),
      clock(),
    );
    return c.json(result, 201);
  });
