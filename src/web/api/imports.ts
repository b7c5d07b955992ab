/** The imports: EDEXML (pupils, groups, staff) and results files, both uploaded as they are. */
import { useMutation } from '@tanstack/react-query';
import { put } from './client';
import { withQuery } from './query-string';
import type { EdexmlReport, ResultsInspection } from './types';
import { uploadFile, type UploadProgress } from './upload';

/** Checks (preview) or imports (apply) an EDEXML file; without a school, the file's BRIN decides. */
export const uploadEdexml = (
  file: File,
  input: { mode: 'preview' | 'apply'; schoolId: string | null; createInBestuurId?: string | undefined },
) =>
  uploadFile<EdexmlReport>(
    withQuery('/imports/edexml', {
      mode: input.mode,
      filename: file.name,
      schoolId: input.schoolId,
      createInBestuurId: input.createInBestuurId,
    }),
    file,
  );

/** Reads a results file's columns and a few rows, with a suggested mapping and the school's saved ones. */
export const inspectResults = (file: File, schoolId: string) =>
  uploadFile<ResultsInspection>(withQuery('/imports/results/inspect', { schoolId }), file);

/** Checks or imports a results file; the server streams progress lines and ends with the report. */
export const uploadResults = (
  file: File,
  input: { mode: 'preview' | 'apply'; schoolId: string; skipInvalid: boolean; config: string },
  on: { onProgress(p: UploadProgress): void; onLine(line: unknown): void },
) =>
  uploadFile<undefined>(
    withQuery('/imports/results', {
      mode: input.mode,
      schoolId: input.schoolId,
      skipInvalid: input.skipInvalid,
      filename: file.name,
      config: input.config,
    }),
    file,
    on,
  );

/** Saves a column mapping under a name, so the next file of the same kind is read the same way. */
export function useSaveMapping(schoolId: string) {
  return useMutation({
    mutationFn: (input: {
      name: string;
      mapping: Record<string, number>;
      headers: string[];
      constants: Record<string, string>;
    }) => {
      const { name, ...body } = input;
      return put(`/schools/${schoolId}/import-mappings/${encodeURIComponent(name)}`, body);
    },
  });
}
