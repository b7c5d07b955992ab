import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { GroupIdParams } from '../groups/groups.schema';
import { SchoolIdParams } from '../schools/schools.schema';
import { getGroupCycle, markStep } from './cycle.service';
import { getSchoolCycle } from './school-cycle.service';
import {
  EvaluateBody,
  GroupCycleQuery,
  GroupCycleResponse,
  NewPlanBody,
  PlanIdParams,
  PlanResponse,
  RecordBody,
  SavePlanBody,
  SchoolCycleQuery,
  SchoolCycleResponse,
  StepBody,
  StepParams,
  VersionBody,
} from './plans.schema';
import { changePlan, createPlan, getPlan } from './plans.service';

const PLAN_READ = { action: 'plan.read', entity: 'groepsplan', id: { param: 'planId' } };

const groupCycleRoute = apiRoute({
  method: 'get',
  path: '/groups/{groupId}/cycle',
  access: 'group.read',
  audit: {
    action: 'cycle.read',
    entity: 'groep',
    id: { param: 'groupId' },
    context: { periode: 'periode.id' },
  },
  summary: 'De HGW-cyclus van een groep in een periode: zes stappen met wat klaar is en wat ontbreekt',
  request: { params: GroupIdParams, query: GroupCycleQuery },
  responses: { 200: json(GroupCycleResponse, 'De cyclus') },
});
const stepRoute = apiRoute({
  method: 'put',
  path: '/groups/{groupId}/cycle/{stap}',
  access: 'plan.write',
  audit: {
    action: 'cycle.read',
    entity: 'groep',
    id: { param: 'groupId' },
    context: { periode: 'periode.id' },
  },
  summary: 'Stap 2 (signaleren) of 4 (clusteren) afvinken of weer openzetten',
  request: { params: StepParams, body: jsonBody(StepBody) },
  responses: { 200: json(GroupCycleResponse, 'De cyclus') },
});
const schoolCycleRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/cycle',
  access: 'pupil.read',
  audit: {
    action: 'cycle.school.read',
    entity: 'school',
    id: { param: 'schoolId' },
    context: { periode: 'periode.id' },
  },
  summary: 'Alle groepen van de school in één periode: waar staat elke cyclus (IB, schoolleider)',
  request: { params: SchoolIdParams, query: SchoolCycleQuery },
  responses: { 200: json(SchoolCycleResponse, 'De cycli') },
});
const createRoute = apiRoute({
  method: 'post',
  path: '/groups/{groupId}/plans',
  access: 'plan.write',
  audit: { action: 'plan.read', entity: 'groepsplan', id: { field: 'id' } },
  summary:
    'Een groepsplan (of blokplan) maken, gevuld met de clusters; eventueel overgenomen van de vorige periode',
  request: { params: GroupIdParams, body: jsonBody(NewPlanBody) },
  responses: { 201: json(PlanResponse, 'Het nieuwe groepsplan') },
});
const getRoute = apiRoute({
  method: 'get',
  path: '/plans/{planId}',
  access: 'group.read',
  audit: PLAN_READ,
  summary: 'Een groepsplan met begin- en eindresultaten en het voorstel voor de evaluatie',
  request: { params: PlanIdParams },
  responses: { 200: json(PlanResponse, 'Het groepsplan') },
});
const saveRoute = apiRoute({
  method: 'put',
  path: '/plans/{planId}',
  access: 'plan.write',
  audit: PLAN_READ,
  summary:
    'Een groepsplan opslaan terwijl de leerkracht typt (geen nieuwe versie in de geschiedenis; 409 als iemand anders intussen opsloeg)',
  request: { params: PlanIdParams, body: jsonBody(SavePlanBody) },
  responses: { 200: json(PlanResponse, 'Het groepsplan') },
});
const evaluateRoute = apiRoute({
  method: 'post',
  path: '/plans/{planId}/evaluation',
  access: 'plan.write',
  audit: PLAN_READ,
  summary: 'De evaluatie vaststellen; daarna is het plan vergrendeld',
  request: { params: PlanIdParams, body: jsonBody(EvaluateBody) },
  responses: { 200: json(PlanResponse, 'Het geëvalueerde groepsplan') },
});
const recordRoute = apiRoute({
  method: 'post',
  path: '/plans/{planId}/record',
  access: 'plan.write',
  audit: PLAN_READ,
  summary:
    'Het groepsplan vastleggen: zoals het nu is wordt het een versie in de geschiedenis (opslaan tijdens het typen doet dat niet)',
  request: { params: PlanIdParams, body: jsonBody(RecordBody) },
  responses: { 200: json(PlanResponse, 'Het groepsplan') },
});
const reopenRoute = apiRoute({
  method: 'post',
  path: '/plans/{planId}/new-version',
  access: 'plan.write',
  audit: PLAN_READ,
  summary: 'Van een geëvalueerd groepsplan een nieuwe versie maken om verder te werken',
  request: { params: PlanIdParams, body: jsonBody(VersionBody) },
  responses: { 200: json(PlanResponse, 'Het groepsplan') },
});

export const planRoutes = new OpenAPIHono<AppEnv>()
  .openapi(groupCycleRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await getGroupCycle(
        db,
        actorOf(c),
        c.req.valid('param').groupId,
        c.req.valid('query').periode,
        clock(),
      ),
      200,
    );
  })
  .openapi(stepRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { groupId, stap } = c.req.valid('param');
    return c.json(await markStep(db, actorOf(c), groupId, stap, c.req.valid('json'), clock()), 200);
  })
  .openapi(schoolCycleRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await getSchoolCycle(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('query'), clock()),
      200,
    );
  })
  .openapi(createRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await createPlan(db, actorOf(c), c.req.valid('param').groupId, c.req.valid('json'), clock()),
      201,
    );
  })
  .openapi(getRoute, async (c) => {
    return c.json(await getPlan(c.get('deps').db, actorOf(c), c.req.valid('param').planId), 200);
  })
  .openapi(saveRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const body = c.req.valid('json');
    return c.json(
      await changePlan(
        db,
        actorOf(c),
        c.req.valid('param').planId,
        body.version,
        { kind: 'save', content: body.content },
        clock(),
      ),
      200,
    );
  })
  .openapi(evaluateRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const body = c.req.valid('json');
    return c.json(
      await changePlan(
        db,
        actorOf(c),
        c.req.valid('param').planId,
        body.version,
        { kind: 'evaluate', evaluation: body.evaluation },
        clock(),
      ),
      200,
    );
  })
  .openapi(recordRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { version } = c.req.valid('json');
    return c.json(
      await changePlan(db, actorOf(c), c.req.valid('param').planId, version, { kind: 'record' }, clock()),
      200,
    );
  })
  .openapi(reopenRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await changePlan(
        db,
        actorOf(c),
        c.req.valid('param').planId,
        c.req.valid('json').version,
        { kind: 'reopen' },
        clock(),
      ),
      200,
    );
  });
