/**
 * Privacy (AVG): a pupil's inzage and verwijdering, the school's retention periods, and its audit log.
 * For the schoolleider: `privacy.manage` and `audit.read`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { CSV_TYPE, downloadHeaders, type Download } from '../exports/download';
import { PupilIdParams } from '../pupils/pupils.schema';
import { SchoolIdParams } from '../schools/schools.schema';
import { exportAudit, listAudit } from './audit-viewer.service';
import {
  AuditExportQuery,
  AuditListResponse,
  AuditQuery,
  DeletePupilBody,
  DeletePupilResponse,
  PrivacyFile,
  RetentionResponse,
  RetentionSettings,
} from './privacy.schema';
import { deletePupil, pupilInzage, ZIP_TYPE } from './pupil-privacy.service';
import { getRetention, putRetention } from './retention.service';

const inzageRoute = apiRoute({
  method: 'get',
  path: '/pupils/{pupilId}/inzage',
  access: 'privacy.manage',
  summary: 'Inzage: alles wat over de leerling bewaard wordt, en wie het inzag, als ZIP (JSON en HTML)',
  request: { params: PupilIdParams },
  responses: { 200: { content: { [ZIP_TYPE]: { schema: PrivacyFile } }, description: 'Het inzagearchief' } },
});
const deleteRoute = apiRoute({
  method: 'post',
  path: '/pupils/{pupilId}/delete',
  access: 'privacy.manage',
  summary: 'Een leerling met alle gegevens verwijderen (met reden; niet terug te draaien)',
  request: { params: PupilIdParams, body: jsonBody(DeletePupilBody) },
  responses: { 200: json(DeletePupilResponse, 'Wat er verwijderd is') },
});
const retentionRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/retention',
  access: 'privacy.manage',
  summary: 'De bewaartermijnen van de school, en wat de volgende opschoning zou doen',
  request: { params: SchoolIdParams },
  responses: { 200: json(RetentionResponse, 'Bewaartermijnen') },
});
const saveRetentionRoute = apiRoute({
  method: 'put',
  path: '/schools/{schoolId}/retention',
  access: 'privacy.manage',
  summary: 'De bewaartermijnen van de school instellen (jaren na vertrek, per soort gegevens)',
  request: { params: SchoolIdParams, body: jsonBody(RetentionSettings) },
  responses: { 200: json(RetentionResponse, 'Bewaartermijnen') },
});
const auditRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/audit',
  access: 'audit.read',
  audit: {
    action: 'audit.read',
    entity: 'school',
    id: { param: 'schoolId' },
    context: { filter: 'filter' },
    always: true,
  },
  summary:
    'Het auditlog van de school: wie las of wijzigde wat, te filteren op leerling, gebruiker, actie en dag',
  request: { params: SchoolIdParams, query: AuditQuery },
  responses: { 200: json(AuditListResponse, 'Een pagina van het auditlog') },
});
const auditExportRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/audit/export',
  access: 'audit.read',
  summary: 'Het gefilterde auditlog als CSV',
  request: { params: SchoolIdParams, query: AuditExportQuery },
  responses: {
    200: { content: { [CSV_TYPE]: { schema: PrivacyFile } }, description: 'Het auditlog als CSV' },
  },
});

function send(c: Context<AppEnv>, download: Download): Response {
  return c.body(download.body, 200, downloadHeaders(download));
}

export const privacyRoutes = new OpenAPIHono<AppEnv>()
  .openapi(inzageRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return send(c, await pupilInzage(db, actorOf(c), c.req.valid('param').pupilId, clock()));
  })
  .openapi(deleteRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { pupilId } = c.req.valid('param');
    return c.json(await deletePupil(db, actorOf(c), pupilId, c.req.valid('json'), clock()), 200);
  })
  .openapi(retentionRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await getRetention(db, actorOf(c), c.req.valid('param').schoolId, clock()), 200);
  })
  .openapi(saveRetentionRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await putRetention(db, actorOf(c), schoolId, c.req.valid('json'), clock()), 200);
  })
  .openapi(auditRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(await listAudit(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('query')), 200);
  })
  .openapi(auditExportRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return send(c, await exportAudit(db, actorOf(c), schoolId, c.req.valid('query'), clock()));
  });
