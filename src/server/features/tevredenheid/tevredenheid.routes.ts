import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { uploadOf } from '../imports/upload';
import { SchoolIdParams } from '../schools/schools.schema';
import { TevredenheidImportReport, TevredenheidResponse } from './tevredenheid.schema';
import { importTevredenheid, listTevredenheid } from './tevredenheid.service';

const listRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/tevredenheid',
  access: 'statistics.read',
  summary:
    'Tevredenheid van leerlingen, ouders en team: per thema elke peiling met N en de verandering sinds de vorige',
  request: { params: SchoolIdParams },
  responses: { 200: json(TevredenheidResponse, 'Tevredenheid per groep en thema') },
});

const importRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/imports/tevredenheid',
  access: 'ambition.manage',
  summary:
    'De uitkomsten van een tevredenheidspeiling inlezen (CSV: datum;groep;thema;n;gemiddelde;schaal;positief;instrument); alles of niets',
  request: {
    params: SchoolIdParams,
    body: {
      content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
      required: true,
      description: 'Het CSV-bestand zelf',
    },
  },
  responses: {
    200: json(TevredenheidImportReport, 'Verslag: ingelezen, of geweigerd met de problemen per regel'),
  },
});

export const tevredenheidRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) =>
    c.json(await listTevredenheid(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId), 200),
  )
  .openapi(importRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    // The school and the right are checked before a byte of the file is read.
    const report = await importTevredenheid(
      db,
      actorOf(c),
      schoolId,
      () => uploadOf(c.req.raw, 'sheet'),
      clock(),
    );
    return c.json(report, 200);
  });
