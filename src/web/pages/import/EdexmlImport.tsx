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
import { useAdminSchools } from '../../api/admin';
import { uploadEdexml } from '../../api/imports';
import type { EdexmlReport, Me } from '../../api/types';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { ProblemList } from './ProblemList';
import { edexmlHeading } from './report';

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

/** Sending the file: first to check (preview), then to import; the cached views are stale after that. */
function useEdexmlUpload(schoolId: string | null) {
  const client = useQueryClient();
  const [report, setReport] = useState<EdexmlReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const send = async (file: File | null, mode: 'preview' | 'apply', createInBestuurId?: string) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const result = await uploadEdexml(file, { mode, schoolId, createInBestuurId });
      setReport(result);
      if (result.status === 'imported') await client.invalidateQueries();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { report, error, busy, send, clear: () => setReport(null) };
}

function NameList({
  title,
  names,
  limit,
}: {
  title: string;
  names: { key: string; text: string }[];
  limit?: number;
}) {
  const { t } = useI18n();
  const shown = limit === undefined ? names : names.slice(0, limit);
  return (
    <Paper withBorder p="sm" radius="md">
      <Text fw={600} size="sm">
        {title}
      </Text>
      <List size="sm">
        {shown.map((n) => (
          <List.Item key={n.key}>{n.text}</List.Item>
        ))}
      </List>
      {names.length > shown.length && (
        <Text size="sm">{t.imports.problemsMore(names.length - shown.length)}</Text>
      )}
    </Paper>
  );
}

/** A school that Leerwinst does not know yet: made under a bestuur by its beheerder, then imported. */
function CreateSchool({
  brin,
  canCreate,
  busy,
  onCreate,
}: {
  brin: string;
  canCreate: boolean;
  busy: boolean;
  onCreate(bestuurId: string): void;
}) {
  const { t } = useI18n();
  const besturen = useAdminSchools(canCreate).data?.besturen ?? [];
  const [bestuurId, setBestuurId] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" radius="md">
      <Text mb="sm">{t.imports.newSchool(brin)}</Text>
      {canCreate && besturen.length > 0 ? (
        <Group align="flex-end">
          <Select
            label={t.imports.createSchoolUnder}
            value={bestuurId}
            onChange={setBestuurId}
            data={besturen.map((b) => ({ value: b.id, label: b.name }))}
            w={320}
          />
          <Button disabled={!bestuurId} loading={busy} onClick={() => bestuurId && onCreate(bestuurId)}>
            {t.imports.confirmCreate}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t.imports.cannotCreate}
        </Text>
      )}
    </Paper>
  );
}

function EdexmlReportView({
  report,
  busy,
  canCreate,
  onApply,
}: {
  report: EdexmlReport;
  busy: boolean;
  canCreate: boolean;
  onApply(createInBestuurId?: string): void;
}) {
  const { t } = useI18n();
  return (
    <Stack gap="sm" aria-live="polite">
      <Title order={3} size="h4">
        {edexmlHeading(report, t)}
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
        <NameList
          title={t.imports.leavingTitle}
          names={report.leaving.map((l) => ({ key: l.key, text: `${l.name} (${l.date})` }))}
        />
      )}
      {report.missing.length > 0 && (
        <NameList
          title={t.imports.missingTitle}
          names={report.missing.map((m) => ({ key: m.key, text: `${m.name} (${m.key})` }))}
          limit={20}
        />
      )}
      <ProblemList problems={report.problems} />
      {report.status === 'preview' && !report.needsSchoolCreation && (
        <Group>
          <Button onClick={() => onApply()} loading={busy}>
            {t.imports.importNow}
          </Button>
        </Group>
      )}
      {report.status === 'preview' && report.needsSchoolCreation && (
        <CreateSchool brin={report.school.brin ?? ''} canCreate={canCreate} busy={busy} onCreate={onApply} />
      )}
    </Stack>
  );
}

export function EdexmlImport({ schoolId, me }: { schoolId: string | null; me: Me }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const upload = useEdexmlUpload(schoolId);
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
            upload.clear();
          }}
          w={420}
          clearable
          clearButtonProps={{ 'aria-label': t.app.clearFile }}
        />
        <Button
          onClick={() => void upload.send(file, 'preview')}
          disabled={!file}
          loading={upload.busy && !upload.report}
        >
          {t.imports.check}
        </Button>
      </Group>
      {upload.error !== null && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(upload.error, t)}
        </Alert>
      )}
      {upload.report && (
        <EdexmlReportView
          report={upload.report}
          busy={upload.busy}
          canCreate={me.abilities.includes('school.manage')}
          onApply={(createIn) => void upload.send(file, 'apply', createIn)}
        />
      )}
    </Stack>
  );
}
