import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useBackupStatus, type BackupStatus } from '../../api/privacy';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { ageParts, sizeParts } from './privacy-forms';

function LastBackup({ status }: { status: BackupStatus }) {
  const { t, formatDate, formatTime, formatNumber } = useI18n();
  const p = t.privacy;
  const last = status.last;
  if (!last) return null;
  const age = ageParts(status.ageHours ?? 0);
  const size = sizeParts(last.bytes);
  const rows: [string, string][] = [
    [p.lastBackup, p.atTime(formatDate(last.at), formatTime(last.at))],
    [p.age, p.ageText(age.days, age.hours)],
    [p.kind, p.kinds[last.kind] ?? last.kind],
    [p.file, last.file],
    [p.size, `${formatNumber(size.value)} ${size.unit}`],
    [p.encrypted, last.encrypted ? p.yes : p.no],
  ];
  return (
    <Table verticalSpacing={4} fz="sm" w="auto" withRowBorders={false}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={500} pr="lg">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The warning first: a backup older than two days (or none) is what the beheerder must act on. */
function StatusMessage({ status }: { status: BackupStatus }) {
  const { t } = useI18n();
  const p = t.privacy;
  if (status.status === 'ok')
    return (
      <Alert color="green" variant="light" py="xs">
        {p.backupOk}
      </Alert>
    );
  const age = ageParts(status.ageHours ?? 0);
  return (
    <Alert color="red" variant="light" role="alert">
      {status.status === 'none' ? p.backupNone : p.backupStale(p.ageText(age.days, age.hours))}
    </Alert>
  );
}

/** The beheerder's view of the installation's backups (`school.manage`). */
export function BackupsPanel() {
  const { t } = useI18n();
  const p = t.privacy;
  const status = useBackupStatus();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="backups-title">
      <Title order={2} size="h3" mb="xs" id="backups-title">
        {p.backupsTitle}
      </Title>
      <QueryState query={status}>
        {(data) => (
          <Stack gap="sm">
            <StatusMessage status={data} />
            <LastBackup status={data} />
            <Text size="sm" c="dimmed">
              {p.backupsWhere}
            </Text>
          </Stack>
        )}
      </QueryState>
    </Paper>
  );
}
