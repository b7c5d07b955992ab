import { Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useEndOtherSessions, useEndSession, useSessions, type Session } from '../../api/account';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { deviceLabel } from './user-agent';

function SessionRow({ session, onEnd, ending }: { session: Session; onEnd(): void; ending: boolean }) {
  const { t, formatDate, formatTime } = useI18n();
  const words = t.account.sessions;
  const device = deviceLabel(session.userAgent, words);
  const since = `${formatDate(session.createdAt)} ${formatTime(session.createdAt)}`;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {device}
      </Table.Th>
      <Table.Td>{session.ip ?? '–'}</Table.Td>
      <Table.Td>{since}</Table.Td>
      <Table.Td>
        {formatDate(session.lastSeenAt)} {formatTime(session.lastSeenAt)}
      </Table.Td>
      <Table.Td>
        {session.current ? (
          <Badge color="green" variant="light" tt="none">
            {words.current}
          </Badge>
        ) : (
          <Button
            size="xs"
            variant="default"
            loading={ending}
            onClick={onEnd}
            aria-label={words.endLabel(device, since)}
          >
            {words.end}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The own active sessions; any but this one can be ended here (this one: "Uitloggen"). */
export function SessionsSection() {
  const { t } = useI18n();
  const words = t.account.sessions;
  const sessions = useSessions();
  const end = useEndSession();
  const endOthers = useEndOtherSessions();
  return (
    <QueryState query={sessions}>
      {({ sessions: list }) => (
        <Stack gap="sm">
          <Text size="sm">{words.intro}</Text>
          {end.error !== null && <ErrorAlert error={end.error} />}
          {endOthers.error !== null && <ErrorAlert error={endOthers.error} />}
          {endOthers.data && (
            <Alert color="green" variant="light" role="status">
              {words.ended(endOthers.data.ended)}
            </Alert>
          )}
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <Table verticalSpacing="xs" miw={640}>
              <Table.Caption>{words.caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{words.device}</Table.Th>
                  <Table.Th scope="col">{words.ip}</Table.Th>
                  <Table.Th scope="col">{words.since}</Table.Th>
                  <Table.Th scope="col">{words.lastSeen}</Table.Th>
                  <Table.Th scope="col">{words.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => (
                  <SessionRow
                    key={s.id}
                    session={s}
                    ending={end.isPending && end.variables === s.id}
                    onEnd={() => end.mutate(s.id)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          {list.some((s) => !s.current) ? (
            <Group>
              <Button variant="default" loading={endOthers.isPending} onClick={() => endOthers.mutate()}>
                {words.endOthers}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {words.onlyThis}
            </Text>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
