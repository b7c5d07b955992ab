import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { GroupIdParams } from '../groups/groups.schema';
import {
  ClustersBody,
  GroepsoverzichtQuery,
  GroepsoverzichtResponse,
  PupilRowParams,
  SavedRow,
  SaveRowBody,
} from './groepsoverzicht.schema';
import { getGroepsoverzicht } from './groepsoverzicht.service';
import { saveClusters, saveRow } from './groepsoverzicht-write.service';

const getRoute = apiRoute({
  method: 'get',
  path: '/groups/{groupId}/groepsoverzicht',
  access: 'group.read',
  audit: {
    action: 'groepsoverzicht.read',
    entity: 'groep',
    id: { param: 'groupId' },
    context: { periode: 'periode.id' },
  },
  summary:
    'Het groepsoverzicht van een HGW-periode: gegevens per leerling, factoren, onderwijsbehoeften, clusters',
  request: { params: GroupIdParams, query: GroepsoverzichtQuery },
  responses: { 200: json(GroepsoverzichtResponse, 'Het groepsoverzicht') },
});

const saveRowRoute = apiRoute({
  method: 'put',
  path: '/groups/{groupId}/groepsoverzicht/{pupilId}',
  access: 'groepsoverzicht.write',
  summary: 'Factoren en onderwijsbehoeften van een leerling opslaan; 409 als iemand anders intussen opsloeg',
  request: { params: PupilRowParams, body: jsonBody(SaveRowBody) },
  responses: { 200: json(SavedRow, 'De opgeslagen rij') },
});

const clustersRoute = apiRoute({
  method: 'put',
  path: '/groups/{groupId}/clusters',
  access: 'groepsoverzicht.write',
  summary: 'Leerlingen van een vak in clusters indelen (start: de groepen van de datamuur)',
  request: { params: GroupIdParams, body: jsonBody(ClustersBody) },
  responses: { 200: json(z.object({ ok: z.literal(true) }), 'Opgeslagen') },
});

export const groepsoverzichtRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await getGroepsoverzicht(
        db,
        actorOf(c),
        c.req.valid('param').groupId,
        c.req.valid('query').periode,
        clock(),
      ),
      200,
    );
  })
  .openapi(saveRowRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { groupId, pupilId } = c.req.valid('param');
    return c.json(await saveRow(db, actorOf(c), groupId, pupilId, c.req.valid('json'), clock()), 200);
  })
  .openapi(clustersRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await saveClusters(db, actorOf(c), c.req.valid('param').groupId, c.req.valid('json'), clock()),
      200,
    );
  });
