import { Alert, Anchor, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { Link } from 'react-router';
import {
  useBesprekingen,
  usePlanBesprekingen,
  type BesprekingList,
  type BesprekingSummary,
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

/** One group × period cell: a date input while still planned, the date once held; a link once it exists. */
function PlanningCell({
  groupName,
  periodName,
  before,
  value,
  readOnly,
  error,
  onChange,
}: {
  groupName: string;
  periodName: string;
  before: BesprekingSummary | undefined;
  value: string;
  readOnly: boolean;
  error: string | undefined;
  onChange(value: string): void;
}) {
  const { t, formatDate } = useI18n();
  const p = t.zorg.planning;
  return (
    <Table.Td>
      <Group gap="xs" wrap="nowrap">
        {before && before.status !== 'gepland' ? (
          <Text size="sm">{formatDate(before.plannedOn)}</Text>
        ) : (
          <TextInput
            type="date"
            size="xs"
            readOnly={readOnly}
            aria-label={p.cell(groupName, periodName)}
            value={value}
            error={error}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        )}
        {before && (
          <>
            <StatusBadge status={before.status} label={t.zorg.statuses[before.status] ?? before.status} />
            <Anchor
              component={Link}
              to={`/besprekingen/${before.id}`}
              size="sm"
              aria-label={p.openBespreking(groupName, periodName)}
            >
              {p.open}
            </Anchor>
          </>
        )}
      </Group>
    </Table.Td>
  );
}

function SaveRow({ count, pending, onSave }: { count: number; pending: boolean; onSave(): void }) {
  const { t } = useI18n();
  const p = t.zorg.planning;
  return (
    <Group gap="md">
      <Button onClick={onSave} disabled={count === 0} loading={pending}>
        {p.save}
      </Button>
      <Text size="sm" c="dimmed" role="status">
        {count === 0 ? p.nothingToSave : p.pending(count)}
      </Text>
    </Group>
  );
}

/** The grid itself: a row per group, a column per period, and above them the row that fills a period. */
function PlanningTable({
  data,
  existing,
  grid,
  setGrid,
  canWrite,
  errorAt,
}: {
  data: BesprekingList;
  existing: ReadonlyMap<string, BesprekingSummary>;
  grid: PlanningGrid;
  setGrid: Dispatch<SetStateAction<PlanningGrid>>;
  canWrite: boolean;
  errorAt(groepId: string, periodeId: string): string | undefined;
}) {
  const { t } = useI18n();
  const p = t.zorg.planning;
  return (
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
                return (
                  <PlanningCell
                    key={period.id}
                    groupName={group.name}
                    periodName={period.name}
                    before={existing.get(key)}
                    value={grid[key] ?? ''}
                    readOnly={!canWrite}
                    error={errorAt(group.id, period.id)}
                    onChange={(value) => setGrid((g) => ({ ...g, [key]: value }))}
                  />
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function PlanningGridEditor({ schoolId, data }: { schoolId: string; data: BesprekingList }) {
  const { t } = useI18n();
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
      <PlanningTable
        data={data}
        existing={existing}
        grid={grid}
        setGrid={setGrid}
        canWrite={canWrite}
        errorAt={(groepId, periodeId) => {
          const index = indexOf(groepId, periodeId);
          return index >= 0 ? fieldError(plan.error, `items.${index}.plannedOn`) : undefined;
        }}
      />
      {canWrite && (
        <SaveRow
          count={items.length}
          pending={plan.isPending}
          onSave={() => void save().catch(() => undefined)}
        />
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
