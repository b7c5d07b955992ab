/**
 * The ontwikkelingsperspectief: POST /pupils/{pupilId}/opp, GET/PUT /opp/{oppId}, and the overleg,
 * steps, evaluations and teacher's notes under it. Care data: the bestuur and the beheerder find no
 * such routes (404, see http/route.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { PupilIdParams } from '../pupils/pupils.schema';
import { OppResponse } from './opp-response.schema';
import {
  EvaluatieBody,
  NewOppBody,
  NoteBody,
  OppIdParams,
  OverlegBody,
  SaveOppBody,
  StepBody,
} from './opp.schema';
import { addNote, evaluateOpp, recordOverleg, takeStep } from './opp-steps.service';
import { createOpp, getOpp, saveOpp } from './opp.service';

const opp = (description: string) => json(OppResponse, description);
const OPP_READ = { action: 'opp.read', entity: 'opp', id: { param: 'oppId' } };

const createRoute = apiRoute({
  method: 'post',
  path: '/pupils/{pupilId}/opp',
  access: 'opp.write',
  audit: { action: 'opp.read', entity: 'opp', id: { field: 'id' } },
  summary:
    'Een OPP beginnen (concept), met de laatste resultaten als startpunt en de factoren uit het groepsoverzicht',
  request: { params: PupilIdParams, body: jsonBody(NewOppBody) },
  responses: { 201: opp('Het nieuwe OPP') },
});
const getRoute = apiRoute({
  method: 'get',
  path: '/opp/{oppId}',
  access: 'zorg.read',
  audit: OPP_READ,
  summary: 'Een OPP met de verwachte en de echte leerlijn per vak, termijnen, overleg, evaluaties en versies',
  request: { params: OppIdParams },
  responses: { 200: opp('Het OPP') },
});
const saveRoute = apiRoute({
  method: 'put',
  path: '/opp/{oppId}',
  access: 'opp.write',
  audit: OPP_READ,
  summary:
    'De inhoud van een OPP opslaan (concept of bijgesteld; met versie: niemand overschrijft een ander ongemerkt)',
  request: { params: OppIdParams, body: jsonBody(SaveOppBody) },
  responses: { 200: opp('Het opgeslagen OPP') },
});
const overlegRoute = apiRoute({
  method: 'post',
  path: '/opp/{oppId}/overleg',
  access: 'opp.write',
  audit: OPP_READ,
  summary: 'Het overleg met de ouders vastleggen: hun zienswijze en de uitkomst (instemming of niet)',
  request: { params: OppIdParams, body: jsonBody(OverlegBody) },
  responses: { 201: opp('Het OPP met het overleg') },
});
const stepRoute = apiRoute({
  method: 'post',
  path: '/opp/{oppId}/step',
  access: 'opp.write',
  audit: OPP_READ,
  summary: 'Een OPP vaststellen (na instemming van de ouders), bijstellen of beëindigen',
  request: { params: OppIdParams, body: jsonBody(StepBody) },
  responses: { 200: opp('Het OPP na de stap') },
});
const evaluatieRoute = apiRoute({
  method: 'post',
  path: '/opp/{oppId}/evaluatie',
  access: 'opp.write',
  audit: OPP_READ,
  summary: 'Een OPP evalueren per vak: de cijfers sinds het startpunt worden berekend en bewaard',
  request: { params: OppIdParams, body: jsonBody(EvaluatieBody) },
  responses: { 201: opp('Het geëvalueerde OPP') },
});
const noteRoute = apiRoute({
  method: 'post',
  path: '/opp/{oppId}/notes',
  access: 'opp.note',
  audit: OPP_READ,
  summary: 'Een notitie van de leerkracht bij het OPP, voor de volgende evaluatie',
  request: { params: OppIdParams, body: jsonBody(NoteBody) },
  responses: { 201: opp('Het OPP met de notitie') },
});

export const oppRoutes = new OpenAPIHono<AppEnv>()
  .openapi(createRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const created = await createOpp(
      db,
      actorOf(c),
      c.req.valid('param').pupilId,
      c.req.valid('json'),
      clock(),
    );
    return c.json(created, 201);
  })
  .openapi(getRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await getOpp(db, actorOf(c), c.req.valid('param').oppId, clock()), 200);
  })
  .openapi(saveRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await saveOpp(db, actorOf(c), c.req.valid('param').oppId, c.req.valid('json'), clock()),
      200,
    );
  })
  .openapi(overlegRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const saved = await recordOverleg(
      db,
      actorOf(c),
      c.req.valid('param').oppId,
      c.req.valid('json'),
      clock(),
    );
    return c.json(saved, 201);
  })
  .openapi(stepRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await takeStep(db, actorOf(c), c.req.valid('param').oppId, c.req.valid('json'), clock()),
      200,
    );
  })
  .openapi(evaluatieRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const saved = await evaluateOpp(db, actorOf(c), c.req.valid('param').oppId, c.req.valid('json'), clock());
    return c.json(saved, 201);
  })
  .openapi(noteRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await addNote(db, actorOf(c), c.req.valid('param').oppId, c.req.valid('json'), clock()),
      201,
    );
  });
