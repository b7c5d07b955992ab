import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, del, get, patch, post, put } from './client';
import type {
  AdminGroups,
  AdminSchool,
  AdminSchools,
  AdminUser,
  AdminUsers,
  BestuurOverview,
  Datamuur,
  GroupAnalysis,
  Groepsoverzicht,
  EngineSettings,
  NormImportResult,
  NormList,
  Settings,
  GroupDetail,
  GroupList,
  Me,
  NewObservation,
  NewRole,
  NewSchool,
  NewUser,
  Observation,
  PupilAnalysis,
  PupilDetail,
  SchoolDetail,
  SchoolList,
} from './types';

export const keys = {
  me: ['me'] as const,
  schools: ['schools'] as const,
  school: (id: string) => ['schools', id] as const,
  groups: (schoolId: string, schooljaar: string | undefined) =>
    ['schools', schoolId, 'groups', schooljaar ?? 'current'] as const,
  group: (id: string) => ['groups', id] as const,
  pupil: (id: string) => ['pupils', id] as const,
  pupilAnalysis: (id: string) => ['pupils', id, 'analysis'] as const,
  datamuur: (scope: string, params: string) => ['datamuur', scope, params] as const,
  groupAnalysis: (id: string) => ['groups', id, 'analysis'] as const,
  groepsoverzicht: (id: string, periode: string | null) =>
    ['groups', id, 'groepsoverzicht', periode ?? 'huidig'] as const,
  bestuur: ['bestuur'] as const,
  adminUsers: ['admin', 'users'] as const,
  norms: (schoolId: string) => ['norms', schoolId] as const,
  settings: (schoolId: string) => ['schools', schoolId, 'settings'] as const,
  adminSchools: ['admin', 'schools'] as const,
  adminGroups: (schoolId: string) => ['admin', 'schools', schoolId, 'groups'] as const,
};

