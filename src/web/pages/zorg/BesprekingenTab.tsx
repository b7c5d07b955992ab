import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useBesprekingen, type BesprekingList, type BesprekingSummary } from '../../api/zorg';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { NewBesprekingDialog } from './NewBesprekingDialog';
import { AboutLink, StatusBadge, useBesprekingName } from './parts';

const KINDS = ['groepsbespreking', 'leerlingbespreking', 'zorgteam', 'oudergesprek'];
const STATUSES = ['gepland', 'gehouden', 'vastgesteld'];
/** The choice "no filter": the address leaves the parameter out. */
const ALL = 'alle';

interface TabProps {
  schoolId: string;
  params: URLSearchParams;
  set(key: string, value: string | null): void;
}

/** The besprekingen of one period (or of none) in date order. */
function PeriodTable({ title, besprekingen }: { title: string; besprekingen: BesprekingSummary[] }) {
  const { t, formatDate } = useI18n();
  const z = t.zorg;
  const name = useBesprekingName();
  return (
    <Stack gap={4}>
      <Title order={2} size="h4">
        {title}
      </Title>
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table verticalSpacing="xs" highlightOnHover miw={760} style={{ tableLayout: 'fixed' }}>
          <Table.Caption>{z.listCaption(title)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={120}>
                {z.date}
              </Table.Th>
              <Table.Th scope="col" w={190}>
                {z.kind}
              </Table.Th>
              <Table.Th scope="col">{z.about}</Table.Th>
              <Table.Th scope="col" w={130}>
                {z.status}
              </Table.Th>
              <Table.Th scope="col" w={260}>
                {z.decision}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {besprekingen.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/besprekingen/${b.id}`}
                    fw={600}
                    size="sm"
                    aria-label={z.openLabel(formatDate(b.plannedOn), name(b))}
                  >
                    {formatDate(b.plannedOn)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{z.kinds[b.kind]}</Text>
                </Table.Td>
                <Table.Td>
                  <AboutLink bespreking={b} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={b.status} label={z.statuses[b.status] ?? b.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={b.decision ? undefined : 'dimmed'}>
                    {b.decision ? t.bespreking.decisions[b.decision.code] : t.bespreking.empty}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

/** The list per period, in the order of the periods; what falls outside them comes last. */
function byPeriod(data: BesprekingList, outside: string) {
  const sorted = [...data.besprekingen].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
  const sections = data.periods.map((p) => ({
    key: p.id,
    title: p.name,
    items: sorted.filter((b) => b.periode?.id === p.id),
  }));
  const known = new Set(data.periods.map((p) => p.id));
  sections.push({
    key: 'none',
    title: outside,
    items: sorted.filter((b) => !b.periode || !known.has(b.periode.id)),
  });
  return sections.filter((s) => s.items.length > 0);
}

function Filters({
  data,
  params,
  set,
}: {
  data: BesprekingList;
  params: URLSearchParams;
  set: TabProps['set'];
}) {
  const { t } = useI18n();
  const z = t.zorg;
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={z.schooljaar}
        w={150}
        allowDeselect={false}
        value={data.schooljaar}
        onChange={(value) => set('schooljaar', value)}
        data={data.schooljaren}
      />
      <Select
        label={z.kind}
        w={200}
        value={params.get('soort') ?? ALL}
        onChange={(value) => set('soort', value === ALL ? null : value)}
        data={[
          { value: ALL, label: z.allKinds },
          ...KINDS.map((k) => ({ value: k, label: z.kinds[k] ?? k })),
        ]}
      />
      <Select
        label={z.status}
        w={170}
        value={params.get('status') ?? ALL}
        onChange={(value) => set('status', value === ALL ? null : value)}
        data={[
          { value: ALL, label: z.allStatuses },
          ...STATUSES.map((s) => ({ value: s, label: z.statuses[s] ?? s })),
        ]}
      />
    </Group>
  );
}

export function BesprekingenTab({ schoolId, params, set }: TabProps) {
  const { t } = useI18n();
  const z = t.zorg;
  const filter = {
    schooljaar: params.get('schooljaar'),
    kind: params.get('soort'),
    status: params.get('status'),
  };
  const list = useBesprekingen(schoolId, filter);
  const [creating, setCreating] = useState(false);
  const filtered = filter.kind !== null || filter.status !== null;
  return (
    <QueryState query={list}>
      {(data) => {
        const sections = byPeriod(data, z.withoutPeriod);
        return (
          <Stack gap="lg">
            <Group justify="space-between" align="flex-end">
              <Filters data={data} params={params} set={set} />
              {data.abilities.includes('zorg.write') && (
                <Button onClick={() => setCreating(true)}>{z.newBespreking}</Button>
              )}
            </Group>
            {sections.length === 0 ? (
              <Paper withBorder radius="md" p="lg">
                <Text c="dimmed">{filtered ? z.noMatches : z.noBesprekingen}</Text>
              </Paper>
            ) : (
              sections.map((s) => <PeriodTable key={s.key} title={s.title} besprekingen={s.items} />)
            )}
            {creating && (
              <NewBesprekingDialog schoolId={schoolId} list={data} onClose={() => setCreating(false)} />
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
