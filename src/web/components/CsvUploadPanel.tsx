import { Alert, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { ErrorAlert } from './QueryState';

interface Problem {
  line: number | null;
  message: string;
}

interface UploadReport {
  status: 'imported' | 'refused';
  problems: Problem[];
}

/**
 * A CSV file read all or nothing (the VO's feedback, a survey tool's results): what was read, or every
 * problem named, with nothing saved. The texts are the caller's, from its own catalog.
 */
export function CsvUploadPanel<R extends UploadReport>(props: {
  id: string;
  title: string;
  hint: string;
  choose: string;
  refused: string;
  upload: UseMutationResult<R, Error, File>;
  imported: (report: R) => string;
  problem: (problem: Problem) => string;
}) {
  const { upload } = props;
  const report = upload.data;
  return (
    <Paper withBorder radius="md" p="md" className="no-print" component="section" aria-labelledby={props.id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={props.id}>
          {props.title}
        </Title>
        <Text size="sm" c="dimmed" maw={820}>
          {props.hint}
        </Text>
        <Group>
          <FileButton onChange={(file) => file && upload.mutate(file)} accept=".csv,text/csv,text/plain">
            {(button) => (
              <Button {...button} variant="light" loading={upload.isPending}>
                {props.choose}
              </Button>
            )}
          </FileButton>
        </Group>
        <div role="status">
          {report?.status === 'imported' && <Text size="sm">{props.imported(report)}</Text>}
        </div>
        {report?.status === 'refused' && (
          <Alert color="red" variant="light" role="alert" title={props.refused}>
            <List size="sm">
              {report.problems.map((p) => (
                <List.Item key={`${p.line ?? 0}-${p.message}`}>{props.problem(p)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {upload.error !== null && <ErrorAlert error={upload.error} />}
      </Stack>
    </Paper>
  );
}
