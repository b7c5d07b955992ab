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
import { ApiError } from '../../api/client';
import { usePeriods, useSavePeriods } from '../../api/plans';
import type { PeriodInput, Periods } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';

type Row = PeriodInput & { key: string };

const toRows = (data: Periods): Row[] =>
  data.periods.map((p) => ({
    key: p.id,
    id: p.id,
    name: p.name,
    startDate: p.startDate,
    endDate: p.endDate,
    closingKind: p.closingKind,
  }));

/** The error of one cell, from the server's issues ("periods.1.endDate" → row 1, field endDate). */
function issueFor(error: unknown, index: number, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((i) => i.field === `periods.${index}.${field}`)?.message;
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
  const [rows, setRows] = useState<Row[]>(() => toRows(data));
  useEffect(() => setRows(toRows(data)), [data]);
  const set = (key: string, change: Partial<Row>) =>
    setRows((r) => r.map((x) => (x.key === key ? { ...x, ...change } : x)));
  const closing = [
    { value: 'none', label: p.closingNone },
    ...(['B', 'M', 'E'] as const).map((k) => ({ value: k, label: p.closingKinds[k] ?? k })),
  ];
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
            <Table.Tr key={row.key}>
              <Table.Td>
                <TextInput
                  size="sm"
                  aria-label={`${p.name} ${i + 1}`}
                  value={row.name}
                  readOnly={!canEdit}
                  error={issueFor(save.error, i, 'name')}
                  onChange={(e) => set(row.key, { name: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="sm"
                  type="date"
                  aria-label={`${p.start}: ${row.name}`}
                  value={row.startDate}
                  readOnly={!canEdit}
                  error={issueFor(save.error, i, 'startDate')}
                  onChange={(e) => set(row.key, { startDate: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="sm"
                  type="date"
                  aria-label={`${p.end}: ${row.name}`}
                  value={row.endDate}
                  readOnly={!canEdit}
                  error={issueFor(save.error, i, 'endDate')}
                  onChange={(e) => set(row.key, { endDate: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  size="sm"
                  w={170}
                  aria-label={`${p.closing}: ${row.name}`}
                  data={closing}
                  value={row.closingKind ?? 'none'}
                  allowDeselect={false}
                  readOnly={!canEdit}
                  onChange={(v) =>
                    set(row.key, { closingKind: v === 'B' || v === 'M' || v === 'E' ? v : null })
                  }
                />
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={p.remove(row.name)}
                    disabled={rows.length <= 1}
                    onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
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
            onClick={() =>
              setRows((r) => [
                ...r,
                {
                  key: `nieuw-${r.length}-${Date.now()}`,
                  id: null,
                  name: p.newName(r.length + 1),
                  startDate: '',
                  endDate: '',
                  closingKind: null,
                },
              ])
            }
          >
            {p.add}
          </Button>
          <Button
            loading={save.isPending}
            onClick={() => save.mutate(rows.map(({ key: _key, ...rest }) => rest))}
          >
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
