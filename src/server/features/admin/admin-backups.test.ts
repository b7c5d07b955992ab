/**
 * The beheerder's backup status: none yet, recent, or older than two days (the page warns then); and
 * only for the roles that manage schools.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { seedDemo, TEST_NOW, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import { recordLastBackup } from '../../ops/backup.queries';
import type { BackupStatusResponse } from './admin-backups.schema';

type Status = z.infer<typeof BackupStatusResponse>;
const HOUR = 3_600_000;

describe.each(testEngines())('backup status for the beheerder (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let cookies: Record<LoginName, string>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedDemo(database.db);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  it('says there is none yet, then how old the last one is, and when it is too old', async () => {
    const none = await api.call<Status>('GET', '/admin/backups', { cookie: cookies.beheerder });
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ last: null, ageHours: null, status: 'none', staleAfterHours: 48 });

    const backup = {
      at: new Date(TEST_NOW.getTime() - 5 * HOUR).toISOString(),
      file: '/srv/leerwinst/data/backups/leerwinst-dagelijks-20261128T050000Z.sqlite',
      bytes: 123_456,
      encrypted: true,
      kind: 'dagelijks' as const,
    };
    await recordLastBackup(database.db, backup);
    const recent = await api.call<Status>('GET', '/admin/backups', { cookie: cookies.beheerder });
    expect(recent.body).toEqual({
      last: {
        at: '2026-11-28T05:00:00.000Z',
        file: 'leerwinst-dagelijks-20261128T050000Z.sqlite',
        bytes: 123_456,
        encrypted: true,
        kind: 'dagelijks',
      },
      ageHours: 5,
      status: 'ok',
      staleAfterHours: 48,
    });
    await recordLastBackup(database.db, {
      ...backup,
      at: new Date(TEST_NOW.getTime() - 48 * HOUR).toISOString(),
    });
    const old = await api.call<Status>('GET', '/admin/backups', { cookie: cookies.beheerder });
    expect(old.body).toMatchObject({ ageHours: 48, status: 'stale' });
  });

  it('is refused to a leerkracht', async () => {
    const response = await api.call('GET', '/admin/backups', { cookie: cookies.leerkracht });
    expect(response.status).toBe(403);
  });
});
