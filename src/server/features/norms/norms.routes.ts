import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { NormImportBody, NormImportResponse, NormListQuery, NormListResponse } from './norms.schema';
import { importNorms, listNorms } from './norms.service';

const listRoute = apiRoute({
  method: 'get',
  path: '/norms',
  access: 'norms.manage',
  summary: 'De toetsen met hun normtabellen (welke momenten, van de school zelf of algemeen)',
  request: { query: NormListQuery },
  responses: { 200: json(NormListResponse, 'Normtabellen') },
});

const importRoute = apiRoute({
  method: 'post',
  path: '/norms/import',
  access: 'norms.manage',
  summary: 'Een normtabel of DLE-tabel (CSV) inlezen voor een school; alles of niets',
  request: { body: jsonBody(NormImportBody) },
  responses: { 201: json(NormImportResponse, 'Ingelezen') },
});

export const normRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) =>
    c.json(await listNorms(c.get('deps').db, actorOf(c), c.req.valid('query').schoolId), 200),
  )
  .openapi(importRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await importNorms(db, actorOf(c), c.req.valid('json'), clock()), 201);
  });
