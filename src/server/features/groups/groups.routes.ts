import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { GroupDetailResponse, GroupIdParams } from './groups.schema';
import { getGroup } from './groups.service';

const detailRoute = apiRoute({
  method: 'get',
  path: '/groups/{groupId}',
  access: 'group.read',
  audit: { action: 'group.read', entity: 'groep', id: { param: 'groupId' } },
  summary: 'Een groep met haar leerlingen en hun laatste niveau per vak',
  request: { params: GroupIdParams },
  responses: { 200: json(GroupDetailResponse, 'De groep') },
});

export const groupRoutes = new OpenAPIHono<AppEnv>().openapi(detailRoute, async (c) => {
  return c.json(await getGroup(c.get('deps').db, actorOf(c), c.req.valid('param').groupId), 200);
});
