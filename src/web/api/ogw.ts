/** Queries and changes for ambitions, the schooloverzicht, trends, the bestuur grid and teambesprekingen. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from './client';
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

export const withQuery = (path: string, params: Record<string, string | null | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const text = q.toString();
  return text ? `${path}?${text}` : path;
};

export const useSchooloverzicht = (schoolId: string, schooljaar: string | null, moment: string | null) =>
  useQuery({
    queryKey: ['ogw', 'overzicht', schoolId, schooljaar ?? '', moment ?? ''],
    queryFn: () =>
      get<Schooloverzicht>(withQuery(`/schools/${schoolId}/schooloverzicht`, { schooljaar, moment })),
    placeholderData: (previous) => previous,
  });

export const useAmbitions = (schoolId: string, schooljaar: string | null) =>
  useQuery({
    queryKey: ['ogw', 'ambities', schoolId, schooljaar ?? ''],
    queryFn: () => get<AmbitionList>(withQuery(`/schools/${schoolId}/ambitions`, { schooljaar })),
    placeholderData: (previous) => previous,
  });

function useOgwMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['ogw'] }) });
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
    queryKey: ['ogw', 'trends', schoolId, JSON.stringify(params)],
    queryFn: () => get<Trends>(withQuery(`/schools/${schoolId}/trends`, params)),
    placeholderData: (previous) => previous,
  });

export const useBestuurGrid = (params: Record<string, string | null>) =>
  useQuery({
    queryKey: ['ogw', 'bestuur', JSON.stringify(params)],
    queryFn: () => get<BestuurGrid>(withQuery('/bestuur/schooloverzicht', params)),
    placeholderData: (previous) => previous,
  });

export const useTeambesprekingen = (schoolId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['ogw', 'teambesprekingen', schoolId],
    queryFn: () => get<TeambesprekingItems>(`/schools/${schoolId}/teambesprekingen`),
    enabled,
  });

export const useTeambespreking = (id: string) =>
  useQuery({
    queryKey: ['ogw', 'teambespreking', id],
    queryFn: () => get<Teambespreking>(`/teambesprekingen/${id}`),
  });

export const useCreateTeambespreking = (schoolId: string) =>
  useOgwMutation((input: { schooljaar: string; moment: string; heldOn: string }) =>
    post<Teambespreking>(`/schools/${schoolId}/teambesprekingen`, input),
  );
