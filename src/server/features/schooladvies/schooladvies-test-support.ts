/**
 * Small helpers for the schooladvies, VO-terugkoppeling and tevredenheid API tests: the demo's groep-8
 * pupils of school A in a schooljaar, a CSV upload the way the browser sends a file, and the audit rows
 * of one action. No figure is computed here: the tests work out every answer by hand.
 */
import type { LoginName } from '../../../testing/fixtures';
import type { TestResponse } from '../../../testing/http';
import type { DemoWorld } from '../../../testing/world';

/** The pupils placed in Groep 8 of school A that year, and the one whose placement ended early. */
export function groep8OfSchoolA(world: DemoWorld, schooljaar: string) {
  const group = world.demo.group(world.demo.schoolA, 'Groep 8', schooljaar);
  const placements = world.data.plaatsing.filter((p) => p.groep_id === group.id);
  const leaver = placements.find((p) => p.end_date !== null)?.leerling_id ?? null;
  const stayed = placements.filter((p) => p.end_date === null).map((p) => p.leerling_id);
  return { group, all: placements.map((p) => p.leerling_id), stayed, leaver };
}

/** POSTs the CSV text as the request body, as the upload form does. */
export function uploadCsv<T>(
  world: DemoWorld,
  who: LoginName | null,
  path: string,
  csv?: string,
): Promise<TestResponse<T>> {
  return world.api.call<T>('POST', path, {
    cookie: who ? world.cookies[who] : undefined,
    ...(csv === undefined ? {} : { rawBody: csv, headers: { 'content-type': 'application/octet-stream' } }),
  });
}

/**
 * The audit rows of one action (of one user, when given), oldest first, with their details parsed. Rows
 * written at the same clock time come in no fixed order: a test that needs the last one moves the clock.
 */
export async function auditRowsOf(world: DemoWorld, action: string, userId?: string) {
  let query = world.database.db
    .selectFrom('audit_log')
    .select(['user_id', 'entity', 'entity_id', 'leerling_id', 'school_id', 'details'])
    .where('action', '=', action);
  if (userId !== undefined) query = query.where('user_id', '=', userId);
  const rows = await query.orderBy('at').execute();
  return rows.map((r) => ({ ...r, details: r.details ? (JSON.parse(r.details) as unknown) : null }));
}

/** The user id of a demo login. */
export function userIdOf(world: DemoWorld, email: string): string {
  return world.demo.account(email).id;
}

/**
 * The demo comes with its cohorts' advice and VO feedback; these tests work every figure out by hand
 * from the records they make themselves, so they start without them.
 */
export async function withoutDemoAdvies(world: DemoWorld): Promise<void> {
  await world.database.db.deleteFrom('vo_terugkoppeling').execute();
  await world.database.db.deleteFrom('schooladvies').execute();
}

/** The demo comes with satisfaction surveys; the tevredenheid tests start without them, for the same reason. */
export async function withoutDemoTevredenheid(world: DemoWorld): Promise<void> {
  await world.database.db.deleteFrom('tevredenheid').execute();
}
