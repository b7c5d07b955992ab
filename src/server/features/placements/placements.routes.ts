import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { PupilIdParams } from '../pupils/pupils.schema';
import { OverrideBody, OverrideQuery, OverrideResponse } from './placements.schema';
import { removeOverride, setOverride } from './placements.service';

const putRoute = apiRoute({
  method: 'put',
  path: '/pupils/{pupilId}/placement',
  access: 'placement.write',
  summary: 'De leerling (met reden) in een andere instructiegroep plaatsen dan de toetsgegevens voorstellen',
  request: { params: PupilIdParams, body: jsonBody(OverrideBody) },
  responses: { 200: json(OverrideResponse, 'De aangepaste indeling') },
});

const deleteRoute = apiRoute({
  method: 'delete',
  path: '/pupils/{pupilId}/placement',
  access: 'placement.write',
  summary: 'Terug naar de voorgestelde instructiegroep; de eerdere keuze blijft in de geschiedenis',
  request: { params: PupilIdParams, query: OverrideQuery },
  responses: { 200: json(OverrideResponse, 'Geen aangepaste indeling meer') },
});

export const placementRoutes = new OpenAPIHono<AppEnv>()
  .openapi(putRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await setOverride(db, actorOf(c), c.req.valid('param').pupilId, c.req.valid('json'), clock()),
      200,
    );
  })
  .openapi(deleteRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await removeOverride(db, actorOf(c), c.req.valid('param').pupilId, c.req.valid('query'), clock()),
      200,
    );
  });
