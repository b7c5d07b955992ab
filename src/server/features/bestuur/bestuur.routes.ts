import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { BestuurOverviewResponse } from './bestuur.schema';
import { bestuurOverview } from './bestuur.service';
import { BestuurGridQuery, BestuurGridResponse } from './bestuur-grid.schema';
import { getBestuurGrid } from './bestuur-grid.service';
import { BestuurUitstroomQuery, BestuurUitstroomResponse } from './bestuur-uitstroom.schema';
import { getBestuurUitstroom } from './bestuur-uitstroom.service';

const overviewRoute = apiRoute({
  method: 'get',
  path: '/bestuur/overview',
  access: 'bestuur.read',
  summary: 'De scholen van het bestuur met geaggregeerde aantallen, zonder leerlinggegevens',
  responses: { 200: json(BestuurOverviewResponse, 'Overzicht per school') },
});

const gridRoute = apiRoute({
  method: 'get',
  path: '/bestuur/schooloverzicht',
  access: 'bestuur.read',
  summary:
    'Per school en jaargroep het aandeel op III of hoger tegen de ambitie; kleine cellen zonder cijfer',
  request: { query: BestuurGridQuery },
  responses: { 200: json(BestuurGridResponse, 'Het raster van het bestuur') },
});

const uitstroomRoute = apiRoute({
  method: 'get',
  path: '/bestuur/uitstroom',
  access: 'bestuur.read',
  summary:
    'Per school en voor alle scholen samen, voor één cohort: advies tegen doorstroomtoets, heroverwegingen, uitstroom en VO-leerjaar 1–3 tegen het advies; kleine cellen zonder aantallen',
  request: { query: BestuurUitstroomQuery },
  responses: { 200: json(BestuurUitstroomResponse, 'De uitstroom van het bestuur') },
});

export const bestuurRoutes = new OpenAPIHono<AppEnv>()
  .openapi(overviewRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await bestuurOverview(db, actorOf(c), clock()), 200);
  })
  .openapi(gridRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await getBestuurGrid(db, actorOf(c), c.req.valid('query'), clock()), 200);
  })
  .openapi(uitstroomRoute, async (c) =>
    c.json(await getBestuurUitstroom(c.get('deps').db, actorOf(c), c.req.valid('query')), 200),
  );
