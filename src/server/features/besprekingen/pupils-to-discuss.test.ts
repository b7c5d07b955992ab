/**
 * GET /schools/{id}/pupils-to-discuss: the IB's school-wide list with reasons. Each reason is set up here
 * from the rule it stands for: the lowest level (V) three times running, in basisinstructie by the
 * teacher's choice (not served by verlengde instructie), signals a pupil at both of the last two
 * meetpunten; an OPP whose baseline lies ten months back with two months of DLE gained has a
 * leerrendement of 20 % by hand, under an LRV of 50; a raised pupil drops off once a leerlingbespreking
 * was held; an afspraak past its deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { LOGIN, TEST_NOW, unknownId } from '../../../testing/fixtures';
import { expectError, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { newId } from '../../db/ids';
import { bumpResultsVersion } from '../../results-version';
import type { PupilAnalysisResponse } from '../analysis/analysis.schema';
import type { PupilsToDiscussResponse } from './besprekingen.schema';
import { callers } from './besprekingen-test-support';

describe.each(testEngines())('pupils to discuss (%s)', (engine) => {
  let world: DemoWorld;
  let api: ReturnType<typeof callers>;

  beforeAll(async () => {
    world = await demoWorld(engine);
    api = callers(world);
  });
  afterAll(async () => world.database.dispose());

  const current = (name: string) =>
    world.demo.activePupilsOf(world.demo.group(world.demo.schoolA, name).id ?? '');
  const reasonsOf = (list: PupilsToDiscussResponse, pupilId: string) =>
    list.pupils.find((p) => p.pupil.id === pupilId)?.reasons ?? [];
  const rekenen = () =>
    world.data.toets
      .filter((t) => t.vak === 'rekenen-wiskunde' && t.level_system === 'I-V')
      .map((t) => t.id ?? '');

  it('lists a pupil at the lowest level three times running as signalled twice in that vak', async () => {
    const pupil = current('Groep 8')[0] ?? '';
    await world.database.db
      .updateTable('toetsresultaat')
      .set({ niveau: 'V' })
      .where('leerling_id', '=', pupil)
      .where('toets_id', 'in', rekenen())
      .where((eb) =>
        eb.or([
          eb.and([eb('schooljaar', '=', '2024-2025'), eb('moment', '=', 'E6')]),
          eb.and([eb('schooljaar', '=', '2025-2026'), eb('moment', 'in', ['M7', 'E7'])]),
        ]),
      )
      .execute();
    // At V again in verlengde instructie a pupil is served by that group; the teacher kept this one in
    // basisinstructie, so V again is a signal at M7 and at E7.
    const ib = world.demo.account(LOGIN.ib).id;
    await world.database.db
      .insertInto('instructie_override')
      .values(
        ['M7', 'E7'].map((moment) => ({
          id: newId(),
          leerling_id: pupil,
          vak: 'rekenen-wiskunde',
          schooljaar: '2025-2026',
          moment,
          instructie: 'basis' as const,
          reason: 'test',
          author_user_id: ib,
          created_at: TEST_NOW.toISOString(),
          ended_at: null,
          ended_by: null,
        })),
      )
      .execute();
    await bumpResultsVersion(world.database.db, TEST_NOW);
    const list = ok(await api.toDiscuss('ib'));
    expect(list.meetpunten).toEqual(['2025-2026 M', '2025-2026 E']);
    const twice = reasonsOf(list, pupil).filter((r) => r.code === 'signaled_twice');
    expect(twice).toEqual([
      {
        code: 'signaled_twice',
        params: expect.objectContaining({
          vak: 'rekenen-wiskunde',
          meetpunten: ['2025-2026 M', '2025-2026 E'],
        }),
      },
    ]);
    expect(twice[0]?.params.rules).toContain('twee_keer_laagste');
    expect(list.pupils.find((p) => p.pupil.id === pupil)?.group?.name).toBe('Groep 8');
  });

  it('lists a pupil under the LRV of an active OPP with both figures, not one with a concept OPP', async () => {
    const candidates = current('Groep 6');
    const measured: { id: string; dl: number; dle: number }[] = [];
    for (const id of candidates.slice(0, 8)) {
      const analysis = ok(await api.call<PupilAnalysisResponse>('ib', 'GET', `/pupils/${id}/analysis`));
      const now = analysis.vakken.find((v) => v.vak === 'rekenen-wiskunde')?.current;
      if (now?.meetpunt === '2025-2026 E' && now.dl !== null && now.dle !== null)
        measured.push({ id, dl: now.dl, dle: now.dle });
    }
    const [under, concept] = measured;
    if (!under || !concept) throw new Error('need two pupils with a DL and DLE for rekenen at 2025-2026 E');
    const ib = world.demo.account(LOGIN.ib).id;
    const iso = TEST_NOW.toISOString();
    const opp = (p: { id: string; dl: number; dle: number }, status: 'vastgesteld' | 'concept') => ({
      id: newId(TEST_NOW.getTime()),
      leerling_id: p.id,
      school_id: world.demo.schoolA,
      status,
      decided_on: '2025-09-01',
      vastgesteld_on: status === 'vastgesteld' ? '2025-10-01' : null,
      ended_on: null,
      content: JSON.stringify({
        vakken: [{ vak: 'rekenen-wiskunde', baseline: { dl: p.dl - 10, dle: p.dle - 2 }, lrv: 50 }],
      }),
      version: 1,
      created_by: ib,
      created_at: iso,
      updated_by: ib,
      updated_at: iso,
    });
    const rows = [opp(under, 'vastgesteld'), opp(concept, 'concept')];
    await world.database.db.insertInto('opp').values(rows).execute();
    const list = ok(await api.toDiscuss('ib'));
    expect(reasonsOf(list, under.id).filter((r) => r.code === 'under_opp')).toEqual([
      {
        code: 'under_opp',
        params: {
          oppId: rows[0]?.id,
          vak: 'rekenen-wiskunde',
          lrv: 50,
          leerrendement: 20,
          expectedAvi: null,
        },
      },
    ]);
    expect(reasonsOf(list, concept.id).filter((r) => r.code === 'under_opp')).toEqual([]);
  });

  it('lists a raised pupil until a leerlingbespreking was held, and one with an afspraak past its deadline', async () => {
    const group = world.demo.group(world.demo.schoolA, 'Groep 4').id ?? '';
    const [raised, late, notLate] = current('Groep 4');
    const talk = ok(
      await api.create('ib', { kind: 'groepsbespreking', groepId: group, plannedOn: '2026-11-20' }),
      201,
    );
    ok(
      await api.call('ib', 'POST', `/besprekingen/${talk.id}/pupils`, {
        leerlingId: raised,
        reason: 'Lezen stagneert.',
      }),
    );
    const owner = world.demo.account(LOGIN.leerkracht).id;
    const afspraak = (leerlingId: string | undefined, deadline: string) =>
      api.call<{ id: string }>('ib', 'POST', `/schools/${world.demo.schoolA}/afspraken`, {
        text: 'Contact met ouders',
        ownerUserId: owner,
        leerlingId,
        deadline,
      });
    const overdue = ok(await afspraak(late, '2026-11-01'), 201);
    ok(await afspraak(notLate, '2026-12-01'), 201);
    const list = ok(await api.toDiscuss('schoolleider'));
    expect(reasonsOf(list, raised ?? '')).toEqual([
      {
        code: 'raised',
        params: { besprekingId: talk.id, raisedOn: '2026-11-28', reason: 'Lezen stagneert.' },
      },
    ]);
    expect(reasonsOf(list, late ?? '')).toContainEqual({
      code: 'afspraak_overdue',
      params: { afspraakId: overdue.id, deadline: '2026-11-01' },
    });
    expect(reasonsOf(list, notLate ?? '').filter((r) => r.code === 'afspraak_overdue')).toEqual([]);

    const planned = ok(
      await api.create('ib', { kind: 'leerlingbespreking', leerlingId: raised, plannedOn: '2026-12-02' }),
      201,
    );
    expect(reasonsOf(ok(await api.toDiscuss('ib')), raised ?? '')).toHaveLength(1);
    ok(await api.status('ib', planned.id, { version: 1, status: 'gehouden' }));
    expect(reasonsOf(ok(await api.toDiscuss('ib')), raised ?? '')).toEqual([]);
  });

  it('is for the IB and the schoolleider: 401, 403 for a leerkracht, 404 for others as for an unknown school', async () => {
    const audits = () =>
      world.database.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'zorg.pupils_to_discuss.read')
        .execute();
    const before = (await audits()).length;
    expectError(await api.toDiscuss(null), 401, 'unauthenticated');
    expectError(await api.toDiscuss('leerkracht'), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'leerkrachtOtherSchool', 'bestuur', 'beheerder'] as const)
      expectSameNotFound(await api.toDiscuss(who), await api.toDiscuss(who, unknownId()));
    expect((await audits()).length).toBe(before);
    ok(await api.toDiscuss('ib'));
    expect((await audits()).length).toBe(before + 1);
  });
});
