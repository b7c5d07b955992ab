/** The SEO import: inspect a social-emotional export, then check (preview) or import (apply) it. */
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SeoInspectResponse, SeoReportSchema } from '../../server/features/imports/seo-import.schema';
import { post } from './client';
import { withQuery } from './query-string';
import { uploadFile } from './upload';

export type SeoInspection = z.infer<typeof SeoInspectResponse>;
export type SeoReport = z.infer<typeof SeoReportSchema>;

/** The header (found, or the line picked), the title block, a few rows and the proposed mapping. */
export const inspectSeo = (file: File, schoolId: string, headerRow: number | null) =>
  uploadFile<SeoInspection>(
    withQuery('/imports/seo/inspect', { schoolId, headerRow, filename: file.name }),
    file,
  );

export const uploadSeo = (
  file: File,
  input: { mode: 'preview' | 'apply'; schoolId: string; config: string },
) =>
  uploadFile<SeoReport>(
    withQuery('/imports/seo', {
      mode: input.mode,
      schoolId: input.schoolId,
      filename: file.name,
      config: input.config,
    }),
    file,
  );

/** Adds a school's own list (its name and scales), so files of it can be imported. */
export function useAddSeoList(schoolId: string) {
  return useMutation({
    mutationFn: (input: { name: string; scales: { name: string }[] }) =>
      post<unknown>(`/schools/${schoolId}/seo-lijsten`, input),
  });
}
