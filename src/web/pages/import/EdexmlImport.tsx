import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAdminSchools } from '../../api/queries';
import type { EdexmlReport, Me } from '../../api/types';
import { uploadFile } from '../../api/upload';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { ProblemList } from './ProblemList';

function Counts({ report }: { report: EdexmlReport }) {
  const { t } = useI18n();
  const c = report.counts;
  const block = (title: string, lines: string[]) => (
    <Paper withBorder p="sm" radius="md">
      <Text fw={600} size="sm">
        {title}
      </Text>
      {lines.map((l) => (
        <Text size="sm" key={l}>
          {l}
        </Text>
      ))}
    </Paper>
  );
  const i = t.imports;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {block(i.groups, [
        i.newN(c.groups.new),
        i.changedN(c.groups.changed),
        i.unchangedN(c.groups.unchanged),
      ])}
      {block(i.pupils, [
        i.newN(c.pupils.new),
        i.changedN(c.pupils.changed),
        i.unchangedN(c.pupils.unchanged),
        i.leavingN(c.pupils.leaving),
        i.missingN(c.pupils.missing),
      ])}
      {block(i.staff, [
        i.newN(c.staff.new),
        i.changedN(c.staff.changed),
        i.unchangedN(c.staff.unchanged),
        i.linkedN(c.staff.linkedAccounts),
      ])}
    </SimpleGrid>
  );
}

export function EdexmlImport({ schoolId, me }: { schoolId: string | null; me: Me }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<EdexmlReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [bestuurId, setBestuurId] = useState<string | null>(null);
  const canCreate = me.abilities.includes('school.manage');
  const besturen = useAdminSchools(canCreate).data?.besturen ?? [];

  const send = async (mode: 'preview' | 'apply', createIn?: string) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const params = new URLSearchParams({ mode, filename: file.name });
    if (schoolId) params.set('schoolId', schoolId);
    if (createIn) params.set('createInBestuurId', createIn);
    try {
      const result = await uploadFile<EdexmlReport>(`/imports/edexml?${params.toString()}`, file);
      setReport(result);
      if (result.status === 'imported') await client.invalidateQueries();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <FileInput
          label={t.imports.chooseFile}
          description={t.imports.edexmlFile}
          accept=".xml,text/xml,application/xml"
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
          }}
          w={420}
          clearable
          clearButtonProps={{ 'aria-label': t.app.clearFile }}
        />
        <Button onClick={() => void send('preview')} disabled={!file} loading={busy && !report}>
          {t.imports.check}
        </Button>
      </Group>
      {error !== null && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(error, t)}
        </Alert>
      )}
      {report && (
        <Stack gap="sm" aria-live="polite">
          <Title order={3} size="h4">
            {report.school.brin}
            {report.school.vestiging ? `-${report.school.vestiging}` : ''} {report.school.name} ·{' '}
            {report.schooljaar} · EDEXML {report.version}
          </Title>
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
          {report.status !== 'refused' && <Counts report={report} />}
          {report.leaving.length > 0 && (
            <Paper withBorder p="sm" radius="md">
              <Text fw={600} size="sm">
                {t.imports.leavingTitle}
              </Text>
              <List size="sm">
                {report.leaving.map((l) => (
                  <List.Item key={l.key}>{`${l.name} (${l.date})`}</List.Item>
                ))}
              </List>
            </Paper>
          )}
          {report.missing.length > 0 && (
            <Paper withBorder p="sm" radius="md">
              <Text fw={600} size="sm">
                {t.imports.missingTitle}
              </Text>
              <List size="sm">
                {report.missing.slice(0, 20).map((m) => (
                  <List.Item key={m.key}>{`${m.name} (${m.key})`}</List.Item>
                ))}
              </List>
              {report.missing.length > 20 && (
                <Text size="sm">{t.imports.problemsMore(report.missing.length - 20)}</Text>
              )}
            </Paper>
          )}
          <ProblemList problems={report.problems} />
          {report.status === 'preview' && !report.needsSchoolCreation && (
            <Group>
              <Button onClick={() => void send('apply')} loading={busy}>
                {t.imports.importNow}
              </Button>
            </Group>
          )}
          {report.status === 'preview' && report.needsSchoolCreation && (
            <Paper withBorder p="md" radius="md">
              <Text mb="sm">{t.imports.newSchool(report.school.brin ?? '')}</Text>
              {canCreate && besturen.length > 0 ? (
                <Group align="flex-end">
                  <Select
                    label={t.imports.createSchoolUnder}
                    value={bestuurId}
                    onChange={setBestuurId}
                    data={besturen.map((b) => ({ value: b.id, label: b.name }))}
                    w={320}
                  />
                  <Button
                    disabled={!bestuurId}
                    loading={busy}
                    onClick={() => bestuurId && void send('apply', bestuurId)}
                  >
                    {t.imports.confirmCreate}
                  </Button>
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t.imports.cannotCreate}
                </Text>
              )}
            </Paper>
          )}
        </Stack>
      )}
    </Stack>
  );
}
