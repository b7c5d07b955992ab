import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { inspectSeo, uploadSeo, type SeoInspection, type SeoReport } from '../../api/seo-import';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { constantsOf, seoConfigOf } from './seo-mapping';
import { SeoMappingEditor, type SeoMappingState } from './SeoMappingEditor';
import { SeoOwnList } from './SeoOwnList';
import { SeoReportView } from './SeoReportView';

const EMPTY: SeoMappingState = {
  mapping: {},
  scaleColumns: [],
  constants: { instrument: '', lijst: '', afnamedatum: '', versie: '' },
};

/**
 * A social-emotional export in the steps of the results import: the file, the line with the column
 * names (below a title block), the mapping with the values for the whole file, a check, the import.
 */
function useSeoImport(schoolId: string) {
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<SeoInspection | null>(null);
  const [state, setState] = useState<SeoMappingState>(EMPTY);
  const [report, setReport] = useState<SeoReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const inspect = (headerRow: number | null) =>
    attempt(async () => {
      if (!file) return;
      setReport(null);
      const found = await inspectSeo(file, schoolId, headerRow);
      setInspection(found);
      setState({
        mapping: { ...found.suggestion.mapping },
        scaleColumns: [...found.suggestion.scaleColumns],
        constants: constantsOf(found),
      });
    });
  const run = (mode: 'preview' | 'apply') =>
    attempt(async () => {
      if (!file || !inspection) return;
      const config = seoConfigOf({ ...state, headerRow: inspection.headerRow });
      setReport(await uploadSeo(file, { mode, schoolId, config }));
      if (mode === 'apply') await client.invalidateQueries();
    });
  return {
    file,
    chooseFile(f: File | null) {
      setFile(f);
      setInspection(null);
      setReport(null);
    },
    inspection,
    state,
    setState(s: SeoMappingState) {
      setState(s);
      setReport(null);
    },
    report,
    error,
    busy,
    inspect,
    run,
  };
}

export function SeoImport({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const job = useSeoImport(schoolId);
  const { inspection, report } = job;
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <FileInput
          label={t.imports.chooseFile}
          description={t.seoImport.file}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={job.file}
          onChange={job.chooseFile}
          w={420}
          clearable
          clearButtonProps={{ 'aria-label': t.app.clearFile }}
        />
        <Button onClick={() => void job.inspect(null)} disabled={!job.file || job.busy}>
          {t.imports.check}
        </Button>
      </Group>
      {job.error !== null && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(job.error, t)}
        </Alert>
      )}
      {inspection && (
        <>
          <Text size="sm" c="dimmed">
            {inspection.format
              ? t.imports.fileInfo(inspection.format, inspection.encoding)
              : t.seoImport.emptyFile}
          </Text>
          <SeoMappingEditor
            inspection={inspection}
            state={job.state}
            onState={job.setState}
            onHeaderRow={(line) => void job.inspect(line)}
          />
          <Group>
            <Button variant="default" onClick={() => void job.run('preview')} disabled={job.busy}>
              {t.imports.check}
            </Button>
            <Button onClick={() => void job.run('apply')} disabled={job.busy || report?.status !== 'preview'}>
              {t.imports.importNow}
            </Button>
          </Group>
        </>
      )}
      {report && inspection && <SeoReportView report={report} inspection={inspection} />}
      <SeoOwnList schoolId={schoolId} onAdded={() => inspection && void job.inspect(inspection.headerRow)} />
    </Stack>
  );
}
