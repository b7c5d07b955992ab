/** Queries and changes for ambitions, the schooloverzicht, trends, the bestuur grid and teambesprekingen. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from './client';
import { queryKeys } from './keys';
import { withQuery } from './query-string';
import type {
  Ambition,
  AmbitionList,
  AmbitionTarget,
  BestuurGrid,
  NewAmbition,
  Schooloverzicht,
  Teambespreking,
  TeambesprekingItems,
  Trends,
} from './types';

export const useSchooloverzicht = (schoolId: string, schooljaar: string | null, moment: string | null) =>
  useQuery({
    queryKey: queryKeys.schooloverzicht(schoolId, schooljaar, moment),
    queryFn: () =>
      get<Schooloverzicht>(withQuery(`/schools/${schoolId}/schooloverzicht`, { schooljaar, moment })),
    placeholderData: (previous) => previous,
  });

export const useAmbitions = (schoolId: string, schooljaar: string | null) =>
  useQuery({
    queryKey: queryKeys.ambitions(schoolId, schooljaar),
    queryFn: () => get<AmbitionList>(withQuery(`/schools/${schoolId}/ambitions`, { schooljaar })),
    placeholderData: (previous) => previous,
  });

function useOgwMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.ogwAll }),
  });
}

export const useCreateAmbition = (schoolId: string) =>
  useOgwMutation((input: NewAmbition) => post<Ambition>(`/schools/${schoolId}/ambitions`, input));

export const useChangeAmbition = () =>
  useOgwMutation(
    (input: {
      id: string;
      version: number;
      target?: AmbitionTarget;
      evaluation?: string | null;
      status?: 'actief' | 'vervallen';
      reason: string;
      decidedBy?: string;
    }) => {
      const { id, ...body } = input;
      return put<Ambition>(`/ambitions/${id}`, body);
    },
  );

export const useCopyAmbitions = (schoolId: string) =>
  useOgwMutation((input: { from: string; to: string }) =>
    post<{ copied: number; skipped: number }>(`/schools/${schoolId}/ambitions/copy`, input),
  );

export const useTrends = (schoolId: string, params: Record<string, string | null>) =>
  useQuery({
    queryKey: queryKeys.trends(schoolId, params),
    queryFn: () => get<Trends>(withQuery(`/schools/${schoolId}/trends`, params)),
    placeholderData: (previous) => previous,
  });

export const useBestuurGrid = (params: Record<string, string | null>) =>
  useQuery({
    queryKey: queryKeys.bestuurGrid(params),
    queryFn: () => get<BestuurGrid>(withQuery('/bestuur/schooloverzicht', params)),
    placeholderData: (previous) => previous,
  });

export const useTeambesprekingen = (schoolId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.teambesprekingen(schoolId),
    queryFn: () => get<TeambesprekingItems>(`/schools/${schoolId}/teambesprekingen`),
    enabled,
  });

export const useTeambespreking = (id: string) =>
  useQuery({
    queryKey: queryKeys.teambespreking(id),
    queryFn: () => get<Teambespreking>(`/teambesprekingen/${id}`),
  });

export const useCreateTeambespreking = (schoolId: string) =>
  useOgwMutation((input: { schooljaar: string; moment: string; heldOn: string }) =>
    post<Teambespreking>(`/schools/${schoolId}/teambesprekingen`, input),
  );

/** The team's answers, naming the version they build on; a 409 carries the bespreking as saved meanwhile. */
export const saveTeambesprekingAnswers = (id: string, answers: Teambespreking['answers'], version: number) =>
  put<Teambespreking>(`/teambesprekingen/${id}`, { version, answers });
