/**
 * The audit viewer for the schoolleider: the reads the test makes itself are found back by pupil, user,
 * action and day, page by page and as CSV, and reading the log leaves its own audit row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullName } from '../../../shared/names';
import { testEngines } from '../../../testing/databases';
import { insertUser, LOGIN, TEST_NOW, unknownId } from '../../../testing/fixtures';
import { expectError, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { createApi } from '../../app';
import type { AuditListResponse } from './privacy.schema';

describe.each(testEngines())('the audit viewer (%s)', (engine) => {
  let world: DemoWorld;
  let pupil: string;
  let group5: string;
  let schoolleiderB: string;
  const list = (query: string, cookie = world.cookies.schoolleider, school = world.demo.schoolA) =>
    world.api.call<AuditListResponse>('GET', `/schools/${school}/audit${query}`, { cookie });

  beforeAll(async () => {
    world = await demoWorld(engine);
    const { api, demo, cookies } = world;
    group5 = demo.group(demo.schoolA, 'Groep 5').id;
    pupil = demo.activePupilsOf(group5)[0] ?? '';
    world.at(10);
    ok(await api.call('GET', `/pupils/${pupil}`, { cookie: cookies.leerkracht }));
    world.at(20);
    ok(await api.call('GET', `/groups/${group5}`, { cookie: cookies.leerkracht }));
    world.at(30);
    ok(await api.call('GET', `/pupils/${pupil}/analysis`, { cookie: cookies.ib }));
    world.at(40);
    const other = demo.activePupilsOf(demo.groupsOf(demo.schoolB)[0]?.id ?? '')[0] ?? '';
    ok(await api.call('GET', `/pupils/${other}`, { cookie: cookies.ibOtherSchool }));
    await insertUser(world.database.db, {
      name: 'Directie B',
      email: 'directie.b@elders.example',
      role: 'schoolleider',
      schoolId: demo.schoolB,
    });
    schoolleiderB = await api.login('directie.b@elders.example');
    world.at(100);
  });
  afterAll(async () => world.database.dispose());

  const nameOf = (id: string) => {
    const p = world.demo.pupil(id);
    return fullName({ roepnaam: p.roepnaam, voorvoegsel: p.voorvoegsel ?? null, achternaam: p.achternaam });
  };

  it('finds every read of the pupil, newest first, with who read it and the pupil’s name', async () => {
    const { demo } = world;
    const page = ok(await list(`?leerlingId=${pupil}`));
    const reads = page.entries.filter((e) => e.at < world.at(100));
    expect(reads.map((e) => [e.action, e.user?.id, e.pupil])).toEqual([
      ['pupil.analysis.read', demo.account(LOGIN.ib).id, { id: pupil, name: nameOf(pupil) }],
      ['group.read', demo.account(LOGIN.leerkracht).id, { id: pupil, name: nameOf(pupil) }],
      ['pupil.read', demo.account(LOGIN.leerkracht).id, { id: pupil, name: nameOf(pupil) }],
    ]);
    expect(reads.map((e) => e.pupils)).toEqual([1, demo.pupilsOf(group5).length, 1]);
    expect(reads.every((e) => e.details === null || !('leerlingIds' in e.details))).toBe(true);
    expect(page.actions).toEqual(expect.arrayContaining(['group.read', 'pupil.read', 'pupil.analysis.read']));
    expect(page.users.map((u) => u.id)).toEqual(
      expect.arrayContaining([demo.account(LOGIN.ib).id, demo.account(LOGIN.leerkracht).id]),
    );
    // The other school's reads are that school's business.
    expect(page.entries.some((e) => e.user?.id === demo.account(LOGIN.ibOtherSchool).id)).toBe(false);
  });

  it('filters by user, action and day, and pages through with `next`', async () => {
    const leerkracht = world.demo.account(LOGIN.leerkracht).id;
    const byUser = ok(await list(`?leerlingId=${pupil}&userId=${leerkracht}`)).entries;
    expect(byUser.map((e) => e.action)).toEqual(['group.read', 'pupil.read']);
    const byAction = ok(await list(`?action=group.read`)).entries;
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((e) => e.action === 'group.read')).toBe(true);
    const today = TEST_NOW.toISOString().slice(0, 10);
    expect(ok(await list(`?leerlingId=${pupil}&to=2026-11-27`)).entries).toEqual([]);
    expect(
      ok(await list(`?leerlingId=${pupil}&from=${today}&to=${today}`)).entries.length,
    ).toBeGreaterThanOrEqual(3);
    const all = ok(await list(`?leerlingId=${pupil}`)).entries.map((e) => e.id);
    const seen: string[] = [];
    let next: string | null = '';
    while (next !== null) {
      const page: AuditListResponse = ok(
        await list(`?leerlingId=${pupil}&limit=1${next ? `&before=${encodeURIComponent(next)}` : ''}`),
      );
      seen.push(...page.entries.map((e) => e.id));
      next = page.next;
    }
    // Every read of the log is itself a row, so the pages meet rows `all` did not have; each row once.
    expect(seen.filter((id) => all.includes(id))).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('audits every read of the log with its filter and the pupils it showed', async () => {
    const at = world.at(200);
    ok(await list(`?leerlingId=${pupil}`));
    const rows = await world.database.db.selectFrom('audit_log').selectAll().where('at', '=', at).execute();
    expect(rows.map((r) => [r.action, r.user_id, r.school_id, r.leerling_id])).toEqual([
      ['audit.read', world.demo.account(LOGIN.schoolleider).id, world.demo.schoolA, pupil],
    ]);
    expect(JSON.parse(rows[0]?.details ?? '{}')).toMatchObject({
      filter: { leerlingId: pupil },
      leerlingIds: [pupil],
    });
  });

  it('exports the filtered log as CSV, audited', async () => {
    const at = world.at(300);
    const app = createApi({ db: world.database.db, clock: () => new Date(at), trustProxy: false });
    const response = await app.request(`/schools/${world.demo.schoolA}/audit/export?leerlingId=${pupil}`, {
      headers: { cookie: world.cookies.schoolleider },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A byte order mark first, or Dutch Excel reads the names wrong.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines[0]).toBe('Tijdstip;Datum;Gebruiker;Actie;Onderwerp;Id;Leerling;Leerlingen;Details');
    const shown = ok(await list(`?leerlingId=${pupil}&to=2026-11-28`)).entries.filter((e) => e.at < at);
    expect(lines.length - 1).toBe(shown.length);
    expect(lines.filter((l) => l.includes(nameOf(pupil))).length).toBe(shown.length);
    const rows = await world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'audit.export')
      .execute();
    expect(rows.map((r) => [r.user_id, JSON.parse(r.details ?? '{}').rows])).toEqual([
      [world.demo.account(LOGIN.schoolleider).id, shown.length],
    ]);
  });

  it('is the schoolleider’s: 403 for the other roles, 404 for another school as for an unknown one', async () => {
    for (const who of ['ib', 'leerkracht', 'bestuur', 'beheerder'] as const) {
      expectError(await list('', world.cookies[who]), 403, 'forbidden');
    }
    expectSameNotFound(await list('', schoolleiderB), await list('', schoolleiderB, unknownId()));
  });
});
