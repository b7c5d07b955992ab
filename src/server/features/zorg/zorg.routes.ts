/**
 * A pupil's care data: GET /pupils/{id}/zorg, PUT /pupils/{id}/zorgniveau, verzorgers and toestemmingen.
 * The pupil's leerkracht reads; the IB and the schoolleider write; the bestuur and the beheerder find
 * no such routes (404, see http/route.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { PupilIdParams } from '../pupils/pupils.schema';
import {
  PupilZorgResponse,
  ToestemmingBody,
  ToestemmingIdParams,
  VerzorgerBody,
  VerzorgerIdParams,
  WithdrawBody,
  ZorgniveauBody,
} from './zorg.schema';
import { getPupilZorg, setZorgniveau } from './zorg.service';
import {
  addToestemming,
  addVerzorger,
  changeVerzorger,
  removeVerzorger,
  withdrawConsent,
} from './verzorgers.service';

const answer = json(PupilZorgResponse, 'De zorggegevens van de leerling');

const getRoute = apiRoute({
  method: 'get',
  path: '/pupils/{pupilId}/zorg',
  access: 'zorg.read',
  audit: { action: 'zorg.read', entity: 'leerling', id: { param: 'pupilId' } },
  summary: 'Zorgniveau, verzorgers, toestemmingen, OPP’s, besprekingen en afspraken van een leerling',
  request: { params: PupilIdParams },
  responses: { 200: answer },
});
const niveauRoute = apiRoute({
  method: 'put',
  path: '/pupils/{pupilId}/zorgniveau',
  access: 'zorg.write',
  audit: { action: 'zorg.read', entity: 'leerling', id: { param: 'pupilId' } },
  summary: 'Het zorgniveau (1–5) vastleggen, met reden; het vorige blijft in de geschiedenis',
  request: { params: PupilIdParams, body: jsonBody(ZorgniveauBody) },
  responses: { 200: answer },
});
const addVerzorgerRoute = apiRoute({
  method: 'post',
  path: '/pupils/{pupilId}/verzorgers',
  access: 'zorg.write',
  audit: { action: 'zorg.read', entity: 'leerling', id: { param: 'pupilId' } },
  summary: 'Een verzorger toevoegen',
  request: { params: PupilIdParams, body: jsonBody(VerzorgerBody) },
  responses: { 201: answer },
});
const putVerzorgerRoute = apiRoute({
  method: 'put',
  path: '/verzorgers/{verzorgerId}',
  access: 'zorg.write',
  audit: { action: 'zorg.read', entity: 'leerling' },
  summary: 'Een verzorger wijzigen',
  request: { params: VerzorgerIdParams, body: jsonBody(VerzorgerBody) },
  responses: { 200: answer },
});
const deleteVerzorgerRoute = apiRoute({
  method: 'delete',
  path: '/verzorgers/{verzorgerId}',
  access: 'zorg.write',
  audit: { action: 'zorg.read', entity: 'leerling' },
  summary: 'Een verzorger verwijderen (toestemmingen en besprekingen blijven bewaard)',
  request: { params: VerzorgerIdParams },
  responses: { 200: answer },
});
const addToestemmingRoute = apiRoute({
  method: 'post',
  path: '/pupils/{pupilId}/toestemmingen',
  access: 'zorg.write',
  audit: { action: 'zorg.read', entity: 'leerling', id: { param: 'pupilId' } },
  summary: 'Een toestemming van de verzorgers vastleggen',
  request: { params: PupilIdParams, body: jsonBody(ToestemmingBody) },
  responses: { 201: answer },
});
const withdrawRoute = apiRoute({
  method: 'post',
  path: '/toestemmingen/{toestemmingId}/withdraw',
  access: 'zorg.write',
  audit: { action: 'zorg.read', entity: 'leerling' },
  summary: 'Een toestemming intrekken per datum',
  request: { params: ToestemmingIdParams, body: jsonBody(WithdrawBody) },
  responses: { 200: answer },
});

export const zorgRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await getPupilZorg(db, actorOf(c), c.req.valid('param').pupilId, clock()), 200);
  })
  .openapi(niveauRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { pupilId } = c.req.valid('param');
    return c.json(await setZorgniveau(db, actorOf(c), pupilId, c.req.valid('json'), clock()), 200);
  })
  .openapi(addVerzorgerRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { pupilId } = c.req.valid('param');
    return c.json(await addVerzorger(db, actorOf(c), pupilId, c.req.valid('json'), clock()), 201);
  })
  .openapi(putVerzorgerRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { verzorgerId } = c.req.valid('param');
    return c.json(await changeVerzorger(db, actorOf(c), verzorgerId, c.req.valid('json'), clock()), 200);
  })
  .openapi(deleteVerzorgerRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await removeVerzorger(db, actorOf(c), c.req.valid('param').verzorgerId, clock()), 200);
  })
  .openapi(addToestemmingRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { pupilId } = c.req.valid('param');
    return c.json(await addToestemming(db, actorOf(c), pupilId, c.req.valid('json'), clock()), 201);
  })
  .openapi(withdrawRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { toestemmingId } = c.req.valid('param');
    const { withdrawnOn } = c.req.valid('json');
    return c.json(await withdrawConsent(db, actorOf(c), toestemmingId, withdrawnOn, clock()), 200);
  });
