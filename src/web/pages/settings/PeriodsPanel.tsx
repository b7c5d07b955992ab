import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { usePeriods, useSavePeriods } from '../../api/plans';
import type { Periods } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { closingKindOf, issueFor, toInput, toRows, withNewRow, type PeriodRow } from './periods';

function PeriodRowFields({
  row,
  index,
  error,
  canEdit,
  canRemove,
  onChange,
  onRemove,
}: {
  row: PeriodRow;
  index: number;
  error: unknown;
  canEdit: boolean;
  canRemove: boolean;
  onChange(change: Partial<PeriodRow>): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const p = t.periods;
  const closing = [
    { value: 'none', label: p.closingNone },
    ...(['B', 'M', 'E'] as const).map((k) => ({ value: k, label: p.closingKinds[k] ?? k })),
  ];
  const dateField = (field: 'startDate' | 'endDate', label: string) => (
    <TextInput
      size="sm"
      type="date"
      aria-label={`${label}: ${row.name}`}
      value={row[field]}
      readOnly={!canEdit}
      error={issueFor(error, index, field)}
      onChange={(e) => onChange({ [field]: e.currentTarget.value })}
    />
  );
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput
          size="sm"
          aria-label={`${p.name} ${index + 1}`}
          value={row.name}
          readOnly={!canEdit}
          error={issueFor(error, index, 'name')}
          onChange={(e) => onChange({ name: e.currentTarget.value })}
        />
      </Table.Td>
      <Table.Td>{dateField('startDate', p.start)}</Table.Td>
      <Table.Td>{dateField('endDate', p.end)}</Table.Td>
      <Table.Td>
        <Select
          size="sm"
          w={170}
          aria-label={`${p.closing}: ${row.name}`}
          data={closing}
          value={row.closingKind ?? 'none'}
          allowDeselect={false}
          readOnly={!canEdit}
          onChange={(v) => onChange({ closingKind: closingKindOf(v) })}
        />
      </Table.Td>
      {canEdit && (
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={p.remove(row.name)}
            disabled={!canRemove}
            onClick={onRemove}
          >
            ×
          </ActionIcon>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function PeriodsEditor({
  schoolId,
  schooljaar,
  data,
  canEdit,
}: {
  schoolId: string;
  schooljaar: string;
  data: Periods;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const p = t.periods;
  const save = useSavePeriods(schoolId, schooljaar);
  const [rows, setRows] = useState<PeriodRow[]>(() => toRows(data));
  useEffect(() => setRows(toRows(data)), [data]);
  const set = (key: string, change: Partial<PeriodRow>) =>
    setRows((r) => r.map((x) => (x.key === key ? { ...x, ...change } : x)));
  return (
    <Stack gap="sm">
      <Table verticalSpacing={6}>
        <Table.Caption>{p.caption(schooljaar)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{p.name}</Table.Th>
            <Table.Th scope="col">{p.start}</Table.Th>
            <Table.Th scope="col">{p.end}</Table.Th>
            <Table.Th scope="col">{p.closing}</Table.Th>
            {canEdit && <Table.Th scope="col" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <PeriodRowFields
              key={row.key}
              row={row}
              index={i}
              error={save.error}
              canEdit={canEdit}
              canRemove={rows.length > 1}
              onChange={(change) => set(row.key, change)}
              onRemove={() => setRows((r) => r.filter((x) => x.key !== row.key))}
            />
          ))}
        </Table.Tbody>
      </Table>
      {save.error !== null && <ErrorAlert error={save.error} />}
      {save.isSuccess && (
        <Alert variant="light" color="teal" role="status">
          {p.saved}
        </Alert>
      )}
      {canEdit && (
        <Group>
          <Button
            variant="default"
            onClick={() => setRows((r) => withNewRow(r, p.newName(r.length + 1), Date.now()))}
          >
            {p.add}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate(toInput(rows))}>
            {p.save}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function PeriodsPanel({
  schoolId,
  schooljaren,
  canEdit,
}: {
  schoolId: string;
  schooljaren: { name: string; current: boolean }[];
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const p = t.periods;
  const [schooljaar, setSchooljaar] = useState<string | null>(
    () => schooljaren.find((s) => s.current)?.name ?? schooljaren[0]?.name ?? null,
  );
  const periods = usePeriods(schoolId, schooljaar);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h3">
          {p.title}
        </Title>
        <Select
          w={180}
          aria-label={p.schooljaar}
          data={schooljaren.map((s) => s.name)}
          value={schooljaar}
          allowDeselect={false}
          onChange={setSchooljaar}
        />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {canEdit ? p.intro : `${p.intro} ${p.readOnly}`}
      </Text>
      {periods.error !== null && <ErrorAlert error={periods.error} />}
      {periods.data && schooljaar && (
        <PeriodsEditor
          key={schooljaar}
          schoolId={schoolId}
          schooljaar={schooljaar}
          data={periods.data}
          canEdit={canEdit}
        />
      )}
    </Paper>
  );
}
