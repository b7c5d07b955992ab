/**
 * Social-emotional scores (ZIEN!, KanVAS, …) as imported: a pupil's over time, a group's latest of the
 * schooljaar per scale, and the scales a school has scores for (its signal rules). Types come from the
 * server's zod schemas, as types only.
 */
import { useQuery } from '@tanstack/react-query';
import type {
  GroupSeoResponse,
  PupilSeoResponse,
  SchoolSeoScalesResponse,
} from '../../server/features/seo-scores/seo-scores.schema';
import { get } from './client';
import { queryKeys } from './keys';

export type PupilSeo = PupilSeoResponse;
export type SeoScaleSeries = PupilSeo['instruments'][number]['lists'][number]['scales'][number];
export type SeoPointData = SeoScaleSeries['points'][number];
export type GroupSeo = GroupSeoResponse;
export type SchoolSeoScales = SchoolSeoScalesResponse;

export const usePupilSeo = (pupilId: string) =>
  useQuery({
    queryKey: queryKeys.pupilSeo(pupilId),
    queryFn: () => get<PupilSeo>(`/pupils/${pupilId}/seo`),
  });

export const useGroupSeo = (groupId: string) =>
  useQuery({
    queryKey: queryKeys.groupSeo(groupId),
    queryFn: () => get<GroupSeo>(`/groups/${groupId}/seo`),
  });

export const useSchoolSeoScales = (schoolId: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.schoolSeoScales(schoolId),
    queryFn: () => get<SchoolSeoScales>(`/schools/${schoolId}/seo/schalen`),
    enabled,
  });
