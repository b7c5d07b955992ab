import { Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { MonitoringCell, MonitoringScale } from '../../api/veiligheid';
import { useI18n } from '../../i18n';

/** A share as a percentage with at most one decimal. */
const pct = (share: number, format: (n: number) => string) => format(Math.round(share * 1000) / 10);

/** One row: N, the share favourable with its count, its 90 % margin; only the size of a withheld cell. */
function CellRow({
  label,
  cell,
  minCellSize,
  strong,
}: {
  label: string;
  cell: MonitoringCell;
  minCellSize: number;
  strong?: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const v = t.veiligheid;
  const fmt = (n: number) => formatNumber(n);
  return (
    <Table.Tr className={strong ? 'veiligheid-total' : undefined}>
      <Table.Th scope="row" fw={strong ? 700 : 500}>
        {label}
      </Table.Th>
      <Table.Td>
        {cell.n}
        {cell.missing > 0 && (
          <Text size="xs" c="dimmed">
            {v.withoutBand(cell.missing)}
          </Text>
        )}
      </Table.Td>
      {cell.suppressed || cell.share === null || cell.favourable === null ? (
        <Table.Td colSpan={2}>
          <Text size="sm" c="dimmed">
            {cell.n >= minCellSize ? v.withheldForOther : v.suppressed(minCellSize)}
          </Text>
        </Table.Td>
      ) : (
        <>
          <Table.Td fw={650}>{v.share(pct(cell.share, fmt), cell.favourable, cell.n)}</Table.Td>
          <Table.Td>
            {cell.interval ? v.range(pct(cell.interval.low, fmt), pct(cell.interval.high, fmt)) : '–'}
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}

/** A safety or well-being scale of one instrument: per groep 5–8 and for the whole school. */
export function MonitoringScaleTable({
  scale,
  minCellSize,
}: {
  scale: MonitoringScale;
  minCellSize: number;
}) {
  const { t } = useI18n();
  const v = t.veiligheid;
  const id = useId();
  const scaleName = v.scaleNames[scale.schaal] ?? scale.schaal;
  const instrument = v.instrumentNames[scale.instrument] ?? scale.instrument;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={id}
      className="veiligheid-block"
    >
      <Title order={3} size="h5" id={id} mb="xs">
        {`${scaleName} · ${instrument}`}
      </Title>
      <Table withTableBorder withColumnBorders striped={false} className="veiligheid-table">
        <Table.Caption>{v.scaleCaption(scaleName, instrument)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{v.groep}</Table.Th>
            <Table.Th scope="col">{v.n}</Table.Th>
            <Table.Th scope="col">{v.favourableHeader(scale.domain)}</Table.Th>
            <Table.Th scope="col">{v.interval}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scale.groepen.map((g) => (
            <CellRow key={g.jaargroep} label={v.groepName(g.jaargroep)} cell={g} minCellSize={minCellSize} />
          ))}
          <CellRow label={v.school} cell={scale.school} minCellSize={minCellSize} strong />
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
