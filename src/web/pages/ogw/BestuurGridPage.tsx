import { Anchor, Badge, Group, Paper, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useBestuurGrid } from '../../api/ogw';
import type { BestuurGrid } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { BestuurUitstroom } from './BestuurUitstroom';
import { BestuurWelzijn } from '../veiligheid/BestuurWelzijn';
import { VERDICT_TONE } from './format';
import { OgwLegend, VERDICT_LEGEND } from './OgwLegend';

type GridCell = BestuurGrid['total'][number];

function Cell({ cell, minCell }: { cell: GridCell; minCell: number }) {
  const { t, formatNumber } = useI18n();
  const o = t.overzicht;
  if (cell.n === 0) return <Text c="dimmed">–</Text>;
  return (
    <Stack gap={2}>
      {cell.suppressed ? (
        // A large suppressed cell is a total that would give a small school cell away by subtraction.
        <Text size="xs">{cell.n >= minCell ? o.suppressedTotal : o.suppressed}</Text>
      ) : (
        <>
          <Text fw={700}>{`${formatNumber((cell.value ?? 0) * 100)} %`}</Text>
          {cell.interval && (
            <Text size="xs" c="dimmed">
              {o.interval(
                `${formatNumber(cell.interval.low * 100)} %`,
                `${formatNumber(cell.interval.high * 100)} %`,
              )}
            </Text>
          )}
        </>
      )}
      <Text size="xs" c="dimmed">
        {o.pupils(cell.n)}
      </Text>
      {cell.ambition !== null && (
        <Text size="xs" c="dimmed">
          {`${o.ambition.toLowerCase()} ${formatNumber(cell.ambition * 100)} %`}
        </Text>
      )}
      {cell.verdict && (
        <Badge size="xs" variant="light" tt="none" className={`verdict-badge ${VERDICT_TONE[cell.verdict]}`}>
          {o.verdicts[cell.verdict]}
        </Badge>
      )}
    </Stack>
  );
}

/** Vak, schooljaar and moment of the grid, kept in the address. */
function GridFilters({ data, set }: { data: BestuurGrid; set: (key: string, value: string) => void }) {
  const { t } = useI18n();
  return (
    <Group align="flex-end">
      <Select
        label={t.ambities.vak}
        w={200}
        allowDeselect={false}
        value={data.vak}
        data={data.vakken.map((v) => ({ value: v, label: t.vakken[v] ?? v }))}
        onChange={(v) => v && set('vak', v)}
      />
      <Select
        label={t.overzicht.schooljaar}
        w={160}
        allowDeselect={false}
        value={data.schooljaar}
        data={data.schooljaren.length > 0 ? data.schooljaren : [data.schooljaar]}
        onChange={(v) => v && set('schooljaar', v)}
      />
      <div>
        <Text size="sm" fw={500} mb={4} id="grid-moment">
          {t.overzicht.moment}
        </Text>
        <SegmentedControl
          aria-labelledby="grid-moment"
          value={data.moment}
          onChange={(v) => set('moment', v)}
          data={['M', 'E'].map((m) => ({ value: m, label: t.overzicht.moments[m] ?? m }))}
        />
      </div>
    </Group>
  );
}

function GridTable({ data }: { data: BestuurGrid }) {
  const { t } = useI18n();
  const b = t.bestuurGrid;
  return (
    <Table verticalSpacing="sm" miw={900} className="overzicht-grid">
      <Table.Caption>{b.caption(t.vakken[data.vak] ?? data.vak, data.schooljaar, data.moment)}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{b.school}</Table.Th>
          {data.jaargroepen.map((j) => (
            <Table.Th scope="col" key={j}>
              {t.overzicht.jaargroep(j)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.schools.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Th scope="row">
              <Anchor
                component={Link}
                to={`/scholen/${s.id}/schooloverzicht?schooljaar=${data.schooljaar}&moment=${data.moment}`}
                fw={600}
              >
                {s.name}
              </Anchor>
            </Table.Th>
            {s.cells.map((c) => (
              <Table.Td key={c.jaargroep}>
                <Cell cell={c} minCell={data.minCellSize} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
        <Table.Tr className="grid-total">
          <Table.Th scope="row">{b.total}</Table.Th>
          {data.total.map((c) => (
            <Table.Td key={c.jaargroep}>
              <Cell cell={c} minCell={data.minCellSize} />
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function BestuurGridPage() {
  const { t } = useI18n();
  const b = t.bestuurGrid;
  const [params, setParams] = useSearchParams();
  const grid = useBestuurGrid({
    schooljaar: params.get('schooljaar'),
    moment: params.get('moment'),
    vak: params.get('vak'),
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  return (
    <QueryState query={grid}>
      {(data) => (
        <Stack gap="md" className="overzicht-page">
          <PageHeader
            title={b.title}
            subtitle={b.intro}
            crumbs={[{ label: t.app.home, to: '/' }, { label: b.title }]}
          />
          <GridFilters data={data} set={set} />
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <GridTable data={data} />
          </Paper>
          <OgwLegend items={[...VERDICT_LEGEND, 'share', 'suppressed']} />
          <BestuurUitstroom cohort={params.get('cohort')} onCohort={(v) => set('cohort', v)} />
          <BestuurWelzijn schooljaar={params.get('welzijn')} onSchooljaar={(v) => set('welzijn', v)} />
        </Stack>
      )}
    </QueryState>
  );
}
