/** Queries and changes for the session, schools, groups, pupils, the datamuur and the groepsoverzicht. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, del, get, post, put } from './client';
import { getEarly, getOnce } from './early';
import type { LoginResult } from './account';
import { queryKeys } from './keys';
import { withQuery } from './query-string';
import type {
  BestuurOverview,
  Datamuur,
  GroupAnalysis,
  Groepsoverzicht,
  GroepsoverzichtRow,
  EngineSettings,
  NormImportResult,
  NormList,
  Settings,
  GroupDetail,
  GroupList,
  Me,
  NewObservation,
  Observation,
  PupilAnalysis,
  PupilDetail,
  SchoolDetail,
  SchoolList,
} from './types';

const ME_PATH = '/auth/me';

/** Sends the session's request before the app's code has run; `useMe` receives its answer. */
export const prefetchMe = () => getEarly(ME_PATH);

/** The logged-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async () => {
      try {
        return await getOnce<Me>(ME_PATH);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The password step: a full login, or `{ mfa: 'required' }` when the code from the app follows. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => post<LoginResult>('/auth/login', input),
    onSuccess: (result) => {
      if (!('user' in result)) return;
      client.clear();
      client.setQueryData(queryKeys.me, result);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post('/auth/logout'),
    onSettled: () => {
      client.clear();
      client.setQueryData(queryKeys.me, null);
    },
  });
}

export const useSchools = (enabled = true) =>
  useQuery({ queryKey: queryKeys.schools, queryFn: () => get<SchoolList>('/schools'), enabled });

export const useSchool = (id: string) =>
  useQuery({ queryKey: queryKeys.school(id), queryFn: () => get<SchoolDetail>(`/schools/${id}`) });

export const useGroups = (schoolId: string, schooljaar: string | undefined) =>
  useQuery({
    queryKey: queryKeys.groups(schoolId, schooljaar),
    queryFn: () => get<GroupList>(withQuery(`/schools/${schoolId}/groups`, { schooljaar })),
  });

export const useGroup = (id: string) =>
  useQuery({ queryKey: queryKeys.group(id), queryFn: () => get<GroupDetail>(`/groups/${id}`) });

export const usePupil = (id: string) =>
  useQuery({ queryKey: queryKeys.pupil(id), queryFn: () => get<PupilDetail>(`/pupils/${id}`) });

export const usePupilAnalysis = (id: string) =>
  useQuery({
    queryKey: queryKeys.pupilAnalysis(id),
    queryFn: () => get<PupilAnalysis>(`/pupils/${id}/analysis`),
  });

export function useAddObservation(pupilId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewObservation) =>
      post<{ observation: Observation }>(`/pupils/${pupilId}/observations`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.pupil(pupilId) }),
  });
}

export const useBestuurOverview = (enabled = true) =>
  useQuery({
    queryKey: queryKeys.bestuur,
    queryFn: () => get<BestuurOverview>('/bestuur/overview'),
    enabled,
  });

export const useNorms = (schoolId: string) =>
  useQuery({
    queryKey: queryKeys.norms(schoolId),
    queryFn: () => get<NormList>(withQuery('/norms', { schoolId })),
  });

export function useImportNorms(schoolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { csv: string; label: string | null }) =>
      post<NormImportResult>('/norms/import', { ...input, schoolId }),
    // New norms change computed levels everywhere: drop every cached analysis.
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useSettings = (schoolId: string) =>
  useQuery({
    queryKey: queryKeys.settings(schoolId),
    queryFn: () => get<Settings>(`/schools/${schoolId}/settings`),
  });

export function useSaveSettings(schoolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: EngineSettings) => put<Settings>(`/schools/${schoolId}/settings`, settings),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Sends the datamuur's request before the page's code has loaded; `useDatamuur` receives its answer. */
export const prefetchDatamuur = (path: string, params: Record<string, string | null>) =>
  getEarly(withQuery(path, params));

/** The wall of a group (`/groups/:id/datamuur`) or of a jaargroep across the school. */
export const useDatamuur = (path: string, params: Record<string, string | null>) => {
  const url = withQuery(path, params);
  return useQuery({
    queryKey: queryKeys.datamuur(path, url),
    queryFn: () => getOnce<Datamuur>(url),
    placeholderData: (previous) => previous,
  });
};

export const useGroupAnalysis = (id: string) =>
  useQuery({
    queryKey: queryKeys.groupAnalysis(id),
    queryFn: () => get<GroupAnalysis>(`/groups/${id}/analysis`),
  });

/** A teacher's placement of a pupil in an instruction group, or (without instructie) back to the data's. */
export function usePlacement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      pupilId: string;
      vak: string;
      schooljaar: string;
      moment: string;
      instructie?: string;
      reason?: string;
    }) => {
      const { pupilId, ...rest } = input;
      if (rest.instructie) return put(`/pupils/${pupilId}/placement`, rest);
      const { vak, schooljaar, moment } = rest;
      return del(withQuery(`/pupils/${pupilId}/placement`, { vak, schooljaar, moment }));
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.datamuurAll });
      void client.invalidateQueries({ queryKey: queryKeys.groupsAll });
      void client.invalidateQueries({ queryKey: queryKeys.pupilsAll });
    },
  });
}

export const useGroepsoverzicht = (id: string, periode: string | null) =>
  useQuery({
    queryKey: queryKeys.groepsoverzicht(id, periode),
    queryFn: () => get<Groepsoverzicht>(withQuery(`/groups/${id}/groepsoverzicht`, { periode })),
  });

export type RowTexts = Pick<
  GroepsoverzichtRow,
  'stimulerend' | 'belemmerend' | 'behoeftePedagogisch' | 'behoefteDidactisch'
>;

/** One pupil's row of the groepsoverzicht, naming the version it builds on (0: nobody saved it yet). */
export const saveGroepsoverzichtRow = (
  row: { groupId: string; pupilId: string; periodeId: string },
  texts: RowTexts,
  version: number,
) =>
  put<GroepsoverzichtRow>(`/groups/${row.groupId}/groepsoverzicht/${row.pupilId}`, {
    periodeId: row.periodeId,
    version,
    ...texts,
  });

/** Moves one pupil to another cluster of a vak in the groepsoverzicht. */
export function useMoveToCluster(groupId: string, periodeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { vak: string; pupilId: string; cluster: string }) =>
      put(`/groups/${groupId}/clusters`, {
        periodeId,
        vak: input.vak,
        assignments: [{ leerlingId: input.pupilId, cluster: input.cluster }],
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.groepsoverzichtAll(groupId) }),
  });
}
