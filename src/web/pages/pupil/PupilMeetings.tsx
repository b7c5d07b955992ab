import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PupilZorgResponse } from '../../api/zorg';
import { useI18n } from '../../i18n';
import { Panel } from './Panel';

/** The besprekingen about this pupil, newest first, each a link to its record. */
export function BesprekingenPanel({ zorg }: { zorg: PupilZorgResponse }) {
  const { t, formatDate } = useI18n();
  const z = t.pupilZorg;
  const rows = [...zorg.besprekingen].sort((a, b) => b.plannedOn.localeCompare(a.plannedOn));
  return (
    <Panel title={z.besprekingen}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {z.noBesprekingen}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Caption className="sr-caption">{z.besprekingenCaption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{z.date}</Table.Th>
              <Table.Th scope="col">{z.kind}</Table.Th>
              <Table.Th scope="col">{z.status}</Table.Th>
              <Table.Th scope="col">{z.decision}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((b) => {
              const kind = t.zorg.kinds[b.kind] ?? b.kind;
              const date = formatDate(b.heldOn ?? b.plannedOn);
              return (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/besprekingen/${b.id}`}
                      aria-label={z.openBespreking(kind, date)}
                    >
                      {date}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{kind}</Table.Td>
                  <Table.Td>{t.zorg.statuses[b.status] ?? b.status}</Table.Td>
                  <Table.Td>
                    {b.decision ? (t.bespreking.decisions[b.decision.code] ?? b.decision.code) : t.opp.empty}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}

/** The open afspraken about this pupil, with who and by when (overdue in red). */
export function AfsprakenPanel({ zorg }: { zorg: PupilZorgResponse }) {
  const { t, formatDate } = useI18n();
  const z = t.pupilZorg;
  const open = zorg.afspraken.filter((a) => a.status === 'open');
  return (
    <Panel title={z.afspraken}>
      {open.length === 0 ? (
        <Text size="sm" c="dimmed">
          {z.noAfspraken}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Caption className="sr-caption">{z.afsprakenCaption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{z.afspraak}</Table.Th>
              <Table.Th scope="col">{z.owner}</Table.Th>
              <Table.Th scope="col">{z.deadline}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {open.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{a.text}</Text>
                    {a.bespreking && (
                      <Anchor component={Link} to={`/besprekingen/${a.bespreking.id}`} size="xs">
                        {`${t.zorg.kinds[a.bespreking.kind] ?? a.bespreking.kind} ${formatDate(a.bespreking.plannedOn)}`}
                      </Anchor>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>{a.owner.name}</Table.Td>
                <Table.Td>
                  {a.deadline ? (
                    <Text size="sm" c={a.overdue ? 'red.9' : undefined} fw={a.overdue ? 600 : undefined}>
                      {a.overdue ? `${formatDate(a.deadline)} (${z.overdue})` : formatDate(a.deadline)}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {z.noDeadline}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}
