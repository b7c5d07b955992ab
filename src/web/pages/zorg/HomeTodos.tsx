import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Me } from '../../api/types';
import { useMyAfspraken, type MyAfspraken } from '../../api/zorg';
import { useI18n } from '../../i18n';
import { sortAfspraken, sortBesprekingen } from '../home-sections';
import { AfsprakenTable } from './AfsprakenTable';
import { StatusBadge } from './parts';
import { zorgSchools } from './zorg-schools';

/** The start page shows what comes first; the rest is one click away. */
const SHOWN = 8;

function Besprekingen({ data, followsSchool }: { data: MyAfspraken; followsSchool: boolean }) {
  const { t, formatDate } = useI18n();
  const h = t.zorgHome;
  const besprekingen = sortBesprekingen(data.besprekingen);
  const shown = besprekingen.slice(0, SHOWN);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {h.besprekingen}
        </Title>
        {followsSchool && (
          <Button component={Link} to="/zorg" variant="subtle" size="compact-sm">
            {h.toZorg}
          </Button>
        )}
      </Group>
      {besprekingen.length === 0 ? (
        <Group gap="xs" className="home-empty">
          <Text size="sm" c="dimmed">
            {h.noBesprekingen}
          </Text>
          <Anchor component={Link} to="/zorg?tab=jaarplanning" size="sm">
            {h.toPlanning}
          </Anchor>
        </Group>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing={4}>
            <Table.Caption>{h.besprekingenCaption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={120}>
                  {t.zorg.date}
                </Table.Th>
                <Table.Th scope="col" w={200}>
                  {t.zorg.kind}
                </Table.Th>
                <Table.Th scope="col">{t.zorg.about}</Table.Th>
                <Table.Th scope="col" w={130}>
                  {t.zorg.status}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/besprekingen/${b.id}`} size="sm" fw={600}>
                      {formatDate(b.plannedOn)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t.zorg.kinds[b.kind] ?? b.kind}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{b.pupil?.name ?? b.group?.name ?? t.bespreking.empty}</Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={b.status} label={t.zorg.statuses[b.status] ?? b.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {besprekingen.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {h.more(besprekingen.length - SHOWN)}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The start page's to-dos from leerlingzorg: one's own open afspraken (overdue in red), and the coming
 * besprekingen one takes part in (the IB and the schoolleider: of their schools, also when none).
 */
export function HomeTodos({ me }: { me: Me }) {
  const { t } = useI18n();
  const h = t.zorgHome;
  const mine = useMyAfspraken(me.abilities.includes('zorg.read'));
  const followsSchool = zorgSchools(me).length > 0;
  const data = mine.data;
  if (!data) return null;
  const showBesprekingen = data.besprekingen.length > 0 || followsSchool;
  if (data.afspraken.length === 0 && !showBesprekingen) return null;
  return (
    <Stack gap="xl">
      {data.afspraken.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {h.afspraken}
          </Title>
          <AfsprakenTable
            afspraken={sortAfspraken(data.afspraken)}
            caption={h.afsprakenCaption}
            empty=""
            linkNames={false}
          />
        </Stack>
      )}
      {showBesprekingen && <Besprekingen data={data} followsSchool={followsSchool} />}
    </Stack>
  );
}
