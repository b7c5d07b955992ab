/**
 * For the inzage and deletion tests: the demo, a pupil about whom the test records an OPP, a verzorger,
 * an observation and a read, who stands in a groepsplan of the group and is named in the frozen agenda
 * of last year's groepsbespreking; and a schoolleider of the other school.
 */
import { expect } from 'vitest';
import { fullName } from '../../../shared/names';
import type { Engine } from '../../db/dialect';
import { insertUser, TEST_NOW, type LoginName } from '../../../testing/fixtures';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { createApi } from '../../app';

/** The demo's logins, and a schoolleider of the other school (who holds `privacy.manage` there). */
export type Who = LoginName | 'schoolleiderB' | null;

export interface PrivacyWorld {
  world: DemoWorld;
  pupilId: string;
  besprekingId: string;
  oppId: string;
  /** A groepsplan of the pupil's group now: the pupil stands in one of its subgroepen. */
  planId: string;
  as(who: Who): { cookie: string | undefined };
  /** A file answer (the inzage, a CSV) as the browser gets it: the raw response. */
  fetchRaw(path: string, who: Who): Promise<Response>;
  nameOf(id: string): string;
}

type As = PrivacyWorld['as'];

/**
 * Last year's Groep 4 at the end of the year, its groepsbespreking held and vastgesteld: the frozen
 * agenda names the pupils it signalled. Answers the bespreking and a pupil it names.
 */
async function frozenGroepsbespreking(world: DemoWorld, as: As, nameOf: (id: string) => string) {
  const { api, demo } = world;
  const lastYear = world.data.summary.schooljaren.at(-2) ?? '';
  const group4 = demo.group(demo.schoolA, 'Groep 4', lastYear).id;
  const { periods } = ok(
    await api.call<{ periods: { id: string }[] }>(
      'GET',
      `/schools/${demo.schoolA}/periods?schooljaar=${lastYear}`,
      as('ib'),
    ),
  );
  const made = ok(
    await api.call<{ id: string }>('POST', `/schools/${demo.schoolA}/besprekingen`, {
      ...as('ib'),
      body: {
        kind: 'groepsbespreking',
        groepId: group4,
        periodeId: periods.at(-1)?.id,
        plannedOn: '2026-06-27',
      },
    }),
    201,
  );
  const detail = ok(
    await api.call<{ agenda: { signalled?: { pupil: { id: string } }[] } }>(
      'GET',
      `/besprekingen/${made.id}`,
      as('ib'),
    ),
  );
  // A pupil the frozen agenda names (the deletion must take the name out of it), with a name no other
  // pupil has, so that the search for the name afterwards finds only what should have gone.
  const unique = (id: string) => world.data.leerling.filter((l) => nameOf(l.id) === nameOf(id)).length === 1;
  const candidates = (detail.agenda.signalled ?? []).map((s) => s.pupil.id);
  const pupilId = candidates.find(unique) ?? '';
  ok(
    await api.call('POST', `/besprekingen/${made.id}/status`, {
      ...as('ib'),
      body: { version: 1, status: 'gehouden' },
    }),
  );
  ok(
    await api.call('POST', `/besprekingen/${made.id}/status`, {
      ...as('schoolleider'),
      body: { version: 2, status: 'vastgesteld' },
    }),
  );
  return { besprekingId: made.id, pupilId };
}

/**
 * What the school records about the pupil this year: a groepsplan of its group (the pupil in a
 * subgroep), an OPP, a verzorger, an observation, and a read of the pupil (an audit row).
 */
async function recordsAbout(world: DemoWorld, as: As, pupilId: string) {
  const { api, demo } = world;
  const now = demo.groupsOf(demo.schoolA).find((g) => demo.activePupilsOf(g.id).includes(pupilId));
  const { periods: current } = ok(
    await api.call<{ periods: { id: string }[] }>(
      'GET',
      `/schools/${demo.schoolA}/periods?schooljaar=${demo.currentYear}`,
      as('ib'),
    ),
  );
  const body = { periodeId: current[0]?.id, vak: 'rekenen-wiskunde', vorm: 'groepsplan' };
  const plan = ok(
    await api.call<{ id: string; content: { subgroepen: { leerlingen: string[] }[] } }>(
      'POST',
      `/groups/${now?.id}/plans`,
      { ...as('ib'), body },
    ),
    201,
  );
  expect(plan.content.subgroepen.flatMap((s) => s.leerlingen)).toContain(pupilId);
  const oppId = ok(
    await api.call<{ id: string }>('POST', `/pupils/${pupilId}/opp`, {
      ...as('ib'),
      body: { decidedOn: '2026-11-20' },
    }),
    201,
  ).id;
  ok(
    await api.call('POST', `/pupils/${pupilId}/verzorgers`, {
      ...as('ib'),
      body: { name: 'Fatima el Amrani', relation: 'moeder', phone: null, email: null, gezag: true },
    }),
    201,
  );
  ok(
    await api.call('POST', `/pupils/${pupilId}/observations`, {
      ...as('leerkracht'),
      body: { aspect: 'werkhouding', waardering: 3 },
    }),
    201,
  );
  ok(await api.call('GET', `/pupils/${pupilId}`, as('leerkracht')));
  return { planId: plan.id, oppId };
}

export async function privacyWorld(engine: Engine): Promise<PrivacyWorld> {
  const world = await demoWorld(engine);
  let schoolleiderB = '';
  const cookieOf = (who: Who) =>
    who === 'schoolleiderB' ? schoolleiderB : who ? world.cookies[who] : undefined;
  const as = (who: Who) => ({ cookie: cookieOf(who) });
  const fetchRaw = (path: string, who: Who) =>
    Promise.resolve(
      createApi({ db: world.database.db, clock: () => TEST_NOW, trustProxy: false }).request(path, {
        headers: who ? { cookie: cookieOf(who) ?? '' } : {},
      }),
    );
  const nameOf = (id: string) => {
    const p = world.demo.pupil(id);
    return fullName({ roepnaam: p.roepnaam, voorvoegsel: p.voorvoegsel ?? null, achternaam: p.achternaam });
  };
  const email = 'directie.b@elders.example';
  await insertUser(world.database.db, {
    name: 'Directie B',
    email,
    role: 'schoolleider',
    schoolId: world.demo.schoolB,
  });
  schoolleiderB = await world.api.login(email);
  const { besprekingId, pupilId } = await frozenGroepsbespreking(world, as, nameOf);
  const { planId, oppId } = await recordsAbout(world, as, pupilId);
  return { world, pupilId, besprekingId, oppId, planId, as, fetchRaw, nameOf };
}
