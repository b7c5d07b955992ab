import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { GroupIdParams } from '../groups/groups.schema';
import {
  GroupSectionQuery,
  GroupSectionResponse,
  SavedGroupSection,
  SaveGroupSectionBody,
} from './groepsoverzicht-groep.schema';
import { getGroupSection, saveGroupSection } from './groepsoverzicht-groep.service';

const getRoute = apiRoute({
  method: 'get',
  path: '/groups/{groupId}/groepsoverzicht-groep',
  access: 'group.read',
  summary:
    'Het groepsdeel van het groepsoverzicht: wat de groep vraagt, groepsfactoren, ondersteuningsbehoeften van de leerkracht',
  request: { params: GroupIdParams, query: GroupSectionQuery },
  responses: { 200: json(GroupSectionResponse, 'Het groepsdeel') },
});

const saveRoute = apiRoute({
  method: 'put',
  path: '/groups/{groupId}/groepsoverzicht-groep',
  access: 'groepsoverzicht.write',
  summary: 'Het groepsdeel van het groepsoverzicht opslaan; 409 als iemand anders intussen opsloeg',
  request: { params: GroupIdParams, body: jsonBody(SaveGroupSectionBody) },
  responses: { 200: json(SavedGroupSection, 'Het opgeslagen groepsdeel') },
});

export const groepsoverzichtGroepRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { groupId } = c.req.valid('param');
    return c.json(await getGroupSection(db, actorOf(c), groupId, c.req.valid('query').periode, clock()), 200);
  })
  .openapi(saveRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { groupId } = c.req.valid('param');
    return c.json(await saveGroupSection(db, actorOf(c), groupId, c.req.valid('json'), clock()), 200);
  });
