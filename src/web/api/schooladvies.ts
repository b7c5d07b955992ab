/**
 * The schooladvies of groep 8: the year's list with each pupil's advice, the doorstroomtoets, the
 * heroverweging and the outflow, and saving one pupil's record with the version the user saw. Types
 * come from the server's zod schemas, as types only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CohortsResponse,
  SaveAdviesBody,
  SavedAdviesResponse,
  SchooladviesListResponse,
  VoImportReport as VoImportReportSchema,
} from '../../server/features/schooladvies/schooladvies.schema';
import type { BestuurUitstroomResponse } from '../../server/features/bestuur/bestuur-uitstroom.schema';
import type { AdviceCode } from '../../domain/vo-advies';
import { get, put } from './client';
import { queryKeys } from './keys';
import { withQuery } from './query-string';
import { uploadFile } from './upload';

export type { AdviceCode };
export type SchooladviesList = z.infer<typeof SchooladviesListResponse>;
export type SchooladviesPupil = SchooladviesList['pupils'][number];
export type AdviesRecord = NonNullable<SchooladviesPupil['advies']>;
export type SaveAdvies = z.infer<typeof SaveAdviesBody>;
export type SavedAdvies = z.infer<typeof SavedAdviesResponse>;

export type Cohorts = z.infer<typeof CohortsResponse>;
export type CohortFigures = Cohorts['cohorts'][number];

/** Per cohort the outflow figures, withheld below ten pupils for whoever sees the school as bestuur. */
export const useCohorts = (schoolId: string) =>
  useQuery({
    queryKey: queryKeys.schooladviesCohorts(schoolId),
    queryFn: () => get<Cohorts>(`/schools/${schoolId}/schooladvies/cohorts`),
  });

/** One cohort's outflow per school of the bestuur and in all (the newest cohort when none is chosen). */
export const useBestuurUitstroom = (cohort: string | null) =>
  useQuery({
    queryKey: queryKeys.bestuurUitstroom(cohort),
    queryFn: () => get<BestuurUitstroomResponse>(withQuery('/bestuur/uitstroom', { cohort })),
    placeholderData: (previous) => previous,
  });

export const useSchooladvies = (schoolId: string, schooljaar: string | null) =>
  useQuery({
    queryKey: queryKeys.schooladvies(schoolId, schooljaar ?? ''),
    queryFn: () => get<SchooladviesList>(withQuery(`/schools/${schoolId}/schooladvies`, { schooljaar })),
    enabled: schooljaar !== null,
  });

export function useSaveAdvies(schoolId: string, schooljaar: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ pupilId, body }: { pupilId: string; body: SaveAdvies }) =>
      put<SavedAdvies>(`/pupils/${pupilId}/schooladvies`, body),
    // The list's counts (toets higher, heroverweging open) follow from every record: read it again.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.schooladvies(schoolId, schooljaar) }),
        client.invalidateQueries({ queryKey: queryKeys.schooladviesCohorts(schoolId) }),
      ]),
  });
}

export type VoImportReport = z.infer<typeof VoImportReportSchema>;

/** The VO's feedback file, all or nothing; afterwards every year's list is read again. */
export function useImportVo(schoolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<VoImportReport>(`/schools/${schoolId}/imports/vo-terugkoppeling`, file),
    onSuccess: (report) =>
      report.status === 'imported'
        ? client.invalidateQueries({ queryKey: queryKeys.schooladviesAll(schoolId) })
        : undefined,
  });
}
