import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../http/env';
import { json } from '../../http/openapi';
import { actorOf, apiRoute } from '../../http/route';
import { BackupStatusResponse } from './admin-backups.schema';
import { backupStatus } from './admin-backups.service';

const status = apiRoute({
  method: 'get',
  path: '/admin/backups',
  access: 'school.manage',
  summary: 'De laatste geslaagde back-up en of die recent genoeg is',
  responses: { 200: json(BackupStatusResponse, 'Stand van de back-ups') },
});

export const adminBackupRoutes = new OpenAPIHono<AppEnv>().openapi(status, async (c) => {
  const { db, clock } = c.get('deps');
  return c.json(await backupStatus(db, actorOf(c), clock()), 200);
});
