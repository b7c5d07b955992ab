/**
 * The authorization matrix, generated from the OpenAPI document: every operation × every role at every
 * distance from school A (anonymous; own group, own school, own bestuur; another group, another school,
 * another bestuur) × school A's records and unknown ids. It asserts
 * - the status: 401 without a session; 403 for a role without the permission (404 for care data to a
 *   role that never sees a pupil); 404 for a record out of scope; no refusal of one's own records;
 * - that an answer out of scope is byte for byte the answer for an id that does not exist;
 * - that no successful answer to the bestuur or a beheerder carries a pupil: no field marked `x-pupil`
 *   holds a value, and no pupil's id or name is anywhere in the text.
 * One seeded world per engine; the operations run reads first and deletions last.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../testing/databases';
import { insertUser, TEST_NOW, unknownId } from '../testing/fixtures';
import { operationsOf, type OpenApiDocument, type Operation } from '../testing/openapi';
import { demoWorld, ok, type DemoWorld } from '../testing/world';
import { createApi } from './app';
import {
  GROUP_LEVEL,
  matrixCallers,
  namesGroupRecord,
  type MatrixCaller,
} from './authorization-matrix-support';
import {
  answerSchemaOf,
  markedValuesIn,
  pupilsIn,
  pupilTexts,
  type PupilText,
} from './http/audit-test-support';
import type { Permission } from './auth/permissions';
import {
  bothAnswers,
  expectedRefusal,
  ID_NAMES,
  isScoped,
  recordsOfSchoolA,
  type Answer,
  type IdName,
} from './routes-test-support';

/**
 * Reads first, then changes, then deletions; the account changes next, the revoked role after them (it
 * takes the account out of the beheerder's sight), and the deletion of the pupil every request names last.
 */
function rank(o: Operation): number {
  if (o.path.endsWith('/delete')) return 5;
  if (o.method === 'get') return 0;
  if (o.path.includes('/roles/')) return 4;
  if (o.path.startsWith('/admin/users/')) return 3;
  return o.method === 'delete' ? 2 : 1;
}

/** What is wrong with the answer, or null. */
function judge(o: Operation, c: MatrixCaller, real: Answer, missing: Answer): string | null {
  const same = real.status === missing.status && real.text === missing.text;
  if (c.scope === 'anonymous') {
    return real.status === 401 && real.code === 'unauthenticated' ? null : 'expected 401';
  }
  const permitted = o.permission === 'authenticated' || c.permissions.has(o.permission as Permission);
  if (!permitted) {
    const expected = expectedRefusal(o.permission, { who: c.who, cookie: '', permissions: c.permissions });
    if (real.status !== expected.status || real.code !== expected.code) return `expected ${expected.status}`;
    return same ? null : 'differs from the answer for an unknown id';
  }
  const outOfScope =
    isScoped(o) &&
    (c.scope === 'otherSchool' ||
      c.scope === 'otherBestuur' ||
      (c.scope === 'otherGroup' && namesGroupRecord(o)));
  if (outOfScope) {
    // Usually 404; a refusal that does not look at the record (a leerkracht records afspraken only for
    // themselves) is fine as long as an unknown id gets the very same answer.
    if (real.status < 300) return 'answered a record out of scope';
    return same ? null : 'differs from the answer for an unknown id';
  }
  if (real.status === 401 || real.status >= 500) return 'refused its own record';
  // A deletion finds nothing when there was nothing (no override) or an earlier caller deleted it.
  if (real.status === 404 && o.method !== 'delete') return 'refused its own record';
  return null;
}

describe.each(testEngines())('the authorization matrix (%s)', (engine) => {
  let world: DemoWorld;
  let doc: OpenApiDocument;
  let operations: Operation[];
  let callers: MatrixCaller[];
  let records: Record<IdName, string>;
  let pupils: PupilText[];
  const unknown = Object.fromEntries(ID_NAMES.map((name) => [name, unknownId()])) as Record<IdName, string>;

  beforeAll(async () => {
    world = await demoWorld(engine);
    doc = ok(await world.api.call<OpenApiDocument>('GET', '/openapi.json'));
    operations = operationsOf(doc)
      // Logging in and one's own account are not about a school's records; routes.test.ts covers 401.
      .filter((o) => o.permission !== 'public' && o.permission !== 'authenticated')
      .sort((a, b) => rank(a) - rank(b));
    records = await recordsOfSchoolA(world);
    // The account the admin routes change is a spare one, so the matrix does not lock out its own IB.
    const spare = await insertUser(world.database.db, {
      name: 'Reserve',
      email: 'reserve@matrix.example',
      role: 'leerkracht',
      schoolId: world.demo.schoolA,
    });
    records = { ...records, userId: spare.userId, assignmentId: spare.assignmentId };
    callers = await matrixCallers(world);
    pupils = pupilTexts(world.data);
  });
  afterAll(async () => world.database.dispose());

  /** A pupil in a successful answer to a role that never sees one: by the marks, or in the text. */
  function pupilDataIn(o: Operation, real: Answer & { type: string }): string | null {
    if (real.status >= 300) return null;
    if (real.type.includes('application/json')) {
      const marked = markedValuesIn(answerSchemaOf(doc, o, real.status), JSON.parse(real.text));
      if (marked.length > 0) return `pupil fields in the answer: ${marked.slice(0, 3).join(', ')}`;
    }
    const shown = pupilsIn(real.text, pupils);
    return shown.ids.length + shown.namesOnly.length > 0 ? 'a pupil’s id or name in the answer' : null;
  }

  it('answers every route for every role and scope as the access rules say', async () => {
    const app = createApi({ db: world.database.db, clock: () => TEST_NOW, trustProxy: false });
    const ids = { real: records, unknown, currentYear: world.demo.currentYear };
    const belowSchool = Object.fromEntries(
      ID_NAMES.map((name) => [name, GROUP_LEVEL.includes(name) ? unknown[name] : records[name]]),
    ) as Record<IdName, string>;
    const wrong: string[] = [];
    const succeeded = new Set<string>();
    for (const o of operations) {
      const name = `${o.method.toUpperCase()} ${o.path}`;
      for (const c of callers) {
        // Another group of the same school: only the group's records are unknown, the school is real.
        const asked = c.scope === 'otherGroup' ? { ...ids, unknown: belowSchool } : ids;
        const { real, missing } = await bothAnswers(app, o, asked, c.cookie);
        const problem = judge(o, c, real, missing) ?? (c.seesNoPupils ? pupilDataIn(o, real) : null);
        if (problem)
          wrong.push(`${name} as ${c.who}: ${problem}; got ${real.status} ${real.text.slice(0, 120)}`);
        if (real.status < 300) succeeded.add(`${name} ${c.scope}`);
      }
    }
    expect(wrong).toEqual([]);
    // Not a matrix of refusals only: most routes answered someone in scope.
    const answered = operations.filter((o) => succeeded.has(`${o.method.toUpperCase()} ${o.path} own`));
    expect(answered.length).toBeGreaterThan(operations.length / 2);
  });
});
