import { Alert, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useImportVo } from '../../api/schooladvies';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';

/**
 * The VO's feedback on the school's former pupils, read from the CSV the VO schools send: all or
 * nothing, every problem named by its line.
 */
export function VoImportPanel({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const upload = useImportVo(schoolId);
  const report = upload.data;
  return (
    <Paper withBorder radius="md" p="md" className="no-print" component="section" aria-labelledby="vo-import">
      <Stack gap="xs">
        <Title order={2} size="h4" id="vo-import">
          {s.voImportTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {s.voImportHint}
        </Text>
        <Group>
          <FileButton onChange={(file) => file && upload.mutate(file)} accept=".csv,text/csv,text/plain">
            {(props) => (
              <Button {...props} variant="light" loading={upload.isPending}>
                {s.voImportChoose}
              </Button>
            )}
          </FileButton>
        </Group>
        <div role="status">
          {report?.status === 'imported' && (
            <Text size="sm">{s.voImported(report.lines, report.pupils, report.cohorts)}</Text>
          )}
        </div>
        {report?.status === 'refused' && (
          <Alert color="red" variant="light" role="alert" title={s.voRefused}>
            <List size="sm">
              {report.problems.map((p) => (
                <List.Item key={`${p.line ?? 0}-${p.message}`}>
                  {p.line === null ? p.message : s.voLine(p.line, p.message)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {upload.error !== null && <ErrorAlert error={upload.error} />}
      </Stack>
    </Paper>
  );
}
