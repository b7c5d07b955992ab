/** For the besprekingen tests: calls as a demo login, and the demo's facts they need. */
import type { DemoData } from '../../../demo/generator';
import type { LoginName } from '../../../testing/fixtures';
import { ok, type DemoWorld } from '../../../testing/world';
import type { BesprekingDetail, PupilsToDiscussResponse } from './besprekingen.schema';

/** The last schooljaar with results in the test demo; its groups are the ones a groepsbespreking reviews. */
export const LAST_YEAR = '2025-2026';

export function callers(world: DemoWorld) {
  const cookie = (who: LoginName | null) => (who ? world.cookies[who] : undefined);
  const call = <T = Record<string, unknown>>(
    who: LoginName | null,
    method: string,
    path: string,
    body?: unknown,
  ) => world.api.call<T>(method, path, { cookie: cookie(who), ...(body === undefined ? {} : { body }) });
  return {
    call,
    create: (who: LoginName | null, body: object, schoolId = world.demo.schoolA) =>
      call<BesprekingDetail>(who, 'POST', `/schools/${schoolId}/besprekingen`, body),
    read: (who: LoginName | null, id: string) => call<BesprekingDetail>(who, 'GET', `/besprekingen/${id}`),
    save: (who: LoginName | null, id: string, body: object) =>
      call<BesprekingDetail>(who, 'PUT', `/besprekingen/${id}`, body),
    status: (who: LoginName | null, id: string, body: object) =>
      call<BesprekingDetail>(who, 'POST', `/besprekingen/${id}/status`, body),
    toDiscuss: (who: LoginName | null, schoolId = world.demo.schoolA) =>
      call<PupilsToDiscussResponse>(who, 'GET', `/schools/${schoolId}/pupils-to-discuss`),
    periods: async (schooljaar: string, schoolId = world.demo.schoolA) =>
      ok(
        await call<{ periods: { id: string; endDate: string; closingKind: string | null }[] }>(
          'ib',
          'GET',
          `/schools/${schoolId}/periods?schooljaar=${schooljaar}`,
        ),
      ).periods,
  };
}

/** Pupils still placed in the group on the day: what the agenda of a period counts. */
export function pupilsInGroupOn(data: DemoData, groupId: string, day: string): string[] {
  return data.plaatsing
    .filter((p) => p.groep_id === groupId && (p.end_date == null || p.end_date >= day))
    .map((p) => p.leerling_id);
}
