/**
 * Satisfaction (tevredenheid) of pupils, parents and team: per respondent group and theme every survey
 * with N, and the import of a survey tool's results file. Types come from the server's zod schemas, as
 * types only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TevredenheidImportReport as ImportReportSchema,
  TevredenheidResponse,
} from '../../server/features/tevredenheid/tevredenheid.schema';
import { get } from './client';
import { queryKeys } from './keys';
import { uploadFile } from './upload';

export type Tevredenheid = TevredenheidResponse;
export type SurveyGroup = Tevredenheid['groepen'][number];
export type SurveyTheme = SurveyGroup['themas'][number];
export type SurveyPoint = SurveyTheme['points'][number];
export type TevredenheidImportReport = z.infer<typeof ImportReportSchema>;

export const useTevredenheid = (schoolId: string) =>
  useQuery({
    queryKey: queryKeys.tevredenheid(schoolId),
    queryFn: () => get<Tevredenheid>(`/schools/${schoolId}/tevredenheid`),
  });

/** A survey file, all or nothing; afterwards every OGW view is read again, as they may show satisfaction. */
export function useImportTevredenheid(schoolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<TevredenheidImportReport>(`/schools/${schoolId}/imports/tevredenheid`, file),
    onSuccess: (report) =>
      report.status === 'imported' ? client.invalidateQueries({ queryKey: queryKeys.ogwAll }) : undefined,
  });
}
