import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/env';
import { actorOf, apiRoute } from '../../http/route';
import { GroupIdParams } from '../groups/groups.schema';
import { PupilIdParams } from '../pupils/pupils.schema';
import { SchoolIdParams } from '../schools/schools.schema';
import { CSV_TYPE, downloadHeaders, XLSX_TYPE, XML_TYPE, type Download } from './download';
import { ExportFile, SchooloverzichtExportQuery, TableExportQuery } from './exports.schema';
import { exportGroup } from './group-export';
import { exportPupilOso } from './oso-export';
import { exportSchoolResults } from './results-export';
import { exportSchooloverzicht } from './schooloverzicht-export';

const spreadsheet = (description: string) => ({
  content: { [XLSX_TYPE]: { schema: ExportFile }, [CSV_TYPE]: { schema: ExportFile } },
  description,
});

const groupRoute = apiRoute({
  method: 'get',
  path: '/groups/{groupId}/export',
  access: 'group.read',
  summary:
    'Het groepsoverzicht als Excel- of CSV-bestand: per leerling en vak niveau, vaardigheidsscore, functioneringsniveau, leerwinst, instructiegroep en signalering',
  request: { params: GroupIdParams, query: TableExportQuery },
  responses: { 200: spreadsheet('Het groepsoverzicht als download') },
});

const resultsRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/results/export',
  // Names are in it: pupil.read over the whole school, not statistics.read (see results-export.ts).
  access: 'pupil.read',
  summary:
    'Alle toetsresultaten van de school op één meetpunt als Excel- of CSV-bestand (IB en schoolleider)',
  request: { params: SchoolIdParams, query: TableExportQuery },
  responses: { 200: spreadsheet('De resultaten als download') },
});

const osoRoute = apiRoute({
  method: 'get',
  path: '/pupils/{pupilId}/oso.xml',
  access: 'pupil.read',
  summary: 'De toetsresultaten van een leerling als OSO-toetsgegevens (XML), als begin van een overdracht',
  request: { params: PupilIdParams },
  responses: { 200: { content: { [XML_TYPE]: { schema: ExportFile } }, description: 'OSO-toetslijst' } },
});

const schooloverzichtRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/schooloverzicht/export',
  access: 'statistics.read',
  summary: 'Het schooloverzicht (ambities tegen resultaten, met interval en eerdere jaren) als Excel of CSV',
  request: {
    params: SchoolIdParams,
    query: SchooloverzichtExportQuery,
  },
  responses: { 200: spreadsheet('Het schooloverzicht als download') },
});

function send(c: Context<AppEnv>, download: Download): Response {
  return c.body(download.body, 200, downloadHeaders(download));
}

export const exportRoutes = new OpenAPIHono<AppEnv>()
  .openapi(groupRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return send(
      c,
      await exportGroup(db, actorOf(c), c.req.valid('param').groupId, c.req.valid('query'), clock()),
    );
  })
  .openapi(resultsRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const download = await exportSchoolResults(
      db,
      actorOf(c),
      c.req.valid('param').schoolId,
      c.req.valid('query'),
      clock(),
    );
    return send(c, download);
  })
  .openapi(schooloverzichtRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const download = await exportSchooloverzicht(
      db,
      actorOf(c),
      c.req.valid('param').schoolId,
      c.req.valid('query'),
      clock(),
    );
    return send(c, download);
  })
  .openapi(osoRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return send(c, await exportPupilOso(db, actorOf(c), c.req.valid('param').pupilId, clock()));
  });
