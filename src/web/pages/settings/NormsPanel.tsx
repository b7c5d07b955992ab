import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useImportNorms, useNorms } from '../../api/queries';
import { errorMessage, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';

function ImportForm({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const importNorms = useImportNorms(schoolId);
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    importNorms.mutate({ csv: await file.text(), label: label.trim() || null });
  };
  const error = importNorms.error;
  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <FileInput
            label={t.settings.file}
            description={t.settings.fileHint}
            accept=".csv,text/csv"
            value={file}
            onChange={setFile}
            w={420}
            clearable
            clearButtonProps={{ 'aria-label': t.app.clearFile }}
          />
          <TextInput
            label={t.settings.label}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            w={260}
          />
          <Button type="submit" disabled={!file} loading={importNorms.isPending}>
            {t.settings.importButton}
          </Button>
        </Group>
        {importNorms.data && (
          <Text size="sm" c="green.9" role="status">
            {t.settings.imported(importNorms.data.normRows, importNorms.data.dlePoints)}
          </Text>
        )}
        {error instanceof ApiError && error.issues.length > 0 ? (
          <Alert color="red" variant="light" role="alert" title={t.settings.refused}>
            <List size="sm">
              {error.issues.map((i) => (
                <List.Item key={`${i.field}-${i.message}`}>
                  {i.field}: {i.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(error, t)}
            </Alert>
          )
        )}
      </Stack>
    </form>
  );
}

export function NormsPanel({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const norms = useNorms(schoolId);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h3" mb={4}>
        {t.settings.normsTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t.settings.normsIntro}
      </Text>
      <QueryState query={norms}>
        {(data) => (
          <Table mb="md" verticalSpacing={6}>
            <Table.Caption>{t.settings.normsTitle}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.settings.toets}</Table.Th>
                <Table.Th scope="col">{t.settings.moments}</Table.Th>
                <Table.Th scope="col">{t.settings.dlePoints}</Table.Th>
                <Table.Th scope="col">{t.settings.source}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.toetsen.map((n) => (
                <Table.Tr key={n.toetsId}>
                  <Table.Th scope="row" fw={500}>
                    {n.name}{' '}
                    <Text span size="xs" c="dimmed">
                      {t.settings.normVersion(n.version)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{n.moments.length > 0 ? n.moments.join(', ') : t.settings.noNorms}</Table.Td>
                  <Table.Td>{n.dlePoints > 0 ? n.dlePoints : '–'}</Table.Td>
                  <Table.Td>
                    {n.moments.length === 0
                      ? '–'
                      : n.source === 'school'
                        ? t.settings.sourceSchool
                        : t.settings.sourceGeneral}
                    {n.label && (
                      <Text size="xs" c="dimmed">
                        {n.label}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <ImportForm schoolId={schoolId} />
    </Paper>
  );
}
