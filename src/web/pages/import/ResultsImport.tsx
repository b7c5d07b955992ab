import { Alert, Button, Checkbox, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ResultsInspection, ResultsReport } from '../../api/types';
import { uploadFile } from '../../api/upload';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { configOf, EMPTY_CONSTANTS, MappingEditor, type Constants, type Mapping } from './MappingEditor';
import { ProblemList } from './ProblemList';

interface Line {
  type: 'progress' | 'report' | 'error';
  phase?: 'lezen' | 'opslaan';
  rows?: number;
  report?: ResultsReport;
  error?: { message: string };
}

export function ResultsImport({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<ResultsInspection | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [constants, setConstants] = useState<Constants>(EMPTY_CONSTANTS);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [report, setReport] = useState<ResultsReport | null>(null);
  const [progress, setProgress] = useState<{ sent: number; label: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const inspect = async () => {
    if (!file) return;
    setError(null);
    setReport(null);
    try {
      const result = await uploadFile<ResultsInspection>(
        `/imports/results/inspect?schoolId=${encodeURIComponent(schoolId)}`,
        file,
      );
      setInspection(result);
      const matching = result.savedMappings.find((m) => m.matchesHeaders);
      setMapping({ ...(matching?.mapping ?? result.suggestion.mapping) });
    } catch (e) {
      setError(e);
    }
  };

  const run = async (mode: 'preview' | 'apply') => {
    if (!file) return;
    setError(null);
    setProgress({ sent: 0, label: t.imports.uploading });
    const params = new URLSearchParams({
      mode,
      schoolId,
      skipInvalid: String(skipInvalid),
      filename: file.name,
      config: configOf(mapping, constants),
    });
    try {
      await uploadFile<undefined>(`/imports/results?${params.toString()}`, file, {
        onProgress: (p) =>
          setProgress((prev) => ({ sent: p.sent, label: prev?.label ?? t.imports.uploading })),
        onLine: (raw) => {
          const line = raw as Line;
          if (line.type === 'progress' && line.rows !== undefined) {
            setProgress((prev) => ({
              sent: prev?.sent ?? 1,
              label:
                line.phase === 'opslaan'
                  ? t.imports.saving(line.rows ?? 0)
                  : t.imports.reading(line.rows ?? 0),
            }));
          }
          if (line.type === 'report' && line.report) setReport(line.report);
          if (line.type === 'error') setError(new Error(line.error?.message));
        },
      });
      if (mode === 'apply') await client.invalidateQueries();
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <FileInput
          label={t.imports.chooseFile}
          description={t.imports.resultsFile}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            setInspection(null);
            setReport(null);
          }}
          w={420}
          clearable
          clearButtonProps={{ 'aria-label': t.app.clearFile }}
        />
        <Button onClick={() => void inspect()} disabled={!file}>
          {t.imports.check}
        </Button>
      </Group>
      {error !== null && (
        <Alert color="red" variant="light" role="alert">
          {error instanceof Error && !(error as { code?: string }).code
            ? error.message
            : errorMessage(error, t)}
        </Alert>
      )}
      {inspection && (
        <>
          <Text size="sm" c="dimmed">
            {inspection.format ? t.imports.fileInfo(inspection.format, inspection.encoding) : ''}
          </Text>
          <MappingEditor
            schoolId={schoolId}
            inspection={inspection}
            mapping={mapping}
            onMapping={(m) => {
              setMapping(m);
              setReport(null);
            }}
            constants={constants}
            onConstants={(c) => {
              setConstants(c);
              setReport(null);
            }}
          />
          <Checkbox
            label={t.imports.skipInvalid}
            checked={skipInvalid}
            onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
          />
          <Group>
            <Button variant="default" onClick={() => void run('preview')} disabled={progress !== null}>
              {t.imports.check}
            </Button>
            <Button
              onClick={() => void run('apply')}
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
      {report && (
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
      )}
    </Stack>
  );
}
