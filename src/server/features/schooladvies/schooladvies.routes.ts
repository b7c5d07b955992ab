import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { uploadOf } from '../imports/upload';
import { PupilIdParams } from '../pupils/pupils.schema';
import { SchoolIdParams } from '../schools/schools.schema';
import {
  CohortsResponse,
  SaveAdviesBody,
  SavedAdviesResponse,
  SchooladviesListResponse,
  SchooladviesQuery,
  VoImportReport,
} from './schooladvies.schema';
import { saveAdvies } from './schooladvies-save.service';
import { listCohorts, listSchooladvies } from './schooladvies.service';
import { importVoTerugkoppeling } from './vo-import.service';

const listRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/schooladvies',
  access: 'pupil.read',
  audit: {
    action: 'schooladvies.read',
    entity: 'school',
    id: { param: 'schoolId' },
    context: { schooljaar: 'schooljaar' },
  },
  summary:
    'Groep 8 van een schooljaar: per leerling het voorlopig en definitief schooladvies, de doorstroomtoets, de heroverweging, de uitstroom en de terugkoppeling van het VO',
  request: { params: SchoolIdParams, query: SchooladviesQuery },
  responses: { 200: json(SchooladviesListResponse, 'Leerlingen van groep 8 met hun advies') },
});

const saveRoute = apiRoute({
  method: 'put',
  path: '/pupils/{pupilId}/schooladvies',
  access: 'zorg.write',
  summary:
    'Het schooladvies van een leerling van groep 8 vastleggen (het hele record; met de versie die je zag)',
  request: { params: PupilIdParams, body: jsonBody(SaveAdviesBody) },
  responses: { 200: json(SavedAdviesResponse, 'Vastgelegd') },
});

const cohortsRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/schooladvies/cohorts',
  access: 'statistics.read',
  summary:
    'Per cohort (schooljaar van groep 8): advies tegen doorstroomtoets, heroverwegingen, uitstroom en positie in VO-leerjaar 1–3 tegen het advies, met N',
  request: { params: SchoolIdParams },
  responses: { 200: json(CohortsResponse, 'Cijfers per cohort') },
});

const voImportRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/imports/vo-terugkoppeling',
  access: 'zorg.write',
  summary:
    'Een VO-terugkoppeling (CSV: leerlingnummer;leerjaar;niveau;cohort;vo-school;geboortedatum) inlezen; alles of niets',
  request: {
    params: SchoolIdParams,
    body: {
      content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
      required: true,
      description: 'Het CSV-bestand zelf',
    },
  },
  responses: { 200: json(VoImportReport, 'Verslag: ingelezen, of geweigerd met de problemen per regel') },
});

export const schooladviesRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => {
    const { schooljaar } = c.req.valid('query');
    return c.json(
      await listSchooladvies(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId, schooljaar),
      200,
    );
  })
  .openapi(saveRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await saveAdvies(db, actorOf(c), c.req.valid('param').pupilId, c.req.valid('json'), clock()),
      200,
    );
  })
  .openapi(cohortsRoute, async (c) =>
    c.json(await listCohorts(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId), 200),
  )
  .openapi(voImportRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const actor = actorOf(c);
    const { schoolId } = c.req.valid('param');
    // The school and the right are checked before a byte of the file is read.
    const report = await importVoTerugkoppeling(
      db,
      actor,
      schoolId,
      () => uploadOf(c.req.raw, 'sheet'),
      clock(),
    );
    return c.json(report, 200);
  });
