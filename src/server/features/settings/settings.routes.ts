import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { SchoolIdParams } from '../schools/schools.schema';
import { EngineSettings, SettingsResponse } from './settings.schema';
import { getSettings, putSettings } from './settings.service';

const getRoute = apiRoute({
  method: 'get',
  path: '/schools/{schoolId}/settings',
  access: 'settings.manage',
  summary: 'De instellingen van de rekenregels van een school (DL, datamuur-indeling, signalering)',
  request: { params: SchoolIdParams },
  responses: { 200: json(SettingsResponse, 'Instellingen') },
});

const putRoute = apiRoute({
  method: 'put',
  path: '/schools/{schoolId}/settings',
  access: 'settings.manage',
  summary: 'De instellingen van de rekenregels vervangen; weggelaten onderdelen krijgen de standaardwaarde',
  request: { params: SchoolIdParams, body: jsonBody(EngineSettings) },
  responses: { 200: json(SettingsResponse, 'Instellingen') },
});

export const settingsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(getRoute, async (c) =>
    c.json(await getSettings(c.get('deps').db, actorOf(c), c.req.valid('param').schoolId), 200),
  )
  .openapi(putRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(
      await putSettings(db, actorOf(c), c.req.valid('param').schoolId, c.req.valid('json'), clock()),
      200,
    );
  });
