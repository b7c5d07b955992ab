import { Alert, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useImportTevredenheid } from '../../api/tevredenheid';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';

/**
 * A survey tool's results file: all or nothing, every problem named by its line (the server's message
 * already starts with it). A survey read again replaces the earlier import of the same group and date.
 */
export function SurveyImportPanel({ schoolId }: { schoolId: string }) {
  const { t, formatDate } = useI18n();
  const s = t.tevredenheid;
  const upload = useImportTevredenheid(schoolId);
  const report = upload.data;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className="no-print"
      component="section"
      aria-labelledby="tevredenheid-import"
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id="tevredenheid-import">
          {s.importTitle}
        </Title>
        <Text size="sm" c="dimmed" maw={820}>
          {s.importHint}
        </Text>
        <Group>
          <FileButton onChange={(file) => file && upload.mutate(file)} accept=".csv,text/csv,text/plain">
            {(props) => (
              <Button {...props} variant="light" loading={upload.isPending}>
                {s.importChoose}
              </Button>
            )}
          </FileButton>
        </Group>
        <div role="status">
          {report?.status === 'imported' && (
            <Text size="sm">
              {s.imported(
                report.lines,
                report.surveys.map((x) =>
                  s.importSurvey((s.groups[x.groep] ?? x.groep).toLowerCase(), formatDate(x.afgenomenOp)),
                ),
              )}
            </Text>
          )}
        </div>
        {report?.status === 'refused' && (
          <Alert color="red" variant="light" role="alert" title={s.refused}>
            <List size="sm">
              {report.problems.map((p) => (
                <List.Item key={`${p.line ?? 0}-${p.message}`}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {upload.error !== null && <ErrorAlert error={upload.error} />}
      </Stack>
    </Paper>
  );
}
