/**
 * Changes of a pupil's care record: the zorgniveau, the verzorgers and their toestemmingen. Every
 * answer is the pupil's whole care record (GET /pupils/{id}/zorg, read with `usePupilZorg` in zorg.ts),
 * which becomes the page's copy at once.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  PupilZorgResponse,
  ToestemmingBody,
  VerzorgerBody,
  ZorgniveauBody,
} from '../../server/features/zorg/zorg.schema';
import { del, post, put } from './client';
import { queryKeys } from './keys';

export type Verzorger = PupilZorgResponse['verzorgers'][number];
export type Toestemming = PupilZorgResponse['toestemmingen'][number];
export type ToestemmingScope = Toestemming['scope'];
export type ZorgniveauEntry = PupilZorgResponse['zorgniveau']['history'][number];
export type NewZorgniveau = z.input<typeof ZorgniveauBody>;
export type VerzorgerInput = z.input<typeof VerzorgerBody>;
export type NewToestemming = z.input<typeof ToestemmingBody>;

/**
 * The answer is the pupil's care record; the besprekingen (consent warning, participants) and the
 * other care lists may show what changed, so they are read again.
 */
function usePupilZorgMutation<I>(pupilId: string, fn: (input: I) => Promise<PupilZorgResponse>) {
  const client = useQueryClient();
  const own = queryKeys.pupilZorg(pupilId);
  return useMutation({
    mutationFn: fn,
    onSuccess: (zorg) => {
      client.setQueryData(own, zorg);
      return client.invalidateQueries({
        queryKey: queryKeys.zorgAll,
        predicate: (q) => !own.every((part, i) => q.queryKey[i] === part),
      });
    },
  });
}

export const useSetZorgniveau = (pupilId: string) =>
  usePupilZorgMutation(pupilId, (input: NewZorgniveau) =>
    put<PupilZorgResponse>(`/pupils/${pupilId}/zorgniveau`, input),
  );

export const useAddVerzorger = (pupilId: string) =>
  usePupilZorgMutation(pupilId, (input: VerzorgerInput) =>
    post<PupilZorgResponse>(`/pupils/${pupilId}/verzorgers`, input),
  );

export const useChangeVerzorger = (pupilId: string) =>
  usePupilZorgMutation(pupilId, ({ id, ...input }: VerzorgerInput & { id: string }) =>
    put<PupilZorgResponse>(`/verzorgers/${id}`, input),
  );

export const useRemoveVerzorger = (pupilId: string) =>
  usePupilZorgMutation(pupilId, (id: string) => del<PupilZorgResponse>(`/verzorgers/${id}`));

export const useAddToestemming = (pupilId: string) =>
  usePupilZorgMutation(pupilId, (input: NewToestemming) =>
    post<PupilZorgResponse>(`/pupils/${pupilId}/toestemmingen`, input),
  );

export const useWithdrawToestemming = (pupilId: string) =>
  usePupilZorgMutation(pupilId, ({ id, withdrawnOn }: { id: string; withdrawnOn: string }) =>
    post<PupilZorgResponse>(`/toestemmingen/${id}/withdraw`, { withdrawnOn }),
  );
