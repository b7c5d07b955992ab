import { Alert, Button, Checkbox, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { inspectResults, uploadResults } from '../../api/imports';
import type { ResultsInspection, ResultsReport } from '../../api/types';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { MappingEditor } from './MappingEditor';
import { configOf, EMPTY_CONSTANTS, type Constants, type Mapping } from './mapping';
import { ProblemList } from './ProblemList';
import { progressLabel, type ImportLine } from './report';

/** The upload's progress: the share of the file sent, and what the server says it is doing. */
function useUploadProgress() {
  const { t } = useI18n();
  const [progress, setProgress] = useState<{ sent: number; label: string } | null>(null);
  return {
    progress,
    start: () => setProgress({ sent: 0, label: t.imports.uploading }),
    sent: (sent: number) => setProgress((prev) => ({ sent, label: prev?.label ?? t.imports.uploading })),
    said: (label: string) => setProgress((prev) => ({ sent: prev?.sent ?? 1, label })),
    done: () => setProgress(null),
  };
}

/**
 * A results file in three steps: inspect it (columns and a suggested mapping), check it with the
 * mapping (preview), import it. The server streams progress lines while it reads and saves.
 */
/** The file and what the server read from it: its columns, and the mapping to start from. */
function useInspection(schoolId: string, outcome: { reset(): void; fail(e: unknown): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<ResultsInspection | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const inspect = async () => {
    if (!file) return;
    outcome.reset();
    try {
      const result = await inspectResults(file, schoolId);
      setInspection(result);
      const matching = result.savedMappings.find((m) => m.matchesHeaders);
      setMapping({ ...(matching?.mapping ?? result.suggestion.mapping) });
    } catch (e) {
      outcome.fail(e);
    }
  };
  const chooseFile = (f: File | null) => {
    setFile(f);
    setInspection(null);
  };
  return { file, chooseFile, inspection, mapping, setMapping, inspect };
}

function useResultsImport(schoolId: string) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [constants, setConstants] = useState<Constants>(EMPTY_CONSTANTS);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [report, setReport] = useState<ResultsReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const upload = useUploadProgress();
  const reset = () => {
    setError(null);
    setReport(null);
  };
  const source = useInspection(schoolId, { reset, fail: setError });

  const onLine = (raw: unknown) => {
    const line = raw as ImportLine;
    const label = progressLabel(line, t);
    if (label !== null) upload.said(label);
    if (line.type === 'report' && line.report) setReport(line.report);
    if (line.type === 'error') setError(new Error(line.error?.message));
  };

  const run = async (mode: 'preview' | 'apply') => {
    if (!source.file) return;
    setError(null);
    upload.start();
    try {
      const config = configOf(source.mapping, constants);
      const on = { onProgress: (p: { sent: number }) => upload.sent(p.sent), onLine };
      await uploadResults(source.file, { mode, schoolId, skipInvalid, config }, on);
      if (mode === 'apply') await client.invalidateQueries();
    } catch (e) {
      setError(e);
    } finally {
      upload.done();
    }
  };

  return {
    ...source,
    setFile(f: File | null) {
      source.chooseFile(f);
      setReport(null);
    },
    setMapping(m: Mapping) {
      source.setMapping(m);
      setReport(null);
    },
    constants,
    setConstants(c: Constants) {
      setConstants(c);
      setReport(null);
    },
    skipInvalid,
    setSkipInvalid,
    report,
    progress: upload.progress,
    error,
    run,
  };
}

function ResultsReportView({ report }: { report: ResultsReport }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" aria-live="polite">
      {report.status === 'refused' && (
        <Alert color="red" variant="light" role="alert">
          {t.imports.refused}
        </Alert>
      )}
      {report.status === 'imported' && (
        <Text c="green.9" fw={600} role="status">
          {t.imports.imported}
        </Text>
      )}
      {report.status === 'preview' && <Text size="sm">{t.imports.preview}</Text>}
      <Text size="sm">
        {t.imports.rowsSummary(report.rows.total, report.rows.valid, report.rows.invalid)}
      </Text>
      {report.status !== 'refused' && (
        <Text size="sm">
          {t.imports.resultsSummary(report.counts.new, report.counts.changed, report.counts.unchanged)}
        </Text>
      )}
      {report.newToetsen.length > 0 && (
        <Text size="sm">{t.imports.newToetsen(report.newToetsen.join(', '))}</Text>
      )}
      <ProblemList problems={report.problems} />
    </Stack>
  );
}

/** A streamed error line carries the server's message as it is; other errors get the usual text. */
function ImportError({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <Alert color="red" variant="light" role="alert">
      {error instanceof Error && !(error as { code?: string }).code ? error.message : errorMessage(error, t)}
    </Alert>
  );
}

export function ResultsImport({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const job = useResultsImport(schoolId);
  const { inspection, progress, report } = job;
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <FileInput
          label={t.imports.chooseFile}
          description={t.imports.resultsFile}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={job.file}
          onChange={job.setFile}
          w={420}
          clearable
          clearButtonProps={{ 'aria-label': t.app.clearFile }}
        />
        <Button onClick={() => void job.inspect()} disabled={!job.file}>
          {t.imports.check}
        </Button>
      </Group>
      {job.error !== null && <ImportError error={job.error} />}
      {inspection && (
        <>
          <Text size="sm" c="dimmed">
            {inspection.format ? t.imports.fileInfo(inspection.format, inspection.encoding) : ''}
          </Text>
          <MappingEditor
            schoolId={schoolId}
            inspection={inspection}
            mapping={job.mapping}
            onMapping={job.setMapping}
            constants={job.constants}
            onConstants={job.setConstants}
          />
          <Checkbox
            label={t.imports.skipInvalid}
            checked={job.skipInvalid}
            onChange={(e) => job.setSkipInvalid(e.currentTarget.checked)}
          />
          <Group>
            <Button variant="default" onClick={() => void job.run('preview')} disabled={progress !== null}>
              {t.imports.check}
            </Button>
            <Button
              onClick={() => void job.run('apply')}
              disabled={progress !== null || report?.status !== 'preview'}
            >
              {t.imports.importNow}
            </Button>
          </Group>
        </>
      )}
      {progress && (
        <Stack gap={4} aria-live="polite">
          <Text size="sm">{progress.label}</Text>
          <Progress value={Math.round(progress.sent * 100)} animated aria-label={progress.label} />
        </Stack>
      )}
      {report && <ResultsReportView report={report} />}
    </Stack>
  );
}
