import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../testing/databases';
import { demoLookup, LOGIN, seedDemo, unknownId, type DemoLookup } from '../../testing/fixtures';
import type { Role } from '../db/schema';
import { AppError } from '../errors';
import { requireAtSchool, requireGroup, requirePupil, requireWholeSchool } from './access';
import { loadActor } from './actor';
import type { Actor } from './permissions';

function actor(roles: [Role, string][]): Actor {
  const rolesBySchool = new Map<string, Role[]>();
  for (const [role, school] of roles) rolesBySchool.set(school, [...(rolesBySchool.get(school) ?? []), role]);
  return {
    userId: 'u',
    name: 'Test',
    email: 't@example.org',
    assignments: roles.map(([role, schoolId]) => ({ role, schoolId, bestuurId: null })),
    rolesBySchool,
  };
}

/** The status the check answers with, or 'ok' when it lets the actor through. */
async function outcome(check: () => unknown): Promise<number | 'ok'> {
  try {
    await check();
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
}

describe('access rule: no role at the school is 404, a role without the permission is 403', () => {
  it('lets a role with the permission through', async () => {
    expect(await outcome(() => requireAtSchool(actor([['ib', 's1']]), 's1', 'period.manage'))).toBe('ok');
  });

  it('answers 404 at a school where the actor holds no role, whatever they hold elsewhere', async () => {
    expect(await outcome(() => requireAtSchool(actor([['ib', 's1']]), 's2', 'period.manage'))).toBe(404);
  });

  it('answers 403 at the own school for a role that lacks the permission', async () => {
    expect(await outcome(() => requireAtSchool(actor([['leerkracht', 's1']]), 's1', 'period.manage'))).toBe(
      403,
    );
  });

  it('counts the permission of any of several roles at the school', async () => {
    const both = actor([
      ['leerkracht', 's1'],
      ['schoolleider', 's1'],
    ]);
    expect(await outcome(() => requireAtSchool(both, 's1', 'ambition.manage'))).toBe('ok');
  });

  it('requires a whole-school role for whole-school views: a leerkracht of the school gets 403', async () => {
    const teacher = actor([['leerkracht', 's1']]);
    expect(await outcome(() => requireWholeSchool(teacher, 's1', 'pupil.read'))).toBe(403);
    expect(await outcome(() => requireWholeSchool(teacher, 's2', 'pupil.read'))).toBe(404);
    expect(await outcome(() => requireWholeSchool(actor([['ib', 's1']]), 's1', 'pupil.read'))).toBe('ok');
  });
});

describe.each(testEngines())('access to groups and pupils (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  const actorOf = async (email: string) => {
    const id = demo.account(email).id;
    const loaded = await loadActor(database.db, id);
    if (!loaded) throw new Error(`no actor ${email}`);
    return loaded;
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
  });
  afterAll(async () => database.dispose());

  it('gives a teacher their own group, 404 for a colleague’s group and for an unknown id', async () => {
    const teacher = await actorOf(LOGIN.leerkracht);
    const own = demo.groupsTaughtBy(LOGIN.leerkracht).find((g) => g.school_id === demo.schoolA);
    const other = demo.groupsOf(demo.schoolA).find((g) => g.id !== own?.id && g.kind === 'stamgroep');
    if (!own || !other) throw new Error('demo lacks groups');
    expect((await requireGroup(database.db, teacher, own.id)).id).toBe(own.id);
    const taught = new Set(demo.groupsTaughtBy(LOGIN.leerkracht).map((g) => g.id));
    const colleague = demo.groupsOf(demo.schoolA).find((g) => !taught.has(g.id));
    if (!colleague) throw new Error('demo lacks a colleague group');
    expect(await outcome(() => requireGroup(database.db, teacher, colleague.id))).toBe(404);
    expect(await outcome(() => requireGroup(database.db, teacher, unknownId()))).toBe(404);
  });

  it('answers 403 for a group in scope when the role lacks the permission', async () => {
    const leader = await actorOf(LOGIN.schoolleider);
    const group = demo.groupsOf(demo.schoolA)[0];
    if (!group) throw new Error('demo lacks groups');
    expect(await outcome(() => requireGroup(database.db, leader, group.id, 'group.read'))).toBe('ok');
    expect(await outcome(() => requireGroup(database.db, leader, group.id, 'plan.write'))).toBe(403);
  });

  it('gives the IB every pupil of the own school and 404 for a pupil of another school', async () => {
    const ib = await actorOf(LOGIN.ib);
    const own = demo.pupilsOf(demo.groupsOf(demo.schoolA)[0]?.id ?? '')[0];
    const other = demo.pupilsOf(demo.groupsOf(demo.schoolB)[0]?.id ?? '')[0];
    if (!own || !other) throw new Error('demo lacks pupils');
    expect((await requirePupil(database.db, ib, own, 'opp.write')).id).toBe(own);
    expect(await outcome(() => requirePupil(database.db, ib, other))).toBe(404);
  });
});
