import { Alert, Anchor, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  useBesprekingen,
  usePlanBesprekingen,
  type BesprekingList,
  type PlanningResult,
} from '../../api/zorg';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError } from '../form-errors';
import { StatusBadge } from './parts';
import { cellKey, existingByCell, fillPeriod, gridOf, planningItems, type PlanningGrid } from './planning';

type Period = BesprekingList['periods'][number];

/** The row above the groups: one date for a whole period, filled into the empty cells. */
function FillRow({ periods, onFill }: { periods: Period[]; onFill(periodeId: string, date: string): void }) {
  const { t } = useI18n();
  const p = t.zorg.planning;
  const [dates, setDates] = useState<Record<string, string>>({});
  return (
    <Table.Tr className="planning-fill">
      <Table.Th scope="row">
        <Text size="sm" fw={600}>
          {p.allGroups}
        </Text>
      </Table.Th>
      {periods.map((period) => (
        <Table.Td key={period.id}>
          <Group gap={6} wrap="nowrap">
            <TextInput
              type="date"
              size="xs"
              aria-label={p.forAll(period.name)}
              value={dates[period.id] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDates((d) => ({ ...d, [period.id]: value }));
              }}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!dates[period.id]}
              onClick={() => onFill(period.id, dates[period.id] ?? '')}
            >
              {p.fillAll}
            </Button>
          </Group>
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

function PlanningGridEditor({ schoolId, data }: { schoolId: string; data: BesprekingList }) {
  const { t, formatDate } = useI18n();
  const p = t.zorg.planning;
  const existing = existingByCell(data.besprekingen);
  const [grid, setGrid] = useState<PlanningGrid>(() => gridOf(existing));
  const [result, setResult] = useState<PlanningResult | null>(null);
  const plan = usePlanBesprekingen(schoolId);
  const items = planningItems(grid, existing);
  const canWrite = data.abilities.includes('zorg.write');
  const save = async () => {
    setResult(await plan.mutateAsync({ schooljaar: data.schooljaar, items }));
  };
  const indexOf = (groepId: string, periodeId: string) =>
    items.findIndex((i) => i.groepId === groepId && i.periodeId === periodeId);
  if (data.periods.length === 0)
    return (
      <Stack gap="xs" align="flex-start">
        <Text>{p.noPeriods}</Text>
        <Anchor component={Link} to={`/scholen/${schoolId}/instellingen`}>
          {p.toSettings}
        </Anchor>
      </Stack>
    );
  if (data.groups.length === 0) return <Text c="dimmed">{p.noGroups}</Text>;
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table className="planning-grid" verticalSpacing="xs" miw={640}>
          <Table.Caption>{p.caption(data.schooljaar)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={180}>
                {p.group}
              </Table.Th>
              {data.periods.map((period) => (
                <Table.Th scope="col" key={period.id}>
                  {period.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {canWrite && (
              <FillRow
                periods={data.periods}
                onFill={(periodeId, date) =>
                  setGrid((g) =>
                    fillPeriod(
                      g,
                      data.groups.map((x) => x.id),
                      periodeId,
                      date,
                    ),
                  )
                }
              />
            )}
            {data.groups.map((group) => (
              <Table.Tr key={group.id}>
                <Table.Th scope="row">{group.name}</Table.Th>
                {data.periods.map((period) => {
                  const key = cellKey(group.id, period.id);
                  const before = existing.get(key);
                  const index = indexOf(group.id, period.id);
                  return (
                    <Table.Td key={period.id}>
                      <Group gap="xs" wrap="nowrap">
                        {before && before.status !== 'gepland' ? (
                          <Text size="sm">{formatDate(before.plannedOn)}</Text>
                        ) : (
                          <TextInput
                            type="date"
                            size="xs"
                            readOnly={!canWrite}
                            aria-label={p.cell(group.name, period.name)}
                            value={grid[key] ?? ''}
                            error={
                              index >= 0 ? fieldError(plan.error, `items.${index}.plannedOn`) : undefined
                            }
                            onChange={(e) => {
                              const value = e.currentTarget.value;
                              setGrid((g) => ({ ...g, [key]: value }));
                            }}
                          />
                        )}
                        {before && (
                          <>
                            <StatusBadge
                              status={before.status}
                              label={t.zorg.statuses[before.status] ?? before.status}
                            />
                            <Anchor
                              component={Link}
                              to={`/besprekingen/${before.id}`}
                              size="sm"
                              aria-label={p.openBespreking(group.name, period.name)}
                            >
                              {p.open}
                            </Anchor>
                          </>
                        )}
                      </Group>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {canWrite && (
        <Group gap="md">
          <Button
            onClick={() => void save().catch(() => undefined)}
            disabled={items.length === 0}
            loading={plan.isPending}
          >
            {p.save}
          </Button>
          <Text size="sm" c="dimmed" role="status">
            {items.length === 0 ? p.nothingToSave : p.pending(items.length)}
          </Text>
        </Group>
      )}
      {result && !plan.error && (
        <Alert color="teal" variant="light" role="status">
          {p.saved(result.created, result.moved, result.kept)}
        </Alert>
      )}
      {plan.error !== null && <ErrorAlert error={plan.error} />}
    </Stack>
  );
}

export function PlanningTab({
  schoolId,
  params,
  set,
}: {
  schoolId: string;
  params: URLSearchParams;
  set(key: string, value: string | null): void;
}) {
  const { t } = useI18n();
  const list = useBesprekingen(schoolId, {
    schooljaar: params.get('schooljaar'),
    kind: 'groepsbespreking',
    status: null,
  });
  return (
    <Stack gap="md">
      <Text size="sm" maw={820}>
        {t.zorg.planning.intro}
      </Text>
      <QueryState query={list}>
        {(data) => (
          <Stack gap="md">
            <Select
              label={t.zorg.schooljaar}
              w={150}
              allowDeselect={false}
              value={data.schooljaar}
              onChange={(value) => set('schooljaar', value)}
              data={data.schooljaren}
            />
            <PlanningGridEditor key={data.schooljaar} schoolId={schoolId} data={data} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
