import { Anchor, Button, Group, List, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useBesprekingen, usePupilsToDiscuss, type PupilsToDiscussResponse } from '../../api/zorg';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { NewBesprekingDialog } from './NewBesprekingDialog';
import { reasonViews } from './reasons';

type Row = PupilsToDiscussResponse['pupils'][number];
const ALL = 'alle';
const REASON_CODES = ['signaled_twice', 'under_opp', 'raised', 'afspraak_overdue'];

function Reasons({ row }: { row: Row }) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <List size="sm" spacing={2}>
      {reasonViews(row.reasons, t, { formatDate, formatNumber }).map((view, i) => {
        return (
          <List.Item key={`${view.text}-${i}`}>
            {view.text}
            {view.link && (
              <>
                {' · '}
                <Anchor component={Link} to={view.link.to} size="sm">
                  {view.link.label}
                </Anchor>
              </>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** The groups that occur in the list, by name, for the filter. */
function groupsOf(pupils: readonly Row[]) {
  return [...new Map(pupils.flatMap((p) => (p.group ? [[p.group.id, p.group.name]] : []))).entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((x, y) => x.label.localeCompare(y.label, 'nl', { numeric: true }));
}

function DiscussFilters({
  groups,
  group,
  setGroup,
  reason,
  setReason,
  shown,
  total,
}: {
  groups: { value: string; label: string }[];
  group: string;
  setGroup(value: string): void;
  reason: string;
  setReason(value: string): void;
  shown: number;
  total: number;
}) {
  const { t } = useI18n();
  const d = t.zorg.discuss;
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={d.filterGroup}
        w={180}
        allowDeselect={false}
        value={group}
        onChange={(value) => setGroup(value ?? ALL)}
        data={[{ value: ALL, label: d.allGroups }, ...groups]}
      />
      <Select
        label={d.filterReason}
        w={300}
        allowDeselect={false}
        value={reason}
        onChange={(value) => setReason(value ?? ALL)}
        data={[
          { value: ALL, label: d.allReasons },
          ...REASON_CODES.map((code) => ({ value: code, label: d.reasonKinds[code] ?? code })),
        ]}
      />
      <Text size="sm" c="dimmed" role="status" pb={8}>
        {d.count(shown, total)}
      </Text>
    </Group>
  );
}

function DiscussTable({
  rows,
  canPlan,
  onPlan,
}: {
  rows: Row[];
  canPlan: boolean;
  onPlan(pupil: Row['pupil']): void;
}) {
  const { t } = useI18n();
  const d = t.zorg.discuss;
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="sm" miw={760} highlightOnHover>
        <Table.Caption>{d.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={200}>
              {d.pupil}
            </Table.Th>
            <Table.Th scope="col" w={110}>
              {d.group}
            </Table.Th>
            <Table.Th scope="col">{d.reasons}</Table.Th>
            {canPlan && <Table.Th scope="col" w={190} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.pupil.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/leerlingen/${row.pupil.id}`} size="sm">
                  {row.pupil.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{row.group?.name ?? t.bespreking.empty}</Text>
              </Table.Td>
              <Table.Td>
                <Reasons row={row} />
              </Table.Td>
              {canPlan && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={d.planFor(row.pupil.name)}
                    onClick={() => onPlan(row.pupil)}
                  >
                    {d.plan}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The school-wide list of pupils who ask for a leerlingbespreking, each with why, and a way to plan one. */
export function ToDiscussTab({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const d = t.zorg.discuss;
  const query = usePupilsToDiscuss(schoolId);
  // The groups and periods of the current schooljaar, for the dialog.
  const list = useBesprekingen(schoolId, { schooljaar: null, kind: null, status: null });
  const [group, setGroup] = useState(ALL);
  const [reason, setReason] = useState(ALL);
  const [planning, setPlanning] = useState<Row['pupil'] | null>(null);
  return (
    <QueryState query={query}>
      {(data) => {
        const [a, b] = data.meetpunten;
        const rows = data.pupils.filter(
          (p) =>
            (group === ALL || p.group?.id === group) &&
            (reason === ALL || p.reasons.some((r) => r.code === reason)),
        );
        const canPlan = data.abilities.includes('zorg.write') && list.data !== undefined;
        return (
          <Stack gap="md">
            <Text size="sm" maw={820}>
              {a && b ? d.intro(a, b) : d.introShort}
            </Text>
            {data.pupils.length === 0 ? (
              <Paper withBorder radius="md" p="lg">
                <Text c="dimmed">{d.none}</Text>
              </Paper>
            ) : (
              <>
                <DiscussFilters
                  groups={groupsOf(data.pupils)}
                  group={group}
                  setGroup={setGroup}
                  reason={reason}
                  setReason={setReason}
                  shown={rows.length}
                  total={data.pupils.length}
                />
                <DiscussTable rows={rows} canPlan={canPlan} onPlan={setPlanning} />
                {rows.length === 0 && <Text c="dimmed">{d.noMatches}</Text>}
              </>
            )}
            {planning && list.data && (
              <NewBesprekingDialog
                schoolId={schoolId}
                list={list.data}
                pupil={planning}
                onClose={() => setPlanning(null)}
              />
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
