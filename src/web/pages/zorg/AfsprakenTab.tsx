import { Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useAfspraken, type AfspraakStatus } from '../../api/zorg';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { sortAfspraken } from '../home-sections';
import { AfsprakenTable } from './AfsprakenTable';

const FILTERS = ['open', 'gedaan', 'alle'] as const;

/** All afspraken of the school (IB, schoolleider), open ones first by default. */
export function AfsprakenTab({
  schoolId,
  params,
  set,
}: {
  schoolId: string;
  params: URLSearchParams;
  set(key: string, value: string | null): void;
}) {
  const { t } = useI18n();
  const a = t.afspraak;
  const wanted = params.get('afspraken');
  const filter = FILTERS.find((f) => f === wanted) ?? 'open';
  const status: AfspraakStatus | null = filter === 'alle' ? null : filter;
  const list = useAfspraken(schoolId, status);
  return (
    <Stack gap="md">
      <Group>
        <SegmentedControl
          aria-label={a.filter}
          value={filter}
          onChange={(value) => set('afspraken', value === 'open' ? null : value)}
          data={FILTERS.map((f) => ({ value: f, label: a.filters[f] ?? f }))}
        />
      </Group>
      <QueryState query={list}>
        {(data) =>
          data.afspraken.length === 0 ? (
            <Paper withBorder radius="md" p="lg">
              <Text c="dimmed">{filter === 'open' ? a.noneOpen : a.none}</Text>
              <Text size="sm" c="dimmed">
                {a.noneHint}
              </Text>
            </Paper>
          ) : (
            <AfsprakenTable afspraken={sortAfspraken(data.afspraken)} caption={a.caption} empty={a.none} />
          )
        }
      </QueryState>
    </Stack>
  );
}
