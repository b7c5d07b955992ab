/** Queries and changes for the beheer screens: accounts, roles, the groups of a teacher, schools. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, put } from './client';
import { queryKeys } from './keys';
import type {
  AdminGroups,
  AdminSchool,
  AdminSchools,
  AdminUser,
  AdminUsers,
  NewRole,
  NewSchool,
  NewUser,
} from './types';

export const useAdminUsers = () =>
  useQuery({ queryKey: queryKeys.adminUsers, queryFn: () => get<AdminUsers>('/admin/users') });
export const useAdminSchools = (enabled = true) =>
  useQuery({
    queryKey: queryKeys.adminSchools,
    queryFn: () => get<AdminSchools>('/admin/schools'),
    enabled,
  });
export const useAdminGroups = (schoolId: string | null) =>
  useQuery({
    queryKey: queryKeys.adminGroups(schoolId ?? ''),
    queryFn: () => get<AdminGroups>(`/admin/schools/${schoolId ?? ''}/groups`),
    enabled: schoolId !== null,
  });

function useAdminMutation<I, O>(fn: (input: I) => Promise<O>, key: readonly string[]) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export const useCreateUser = () =>
  useAdminMutation(
    // Without a password the answer carries `link`, a one-time link to show once.
    (input: NewUser) => post<{ user: AdminUser; link?: string }>('/admin/users', input),
    queryKeys.adminUsers,
  );
export const useUpdateUser = () =>
  useAdminMutation(
    ({ userId, ...body }: { userId: string; active?: boolean; name?: string; password?: string }) =>
      patch<{ user: AdminUser }>(`/admin/users/${userId}`, body),
    queryKeys.adminUsers,
  );
export const useGrantRole = () =>
  useAdminMutation(
    ({ userId, ...grant }: NewRole & { userId: string }) =>
      post<{ user: AdminUser }>(`/admin/users/${userId}/roles`, grant),
    queryKeys.adminUsers,
  );
export const useRevokeRole = () =>
  useAdminMutation(
    ({ userId, assignmentId }: { userId: string; assignmentId: string }) =>
      del<{ user: AdminUser }>(`/admin/users/${userId}/roles/${assignmentId}`),
    queryKeys.adminUsers,
  );
export const useSetTeacherGroups = () =>
  useAdminMutation(
    ({ userId, ...body }: { userId: string; schoolId: string; schooljaar: string; groupIds: string[] }) =>
      put<{ user: AdminUser }>(`/admin/users/${userId}/groups`, body),
    queryKeys.adminUsers,
  );
export const useCreateSchool = () =>
  useAdminMutation(
    (input: NewSchool) => post<{ school: AdminSchool }>('/admin/schools', input),
    queryKeys.adminSchools,
  );
export const useUpdateSchool = () =>
  useAdminMutation(
    ({ schoolId, ...body }: { schoolId: string; name?: string; schoolweging?: number | null }) =>
      patch<{ school: AdminSchool }>(`/admin/schools/${schoolId}`, body),
    queryKeys.adminSchools,
  );
