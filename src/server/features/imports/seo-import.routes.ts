/**
 * The SEO import's routes: inspect a file (header, title block, first rows, proposed mapping), then
 * preview or apply it. Both need 'import.run' at the school; the school is checked before a byte of
 * the file is read (the upload is streamed, see upload.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireAtSchool } from '../../auth/access';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import { parseConfigParam } from './config-param';
import { refuseIfTooLarge, uploadOf } from './upload';
import {
  SeoImportConfig,
  SeoImportQuery,
  SeoInspectQuery,
  SeoInspectResponse,
  SeoReportSchema,
  NewSeoListBody,
  SeoListsResponse,
} from './seo-import.schema';
import { importSeo } from './seo-import.service';
import { inspectSeo } from './seo-inspect.service';
import { addSeoList, listSeoLists } from './seo-lists.service';

const fileBody = {
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
  required: true,
  description: 'Het bestand zelf (CSV of XLSX), zoals het instrument het exporteert',
};

const inspectRoute = apiRoute({
  method: 'post',
  path: '/imports/seo/inspect',
  access: 'import.run',
  audit: { action: 'import.seo.inspect', entity: 'school' },
  summary:
    'Een sociaal-emotioneel bestand bekijken: kopregel, titelblok, eerste rijen en voorgestelde koppeling',
  request: { query: SeoInspectQuery, body: fileBody },
  responses: { 200: json(SeoInspectResponse, 'Eerste blik op het bestand') },
});

const importRoute = apiRoute({
  method: 'post',
  path: '/imports/seo',
  access: 'import.run',
  audit: { action: 'import.seo.read', entity: 'school', context: { status: 'status' } },
  summary:
    'Scores van een sociaal-emotioneel instrument inlezen (ZIEN!, KanVAS, SCOL, Kindbegrip, LiB, eigen lijst): eerst een voorbeeld (mode=preview), dan alles of niets (mode=apply)',
  request: { query: SeoImportQuery, body: fileBody },
  responses: { 200: json(SeoReportSchema, 'Verslag van de import') },
});

const listsRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/seo-lijsten',
  access: 'import.run',
  summary:
    'De sociaal-emotionele instrumenten waarvan de school scores kan inlezen: de catalogus en eigen lijsten',
  request: { params: SchoolIdParams },
  responses: { 200: json(SeoListsResponse, 'Instrumenten en eigen lijsten') },
});

const addListRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/seo-lijsten',
  access: 'import.run',
  summary: 'Een eigen sociaal-emotionele lijst van de school toevoegen: de naam en de schalen',
  request: { params: SchoolIdParams, body: jsonBody(NewSeoListBody) },
  responses: { 201: json(SeoListsResponse, 'Instrumenten en eigen lijsten') },
});

export const seoImportRoutes = new OpenAPIHono<AppEnv>()
  .openapi(inspectRoute, async (c) => {
    const { db } = c.get('deps');
    const query = c.req.valid('query');
    const actor = actorOf(c);
    requireAtSchool(actor, query.schoolId, 'import.run');
    const inspection = await inspectSeo(db, actor, query, uploadOf(c.req.raw, 'sheet'));
    return c.json(refuseIfTooLarge(inspection), 200);
  })
  .openapi(importRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const query = c.req.valid('query');
    const actor = actorOf(c);
    requireAtSchool(actor, query.schoolId, 'import.run');
    const config = parseConfigParam(query.config, SeoImportConfig);
    const report = await importSeo(
      db,
      actor,
      uploadOf(c.req.raw, 'sheet'),
      { mode: query.mode, schoolId: query.schoolId, filename: query.filename, config },
      clock(),
    );
    return c.json(refuseIfTooLarge(report), 200);
  })
  .openapi(listsRoute, async (c) =>
    c.json(await listSeoLists(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId), 200),
  )
  .openapi(addListRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await addSeoList(db, actorOf(c), schoolId, c.req.valid('json'), clock()), 201);
  });
