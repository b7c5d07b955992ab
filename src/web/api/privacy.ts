/**
 * Privacy (AVG): a pupil's inzage and verwijdering, the school's retention periods, its audit log, and
 * the beheerder's backup status. Types come from the server's zod schemas, as types only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { BackupStatusResponse } from '../../server/features/admin/admin-backups.schema';
import type {
  AuditListResponse,
  DeletePupilBody,
  DeletePupilResponse,
  RetentionResponse,
  RetentionSettings,
} from '../../server/features/privacy/privacy.schema';
import { get, post, put } from './client';
import { queryKeys } from './keys';
import { downloadHref, withQuery } from './query-string';

export type { AuditListResponse, RetentionSettings };
export type AuditEntry = AuditListResponse['entries'][number];
export type Retention = z.infer<typeof RetentionResponse>;
export type BackupStatus = z.infer<typeof BackupStatusResponse>;
export type DeletedPupil = z.infer<typeof DeletePupilResponse>;

/** The audit filter as the API names it; empty values are left out of the request. */
export interface AuditParams {
  leerlingId: string | null;
  userId: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
}

/** A plain link: the browser downloads the ZIP with the session cookie, and the server audits it. */
export const inzageHref = (pupilId: string) => downloadHref(`/pupils/${pupilId}/inzage`);

export const auditExportHref = (schoolId: string, params: AuditParams) =>
  downloadHref(`/schools/${schoolId}/audit/export`, { ...params });

export const useRetention = (schoolId: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.retention(schoolId),
    queryFn: () => get<Retention>(`/schools/${schoolId}/retention`),
    enabled,
  });

export function useSaveRetention(schoolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: RetentionSettings) => put<Retention>(`/schools/${schoolId}/retention`, settings),
    onSuccess: (data) => client.setQueryData(queryKeys.retention(schoolId), data),
  });
}

/** One page of the log; `before` is the previous page's `next` (undefined: the newest page). */
export const useAuditLog = (schoolId: string, params: AuditParams, before: string | undefined) =>
  useQuery({
    queryKey: queryKeys.audit(schoolId, { ...params, before: before ?? null }),
    queryFn: () => get<AuditListResponse>(withQuery(`/schools/${schoolId}/audit`, { ...params, before })),
    // The next page keeps the filters on screen while it loads.
    placeholderData: (previous) => previous,
  });

export function useDeletePupil(pupilId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DeletePupilBody) => post<DeletedPupil>(`/pupils/${pupilId}/delete`, body),
    onSuccess: async () => {
      // The pupil is gone: its own views are dropped rather than asked for again (they would be 404).
      client.removeQueries({ queryKey: queryKeys.pupil(pupilId) });
      client.removeQueries({ queryKey: queryKeys.pupilZorg(pupilId) });
      await Promise.all(
        [
          queryKeys.groupsAll,
          queryKeys.schools,
          queryKeys.zorgAll,
          queryKeys.datamuurAll,
          queryKeys.cycleAll,
        ].map((queryKey) => client.invalidateQueries({ queryKey })),
      );
    },
  });
}

export const useBackupStatus = (enabled = true) =>
  useQuery({
    queryKey: queryKeys.backups,
    queryFn: () => get<BackupStatus>('/admin/backups'),
    enabled,
    // The age is worked out by the server from its clock: always read afresh.
    staleTime: 0,
    refetchOnMount: 'always',
  });