/** The logged-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        return await get<Me>('/auth/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => post<Me>('/auth/login', input),
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(keys.me, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post('/auth/logout'),
    onSettled: () => {
      client.clear();
      client.setQueryData(keys.me, null);
    },
  });
}

export const useSchools = (enabled = true) =>
  useQuery({ queryKey: keys.schools, queryFn: () => get<SchoolList>('/schools'), enabled });

export const useSchool = (id: string) =>
  useQuery({ queryKey: keys.school(id), queryFn: () => get<SchoolDetail>(`/schools/${id}`) });

export function useGroups(schoolId: string, schooljaar: string | undefined) {
  const query = schooljaar ? `?schooljaar=${encodeURIComponent(schooljaar)}` : '';
  return useQuery({
    queryKey: keys.groups(schoolId, schooljaar),
    queryFn: () => get<GroupList>(`/schools/${schoolId}/groups${query}`),
  });
}

export const useGroup = (id: string) =>
  useQuery({ queryKey: keys.group(id), queryFn: () => get<GroupDetail>(`/groups/${id}`) });

export const usePupil = (id: string) =>
  useQuery({ queryKey: keys.pupil(id), queryFn: () => get<PupilDetail>(`/pupils/${id}`) });

export const usePupilAnalysis = (id: string) =>
  useQuery({ queryKey: keys.pupilAnalysis(id), queryFn: () => get<PupilAnalysis>(`/pupils/${id}/analysis`) });

export function useAddObservation(pupilId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewObservation) =>
      post<{ observation: Observation }>(`/pupils/${pupilId}/observations`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.pupil(pupilId) }),
  });
}

export const useBestuurOverview = (enabled = true) =>
  useQuery({ queryKey: keys.bestuur, queryFn: () => get<BestuurOverview>('/bestuur/overview'), enabled });

export const useAdminUsers = () =>
  useQuery({ queryKey: keys.adminUsers, queryFn: () => get<AdminUsers>('/admin/users') });
export const useAdminSchools = (enabled = true) =>
  useQuery({ queryKey: keys.adminSchools, queryFn: () => get<AdminSchools>('/admin/schools'), enabled });
export const useAdminGroups = (schoolId: string | null) =>
  useQuery({
    queryKey: keys.adminGroups(schoolId ?? ''),
    queryFn: () => get<AdminGroups>(`/admin/schools/${schoolId ?? ''}/groups`),
    enabled: schoolId !== null,
  });

function useAdminMutation<I, O>(fn: (input: I) => Promise<O>, key: readonly string[]) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export const useCreateUser = () =>
  useAdminMutation((input: NewUser) => post<{ user: AdminUser }>('/admin/users', input), keys.adminUsers);
export const useUpdateUser = () =>
  useAdminMutation(
    ({ userId, ...body }: { userId: string; active?: boolean; name?: string; password?: string }) =>
      patch<{ user: AdminUser }>(`/admin/users/${userId}`, body),
    keys.adminUsers,
  );
export const useGrantRole = () =>
  useAdminMutation(
    ({ userId, ...grant }: NewRole & { userId: string }) =>
      post<{ user: AdminUser }>(`/admin/users/${userId}/roles`, grant),
    keys.adminUsers,
  );
export const useRevokeRole = () =>
  useAdminMutation(
    ({ userId, assignmentId }: { userId: string; assignmentId: string }) =>
      del<{ user: AdminUser }>(`/admin/users/${userId}/roles/${assignmentId}`),
    keys.adminUsers,
  );
export const useSetTeacherGroups = () =>
  useAdminMutation(
    ({ userId, ...body }: { userId: string; schoolId: string; schooljaar: string; groupIds: string[] }) =>
      put<{ user: AdminUser }>(`/admin/users/${userId}/groups`, body),
    keys.adminUsers,
  );
export const useCreateSchool = () =>
  useAdminMutation(
    (input: NewSchool) => post<{ school: AdminSchool }>('/admin/schools', input),
    keys.adminSchools,
  );
export const useUpdateSchool = () =>
  useAdminMutation(
    ({ schoolId, ...body }: { schoolId: string; name?: string; schoolweging?: number | null }) =>
      patch<{ school: AdminSchool }>(`/admin/schools/${schoolId}`, body),
    keys.adminSchools,
  );

export const useNorms = (schoolId: string) =>
  useQuery({
    queryKey: keys.norms(schoolId),
    queryFn: () => get<NormList>(`/norms?schoolId=${encodeURIComponent(schoolId)}`),
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
    queryKey: keys.settings(schoolId),
    queryFn: () => get<Settings>(`/schools/${schoolId}/settings`),
  });

export function useSaveSettings(schoolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: EngineSettings) => put<Settings>(`/schools/${schoolId}/settings`, settings),
    onSuccess: () => client.invalidateQueries(),
  });
}

export const useDatamuur = (path: string, params: URLSearchParams) =>
  useQuery({
    queryKey: keys.datamuur(path, params.toString()),
    queryFn: () => get<Datamuur>(`${path}?${params.toString()}`),
    placeholderData: (previous) => previous,
  });

export const useGroupAnalysis = (id: string) =>
  useQuery({ queryKey: keys.groupAnalysis(id), queryFn: () => get<GroupAnalysis>(`/groups/${id}/analysis`) });

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
      const q = new URLSearchParams({ vak: rest.vak, schooljaar: rest.schooljaar, moment: rest.moment });
      return del(`/pupils/${pupilId}/placement?${q.toString()}`);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['datamuur'] });
      void client.invalidateQueries({ queryKey: ['groups'] });
      void client.invalidateQueries({ queryKey: ['pupils'] });
    },
  });
}

export const useGroepsoverzicht = (id: string, periode: string | null) =>
  useQuery({
    queryKey: keys.groepsoverzicht(id, periode),
    queryFn: () =>
      get<Groepsoverzicht>(
        `/groups/${id}/groepsoverzicht${periode ? `?periode=${encodeURIComponent(periode)}` : ''}`,
      ),
  });
