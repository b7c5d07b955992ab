/**
 * A pupil's deletion by the schoolleider: every row about the pupil goes, on both engines, the name
 * leaves the frozen agenda that named the pupil, the plan the pupil stood in stays usable, and the
 * reason is in the audit log. Afterwards the whole database is searched for the pupil's name.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { ok } from '../../../testing/world';
import { describeTables } from '../../db/introspect';
import type { DB } from '../../db/schema';
import { privacyWorld, type PrivacyWorld, type Who } from './privacy-test-support';

describe.each(testEngines())('a pupil’s verwijdering (%s)', (engine) => {
  let p: PrivacyWorld;
  let world: PrivacyWorld['world'];
  let pupilId: string;
  let besprekingId: string;
  let planId: string;
  const as = (who: Who) => p.as(who);
  const nameOf = (id: string) => p.nameOf(id);
  const remove = (who: Who, body: unknown, id = pupilId) =>
    world.api.call<{ deleted: Record<string, number>; documents: number }>('POST', `/pupils/${id}/delete`, {
      ...as(who),
      body,
    });
  const tables = async () =>
    (await describeTables(world.database.db, engine)).map((t) => t.name) as (keyof DB)[];

  beforeAll(async () => {
    p = await privacyWorld(engine);
    ({ world, pupilId, besprekingId, planId } = p);
  });
  afterAll(async () => world.database.dispose());

  it('refuses a deletion without a reason, or by anyone but the schoolleider, and deletes nothing', async () => {
    const all = await tables();
    const before = await countRows(world.database.db, all);
    expectInvalidInput(await remove('schoolleider', {}), 'reason');
    expectInvalidInput(await remove('schoolleider', { reason: '  ' }), 'reason');
    expectError(await remove(null, { reason: 'Verzoek ouders' }), 401, 'unauthenticated');
    for (const who of ['ib', 'leerkracht', 'bestuur', 'ibOtherSchool'] as const)
      expectError(await remove(who, { reason: 'Verzoek ouders' }), 403, 'forbidden');
    expectSameNotFound(
      await remove('schoolleiderB', { reason: 'Verzoek ouders' }),
      await remove('schoolleiderB', { reason: 'Verzoek ouders' }, unknownId()),
    );
    expect(await countRows(world.database.db, all)).toEqual(before);
  });

  it('deletes the pupil with every row about it, takes the name out of the frozen agenda, and audits why', async () => {
    const { demo, database } = world;
    const name = nameOf(pupilId);
    const snapshot = async () =>
      (
        await database.db
          .selectFrom('bespreking')
          .select('snapshot')
          .where('id', '=', besprekingId)
          .executeTakeFirst()
      )?.snapshot ?? '';
    const named = (await snapshot()).includes(JSON.stringify(name));
    expect(named).toBe(true);
    const result = ok(await remove('schoolleider', { reason: 'Verzoek van de ouders (AVG artikel 17)' }));
    expect(result.deleted).toMatchObject({
      leerling: 1,
      toetsresultaat: demo.resultsOf(pupilId).length,
      plaatsing: world.data.plaatsing.filter((p) => p.leerling_id === pupilId).length,
      opp: 1,
      verzorger: 1,
    });
    expect(result.documents).toBeGreaterThanOrEqual(named ? 1 : 0);
    expect(await snapshot()).not.toContain(JSON.stringify(name));
    // No reference to the pupil is left, and no text anywhere holds the name (the audit log keeps the
    // pupil's id, which now leads to no one, by design).
    const left: string[] = [];
    for (const table of (await describeTables(database.db, engine)).filter((t) => t.name !== 'audit_log')) {
      const references = new Set(
        table.foreignKeys.filter((fk) => fk.table === 'leerling').map((fk) => fk.column),
      );
      if (table.name === 'leerling') references.add('id');
      for (const column of table.columns) {
        const value = references.has(column.name) ? pupilId : `%${name}%`;
        const hits = await sql<{ n: number | string }>`
          select count(*) as n from ${sql.table(table.name)} where cast(${sql.ref(column.name)} as text) like ${value}
        `.execute(database.db);
        if (Number(hits.rows[0]?.n) > 0) left.push(`${table.name}.${column.name}`);
      }
    }
    expect(left).toEqual([]);
    expectSameNotFound(
      await world.api.call('GET', `/pupils/${pupilId}`, as('schoolleider')),
      await world.api.call('GET', `/pupils/${unknownId()}`, as('schoolleider')),
    );
    const rows = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'pupil.delete')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      user_id: demo.account(LOGIN.schoolleider).id,
      leerling_id: pupilId,
      school_id: demo.schoolA,
    });
    expect(JSON.parse(rows[0]?.details ?? '{}')).toMatchObject({
      reason: 'Verzoek van de ouders (AVG artikel 17)',
      rows: result.deleted,
    });
    // The school's figures still answer, and the plan the pupil stood in can be saved again.
    ok(await world.api.call('GET', `/schools/${demo.schoolA}/statistics`, as('ib')));
    const plan = ok(
      await world.api.call<{ version: number; content: { subgroepen: { leerlingen: string[] }[] } }>(
        'GET',
        `/plans/${planId}`,
        as('ib'),
      ),
    );
    expect(plan.content.subgroepen.flatMap((s) => s.leerlingen)).not.toContain(pupilId);
    const body = { version: plan.version, content: plan.content };
    ok(await world.api.call('PUT', `/plans/${planId}`, { ...as('ib'), body }));
  });
});
