import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { issuesOf, summarizeIssues } from '../../../shared/zod-nl';
import { requireAtSchool } from '../../auth/access';
import { AppError, invalidInput } from '../../errors';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute, requireAccess } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import { parseConfigParam } from './config-param';
import { importEdexmlForSchool } from './edexml-import.service';
import {
  EdexmlImportQuery,
  EdexmlReportSchema,
  InspectQuery,
  InspectResponse,
  InstrumentList,
  MappingNameParams,
  NewInstrumentBody,
  ResultsImportConfig,
  ResultsImportQuery,
  ResultsReportSchema,
  SavedMappingBody,
  SavedMappingList,
} from './imports.schema';
import { inspectResults } from './inspect.service';
import { addInstrument, listInstruments } from './instruments.service';
import { deleteMapping, listMappings, saveMapping } from './mappings.service';
import { importResults } from './results-import.service';
import { refuseIfTooLarge, tooLargeIn, uploadOf } from './upload';

/** The uploaded file is the request body itself, streamed into the parser. */
const fileBody = {
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
  required: true,
  description: 'Het bestand zelf (EDEX.XML, CSV of XLSX)',
};

const edexmlRoute = apiRoute({
  method: 'post',
  path: '/imports/edexml',
  access: 'import.run',
  audit: { action: 'import.edexml.read', entity: 'school', context: { status: 'status' } },
  summary: 'EDEX.XML inlezen: eerst een voorbeeld (mode=preview), dan in één keer (mode=apply)',
  request: { query: EdexmlImportQuery, body: fileBody },
  responses: { 200: json(EdexmlReportSchema, 'Verslag van de import') },
});

const inspectRoute = apiRoute({
  method: 'post',
  path: '/imports/results/inspect',
  access: 'import.run',
  audit: { action: 'import.inspect.read', entity: 'school' },
  summary: 'Een resultatenbestand bekijken: kopregel, eerste rijen en voorgestelde kolomkoppeling',
  request: { query: InspectQuery, body: fileBody },
  responses: { 200: json(InspectResponse, 'Eerste blik op het bestand') },
});

const resultsRoute = apiRoute({
  method: 'post',
  path: '/imports/results',
  access: 'import.run',
  summary:
    'Toetsresultaten inlezen (CSV/XLSX). Antwoord: regels JSON (NDJSON) met voortgang, als laatste het verslag',
  request: { query: ResultsImportQuery, body: fileBody },
  responses: {
    200: {
      content: { 'application/x-ndjson': { schema: ResultsReportSchema } },
      description: '{"type":"progress",…} per stap, dan {"type":"report","report":…}',
    },
  },
});

const mappingsRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/import-mappings',
  access: 'import.run',
  summary: 'Opgeslagen kolomkoppelingen van de school',
  request: { params: SchoolIdParams },
  responses: { 200: json(SavedMappingList, 'Koppelingen') },
});

const saveMappingRoute = apiRoute({
  method: 'put',
  path: '/schools/{schoolId}/import-mappings/{name}',
  access: 'import.run',
  summary: 'Een kolomkoppeling opslaan onder een naam',
  request: { params: MappingNameParams, body: jsonBody(SavedMappingBody) },
  responses: { 200: json(SavedMappingList, 'Koppelingen') },
});

const deleteMappingRoute = apiRoute({
  method: 'delete',
  path: '/schools/{schoolId}/import-mappings/{name}',
  access: 'import.run',
  summary: 'Een opgeslagen kolomkoppeling verwijderen',
  request: { params: MappingNameParams },
  responses: { 200: json(SavedMappingList, 'Koppelingen') },
});

const instrumentsRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/instruments',
  access: 'import.run',
  summary: 'De toetsen waarvoor de school resultaten kan inlezen: de catalogus en eigen toetsen',
  request: { params: SchoolIdParams },
  responses: { 200: json(InstrumentList, 'Toetsen') },
});

const addInstrumentRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/instruments',
  access: 'import.run',
  summary: 'Een eigen toets van de school toevoegen',
  request: { params: SchoolIdParams, body: jsonBody(NewInstrumentBody) },
  responses: { 201: json(InstrumentList, 'Toetsen') },
});

/**
 * Results are imported over a streamed response (NDJSON progress lines, then the report), which the
 * typed openapi() handler cannot express; the route is registered in the document and guarded by the
 * same access middleware by hand.
 */
function resultsImportHandler(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerPath(resultsRoute);
  app.post('/imports/results', requireAccess('import.run'), async (c) => {
    const { db, clock } = c.get('deps');
    const actor = actorOf(c);
    const parsedQuery = ResultsImportQuery.safeParse(c.req.query());
    if (!parsedQuery.success) {
      const issues = issuesOf(parsedQuery.error);
      throw invalidInput(summarizeIssues(issues), issues);
    }
    const query = parsedQuery.data;
    // Scope before the stream starts, so a refusal is a plain 404 or 403 like everywhere else.
    requireAtSchool(actor, query.schoolId, 'import.run');
    const config = parseConfigParam(query.config, ResultsImportConfig);
    const body = uploadOf(c.req.raw, 'sheet');
    const encoder = new TextEncoder();
    // Progress lines while the file streams through, the report as the last line.
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        try {
          const report = await importResults(
            db,
            actor,
            body,
            {
              mode: query.mode,
              schoolId: query.schoolId,
              mapping: config.mapping,
              constants: config.constants,
              versions: config.versions,
              headerRow: config.headerRow,
              skipInvalid: query.skipInvalid === 'true',
              filename: query.filename,
              onProgress: (progress) => send({ type: 'progress', ...progress }),
            },
            clock(),
          );
          const tooLarge = tooLargeIn(report.problems);
          if (tooLarge)
            send({ type: 'error', error: { code: 'payload_too_large', message: tooLarge.message } });
          else send({ type: 'report', report });
        } catch (error) {
          send({
            type: 'error',
            error:
              error instanceof AppError
                ? { code: error.code, message: error.message }
                : { code: 'internal', message: 'Er ging iets mis aan onze kant.' },
          });
        }
        controller.close();
      },
    });
    return c.body(stream, 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  });
  return app;
}

export const importRoutes = resultsImportHandler(new OpenAPIHono<AppEnv>())
  .openapi(edexmlRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const upload = uploadOf(c.req.raw, 'edexml');
    const report = await importEdexmlForSchool(db, actorOf(c), upload, c.req.valid('query'), clock());
    return c.json(refuseIfTooLarge(report), 200);
  })
  .openapi(inspectRoute, async (c) => {
    const { db } = c.get('deps');
    const upload = uploadOf(c.req.raw, 'sheet');
    const { schoolId, headerRow } = c.req.valid('query');
    const inspection = await inspectResults(db, actorOf(c), schoolId, upload, headerRow);
    return c.json(refuseIfTooLarge(inspection), 200);
  })
  .openapi(mappingsRoute, async (c) =>
    c.json(await listMappings(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId), 200),
  )
  .openapi(saveMappingRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId, name } = c.req.valid('param');
    return c.json(await saveMapping(db, actorOf(c), schoolId, name, c.req.valid('json'), clock()), 200);
  })
  .openapi(deleteMappingRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId, name } = c.req.valid('param');
    return c.json(await deleteMapping(db, actorOf(c), schoolId, name, clock()), 200);
  })
  .openapi(instrumentsRoute, async (c) =>
    c.json(await listInstruments(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId), 200),
  )
  .openapi(addInstrumentRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await addInstrument(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('json'), clock()),
      201,
    );
  });
