/**
 * Care records of school A for the route-wide checks (routes.test.ts): a groepsbespreking, an
 * afspraak, a verzorger and a toestemming, made through the API as the IB.
 */
import { LOGIN } from '../../../testing/fixtures';
import { ok, type DemoWorld } from '../../../testing/world';

export async function careRecordsOfSchool(
  world: DemoWorld,
  at: { schoolId: string; groupId: string; pupilId: string; periodeId: string },
) {
  const asIb = { cookie: world.cookies.ib };
  const bespreking = ok(
    await world.api.call<{ id: string }>('POST', `/schools/${at.schoolId}/besprekingen`, {
      ...asIb,
      body: {
        kind: 'groepsbespreking',
        groepId: at.groupId,
        periodeId: at.periodeId,
        plannedOn: '2026-12-10',
      },
    }),
    201,
  );
  const afspraak = ok(
    await world.api.call<{ id: string }>('POST', `/schools/${at.schoolId}/afspraken`, {
      ...asIb,
      body: {
        text: 'Rekenen: aanpak bespreken',
        ownerUserId: world.demo.account(LOGIN.leerkracht).id,
        besprekingId: bespreking.id,
      },
    }),
    201,
  );
  const zorg = ok(
    await world.api.call<{ verzorgers: { id: string }[] }>('POST', `/pupils/${at.pupilId}/verzorgers`, {
      ...asIb,
      body: { name: 'Ouder van de leerling', relation: 'moeder', gezag: true },
    }),
    201,
  );
  const consent = ok(
    await world.api.call<{ toestemmingen: { id: string }[] }>('POST', `/pupils/${at.pupilId}/toestemmingen`, {
      ...asIb,
      body: { scope: 'extern_deskundige', description: 'Orthopedagoog', given: true, givenOn: '2026-11-01' },
    }),
    201,
  );
  return {
    groepId: at.groupId,
    besprekingId: bespreking.id,
    afspraakId: afspraak.id,
    verzorgerId: zorg.verzorgers[0]?.id,
    toestemmingId: consent.toestemmingen[0]?.id,
  };
}
