import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { BestuurWelzijnQuery, BestuurWelzijnResponse } from './bestuur-welzijn.schema';
import { getBestuurWelzijn } from './bestuur-welzijn.service';

const welzijnRoute = apiRoute({
  method: 'get',
  path: '/bestuur/welzijn',
  access: 'bestuur.read',
  summary:
    'Per school en voor alle scholen samen: het aandeel leerlingen dat zich veilig en goed voelt, of de monitoring compleet is, en per groep respondenten het deel positief van de laatste tevredenheidspeiling; kleine cellen zonder cijfer',
  request: { query: BestuurWelzijnQuery },
  responses: { 200: json(BestuurWelzijnResponse, 'Sociale veiligheid en tevredenheid van het bestuur') },
});

export const bestuurWelzijnRoutes = new OpenAPIHono<AppEnv>().openapi(welzijnRoute, async (c) => {
  const { db, clock } = c.get('deps');
  return c.json(await getBestuurWelzijn(db, actorOf(c), c.req.valid('query'), clock()), 200);
});
