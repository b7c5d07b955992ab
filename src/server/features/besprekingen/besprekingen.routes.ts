/**
 * Besprekingen (groeps-, leerlingbespreking, zorgteam, oudergesprek) and the IB's list of pupils to
 * discuss. Care data: the bestuur and the beheerder find no such routes (404, see http/route.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import {
  correctBespreking,
  getBespreking,
  saveBespreking,
  setBesprekingStatus,
} from './bespreking-edit.service';
import { planBesprekingen } from './bespreking-planning.service';
import { dropRaisedPupil, raisePupil } from './bespreking-pupils.service';
import { createBespreking, listBesprekingen } from './besprekingen.service';
import {
  BesprekingDetail,
  BesprekingIdParams,
  BesprekingList,
  BesprekingListQuery,
  CorrectionBody,
  NewBesprekingBody,
  PlanningBody,
  PlanningResponse,
  PupilsToDiscussResponse,
  RaiseBody,
  RaisedPupilParams,
  SaveBesprekingBody,
  StatusBody,
} from './besprekingen.schema';
import { pupilsToDiscuss } from './pupils-to-discuss.service';

const detail = (description: string) => json(BesprekingDetail, description);
const BESPREKING_READ = { action: 'bespreking.read', entity: 'bespreking', id: { param: 'besprekingId' } };

const listRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/besprekingen',
  access: 'zorg.read',
  audit: {
    action: 'bespreking.list',
    entity: 'school',
    id: { param: 'schoolId' },
    context: { schooljaar: 'schooljaar', besprekingen: 'besprekingen.length' },
    always: true,
  },
  summary: 'De besprekingen van een schooljaar, met de perioden en groepen voor de jaarplanning',
  request: { params: SchoolIdParams, query: BesprekingListQuery },
  responses: { 200: json(BesprekingList, 'Besprekingen') },
});
const createRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/besprekingen',
  access: 'zorg.write',
  audit: { action: 'bespreking.read', entity: 'bespreking', id: { field: 'id' } },
  summary: 'Een bespreking plannen (groepsbespreking, leerlingbespreking, zorgteam of oudergesprek)',
  request: { params: SchoolIdParams, body: jsonBody(NewBesprekingBody) },
  responses: { 201: detail('De bespreking') },
});
const planningRoute = apiRoute({
  method: 'post',
  path: '/schools/{schoolId}/besprekingen/planning',
  access: 'zorg.write',
  audit: {
    action: 'bespreking.list',
    entity: 'school',
    id: { param: 'schoolId' },
    context: { schooljaar: 'schooljaar', besprekingen: 'besprekingen.length' },
    always: true,
  },
  summary: 'De jaarplanning: een groepsbespreking per groep en periode plannen of verzetten',
  request: { params: SchoolIdParams, body: jsonBody(PlanningBody) },
  responses: { 200: json(PlanningResponse, 'De besprekingen van het schooljaar') },
});
const discussRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/pupils-to-discuss',
  access: 'zorg.read',
  audit: {
    action: 'zorg.pupils_to_discuss.read',
    entity: 'school',
    id: { param: 'schoolId' },
    always: true,
  },
  summary: 'Leerlingen om te bespreken, met de reden (voor de IB, schoolbreed)',
  request: { params: SchoolIdParams },
  responses: { 200: json(PupilsToDiscussResponse, 'Te bespreken leerlingen') },
});
const getRoute = apiRoute({
  method: 'get',
  path: '/besprekingen/{besprekingId}',
  access: 'zorg.read',
  audit: { ...BESPREKING_READ, always: true },
  summary: 'Een bespreking met de agenda uit de gegevens, de antwoorden, afspraken en versies',
  request: { params: BesprekingIdParams },
  responses: { 200: detail('De bespreking') },
});
const saveRoute = apiRoute({
  method: 'put',
  path: '/besprekingen/{besprekingId}',
  access: 'zorg.write',
  audit: BESPREKING_READ,
  summary: 'Antwoorden, besluit, datum en deelnemers opslaan (met versie)',
  request: { params: BesprekingIdParams, body: jsonBody(SaveBesprekingBody) },
  responses: { 200: detail('De bespreking') },
});
const statusRoute = apiRoute({
  method: 'post',
  path: '/besprekingen/{besprekingId}/status',
  access: 'zorg.write',
  audit: BESPREKING_READ,
  summary: 'Gehouden of vastgesteld (dan worden de cijfers vastgelegd en is de bespreking alleen-lezen)',
  request: { params: BesprekingIdParams, body: jsonBody(StatusBody) },
  responses: { 200: detail('De bespreking') },
});
const correctionRoute = apiRoute({
  method: 'post',
  path: '/besprekingen/{besprekingId}/correction',
  access: 'zorg.write',
  audit: BESPREKING_READ,
  summary: 'Een vastgestelde bespreking corrigeren: een nieuwe versie, met reden',
  request: { params: BesprekingIdParams, body: jsonBody(CorrectionBody) },
  responses: { 200: detail('De bespreking') },
});
const raiseRoute = apiRoute({
  method: 'post',
  path: '/besprekingen/{besprekingId}/pupils',
  access: 'zorg.write',
  audit: BESPREKING_READ,
  summary: 'Een leerling doorsturen naar een leerlingbespreking (met datum: meteen gepland)',
  request: { params: BesprekingIdParams, body: jsonBody(RaiseBody) },
  responses: { 200: detail('De bespreking') },
});
const dropRoute = apiRoute({
  method: 'delete',
  path: '/besprekingen/{besprekingId}/pupils/{leerlingId}',
  access: 'zorg.write',
  audit: BESPREKING_READ,
  summary: 'Een leerling niet meer doorsturen',
  request: { params: RaisedPupilParams },
  responses: { 200: detail('De bespreking') },
});

export const besprekingRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await listBesprekingen(db, actorOf(c), schoolId, c.req.valid('query'), clock()), 200);
  })
  .openapi(createRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await createBespreking(db, actorOf(c), schoolId, c.req.valid('json'), clock()), 201);
  })
  .openapi(planningRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { schoolId } = c.req.valid('param');
    return c.json(await planBesprekingen(db, actorOf(c), schoolId, c.req.valid('json'), clock()), 200);
  })
  .openapi(discussRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await pupilsToDiscuss(db, actorOf(c), c.req.valid('param').schoolId, clock()), 200);
  })
  .openapi(getRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await getBespreking(db, actorOf(c), c.req.valid('param').besprekingId, clock()), 200);
  })
  .openapi(saveRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { besprekingId } = c.req.valid('param');
    return c.json(await saveBespreking(db, actorOf(c), besprekingId, c.req.valid('json'), clock()), 200);
  })
  .openapi(statusRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { besprekingId } = c.req.valid('param');
    return c.json(await setBesprekingStatus(db, actorOf(c), besprekingId, c.req.valid('json'), clock()), 200);
  })
  .openapi(correctionRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { besprekingId } = c.req.valid('param');
    return c.json(await correctBespreking(db, actorOf(c), besprekingId, c.req.valid('json'), clock()), 200);
  })
  .openapi(raiseRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { besprekingId } = c.req.valid('param');
    return c.json(await raisePupil(db, actorOf(c), besprekingId, c.req.valid('json'), clock()), 200);
  })
  .openapi(dropRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { besprekingId, leerlingId } = c.req.valid('param');
    return c.json(await dropRaisedPupil(db, actorOf(c), besprekingId, leerlingId, clock()), 200);
  });
