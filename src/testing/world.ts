/**
 * The seeded demo behind the API, logged in as every demo role, with a clock the test moves: the
 * starting point of the API tests that walk several routes.
 */
import type { DemoData } from '../demo/generator';
import type { Engine } from '../server/db/dialect';
import { createTestDatabase, type TestDatabase } from './databases';
import { demoLookup, seedDemo, TEST_NOW, type DemoLookup, type LoginName } from './fixtures';
import { loginAll, testApi, type TestResponse } from './http';

export interface DemoWorld {
  database: TestDatabase;
  data: DemoData;
  demo: DemoLookup;
  api: ReturnType<typeof testApi>;
  cookies: Record<LoginName, string>;
  /** Moves the clock to TEST_NOW + seconds and returns that moment as ISO text. */
  at(seconds: number): string;
}

export async function demoWorld(engine: Engine): Promise<DemoWorld> {
  const database = await createTestDatabase(engine);
  const data = await seedDemo(database.db);
  const demo = demoLookup(data);
  let now = TEST_NOW;
  const api = testApi(database.db, engine, () => now);
  const cookies = await loginAll(api);
  return {
    database,
    data,
    demo,
    api,
    cookies,
    at(seconds) {
      now = new Date(TEST_NOW.getTime() + seconds * 1000);
      return now.toISOString();
    },
  };
}

/** The body of a 200/201 answer, or a thrown error that shows what came back instead. */
export function ok<T>(response: TestResponse<T>, status = 200): T {
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}
