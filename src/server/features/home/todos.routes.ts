/** GET /schools/{schoolId}/todos: the start page's to-do list per role of the caller at the school. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import { TodosQuery, TodosResponse } from './todos.schema';
import { getTodos } from './todos.service';

const todosRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/todos',
  access: 'pupil.read',
  audit: { action: 'home.todos.read', entity: 'school', id: { param: 'schoolId' } },
  summary:
    'Wat nu te doen op deze school, per rol: de stap van de cyclus, afspraken, besprekingen, OPP-termijnen, imports, teambespreking, ambities',
  request: { params: SchoolIdParams, query: TodosQuery },
  responses: { 200: json(TodosResponse, 'De to-dolijst') },
});

export const homeRoutes = new OpenAPIHono<AppEnv>().openapi(todosRoute, async (c) => {
  const { db, clock } = c.get('deps');
  return c.json(
    await getTodos(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('query'), clock()),
    200,
  );
});
