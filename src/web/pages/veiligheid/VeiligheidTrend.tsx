/**
 * Social safety and well-being over the years, beside the school's trends: per schooljaar the yearly
 * monitoring's share of pupils who feel safe and well, as lines with their 90 % band, and a table with
 * N, share and margin per domain; each year links to its monitoring. A year withheld (fewer than ten
 * pupils) or not measured says so, in the table and under the year on the chart.
 */
import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import {
  useVeiligheidTrend,
  type VeiligheidTrend as Trend,
  type VeiligheidTrendYear,
} from '../../api/veiligheid';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { VeiligheidTrendChart } from './VeiligheidTrendChart';

const DOMAINS = ['veiligheid', 'welbevinden'] as const;

/** A share as a percentage with at most one decimal. */
const pct = (share: number, format: (n: number) => string) => format(Math.round(share * 1000) / 10);

/** One domain in one year: N, the share with its count and scale, the margin; or why there is none. */
function DomainCells({
  point,
  minCellSize,
}: {
  point: VeiligheidTrendYear['veiligheid'];
  minCellSize: number;
}) {
  const { t, formatNumber } = useI18n();
  const vt = t.veiligheidTrend;
  const v = t.veiligheid;
  const fmt = (n: number) => formatNumber(n);
  if (!point)
    return (
      <>
        <Table.Td>–</Table.Td>
        <Table.Td colSpan={2}>
          <Text size="sm" c="dimmed">
            {vt.notMeasured}
          </Text>
        </Table.Td>
      </>
    );
  const scale = (
    <Text size="xs" c="dimmed">
      {vt.scale(
        v.scaleNames[point.schaal] ?? point.schaal,
        v.instrumentNames[point.instrument] ?? point.instrument,
      )}
    </Text>
  );
  if (point.suppressed || point.share === null || point.favourable === null)
    return (
      <>
        <Table.Td>{point.n}</Table.Td>
        <Table.Td colSpan={2}>
          <Text size="sm" c="dimmed">
            {vt.suppressed(minCellSize)}
          </Text>
          {scale}
        </Table.Td>
      </>
    );
  return (
    <>
      <Table.Td>{point.n}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={650}>
          {vt.shareOf(pct(point.share, fmt), point.favourable, point.n)}
        </Text>
        {scale}
      </Table.Td>
      <Table.Td>
        {point.interval ? vt.range(pct(point.interval.low, fmt), pct(point.interval.high, fmt)) : '–'}
      </Table.Td>
    </>
  );
}

function YearsTable({ data }: { data: Trend }) {
  const { t } = useI18n();
  const vt = t.veiligheidTrend;
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table fz="sm" withTableBorder withColumnBorders>
        <Table.Caption>{vt.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              {vt.schooljaar}
            </Table.Th>
            <Table.Th scope="col" rowSpan={2}>
              {vt.monitoring}
            </Table.Th>
            {DOMAINS.map((d) => (
              <Table.Th key={d} scope="colgroup" colSpan={3}>
                {vt.domains[d]}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {DOMAINS.flatMap((d) => [
              <Table.Th key={`${d}-n`} scope="col">
                {vt.n}
              </Table.Th>,
              <Table.Th key={`${d}-share`} scope="col">
                {vt.share}
              </Table.Th>,
              <Table.Th key={`${d}-interval`} scope="col">
                {vt.interval}
              </Table.Th>,
            ])}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...data.years].reverse().map((y) => (
            <Table.Tr key={y.schooljaar}>
              <Table.Th scope="row" fw={500}>
                <Anchor
                  component={Link}
                  to={`/scholen/${data.schoolId}/veiligheid?schooljaar=${y.schooljaar}`}
                  size="sm"
                >
                  {y.schooljaar}
                </Anchor>
              </Table.Th>
              <Table.Td>{y.complete ? vt.complete : vt.incomplete}</Table.Td>
              {DOMAINS.map((d) => (
                <DomainCells key={d} point={y[d]} minCellSize={data.minCellSize} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function VeiligheidTrend({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const vt = t.veiligheidTrend;
  const trend = useVeiligheidTrend(schoolId);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="veiligheid-trend">
      <Stack gap="xs">
        <Title order={2} size="h4" id="veiligheid-trend">
          {vt.title}
        </Title>
        <Text size="sm" c="dimmed">
          {vt.intro}
        </Text>
        <Anchor component={Link} to={`/scholen/${schoolId}/veiligheid`} size="sm" w="fit-content">
          {vt.link}
        </Anchor>
        <QueryState query={trend}>
          {(data) =>
            data.years.length === 0 ? (
              <Text c="dimmed">{vt.empty}</Text>
            ) : (
              <>
                <VeiligheidTrendChart data={data} />
                <YearsTable data={data} />
                <List size="xs" spacing={2} listStyleType="none" aria-label={vt.legend}>
                  <List.Item>{vt.legendItems.favourable}</List.Item>
                  <List.Item>{vt.legendItems.band}</List.Item>
                  <List.Item>{vt.legendItems.gap(data.minCellSize)}</List.Item>
                </List>
              </>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
