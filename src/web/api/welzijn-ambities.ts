/**
 * Ambitions on social safety and satisfaction, with their verdicts. Types come from the server's zod
 * schemas, as types only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  SetWelzijnAmbitionBody,
  WelzijnAmbitionListResponse,
  WelzijnAmbitionResponse,
} from '../../server/features/welzijn-ambities/welzijn-ambities.schema';
import { del, get, put } from './client';
import { queryKeys } from './keys';

export type WelzijnAmbitionList = WelzijnAmbitionListResponse;
export type WelzijnAmbition = WelzijnAmbitionResponse;
export type SetWelzijnAmbition = z.infer<typeof SetWelzijnAmbitionBody>;

export const useWelzijnAmbitions = (schoolId: string, schooljaar: string) =>
  useQuery({
    queryKey: queryKeys.welzijnAmbities(schoolId, schooljaar),
    queryFn: () =>
      get<WelzijnAmbitionList>(
        `/schools/${schoolId}/welzijn-ambities?schooljaar=${encodeURIComponent(schooljaar)}`,
      ),
  });

function useWelzijnMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.ogwAll }),
  });
}

export const useSetWelzijnAmbition = (schoolId: string) =>
  useWelzijnMutation((input: SetWelzijnAmbition) =>
    put<WelzijnAmbition>(`/schools/${schoolId}/welzijn-ambities`, input),
  );

export const useDeleteWelzijnAmbition = () =>
  useWelzijnMutation((id: string) => del<{ id: string }>(`/welzijn-ambities/${id}`));
