import { Badge, Stack, Table, Text } from '@mantine/core';
import type { OppVakView } from '../../api/opp';
import type { VakAnalysis } from '../../api/types';
import { useI18n } from '../../i18n';
import { OppChart } from './OppChart';
import { chartOfVak } from './opp-chart';

type History = VakAnalysis['history'];

/** "volgens verwachting" in green, "onder de verwachting" in red, else grey: the word carries it. */
export function OnTrackBadge({ onTrack }: { onTrack: boolean | null }) {
  const { t } = useI18n();
  const tone = onTrack === null ? 'tone-open' : onTrack ? 'tone-klaar' : 'tone-niet';
  return (
    <Badge variant="light" className={tone} size="sm">
      {t.opp.vak.onTrack[String(onTrack)]}
    </Badge>
  );
}

/** Per coming meetpunt: the DLE the line expects, the score that reaches it, and the real DLE. */
function ExpectedTable({ view, vakLabel }: { view: OppVakView; vakLabel: string }) {
  const { t, formatNumber } = useI18n();
  const v = t.opp.vak;
  const realAt = (moment: string) =>
    view.results.findLast((r) => r.moment.toUpperCase() === moment.toUpperCase() && r.dle !== null);
  return (
    <Table fz="sm" verticalSpacing={2} className="opp-table opp-narrow">
      <Table.Caption>{v.tableCaption(vakLabel)}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{v.moment}</Table.Th>
          <Table.Th scope="col" ta="right">
            {v.expectedDle}
          </Table.Th>
          <Table.Th scope="col" ta="right" title={v.scoreHint}>
            {v.score}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {v.realDle}
          </Table.Th>
          <Table.Th scope="col">{v.verdict}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {view.expectedLine.map((p) => {
          const real = realAt(p.moment);
          const below = real?.dle != null ? real.dle < p.dle : null;
          return (
            <Table.Tr key={p.moment}>
              <Table.Td>{p.moment}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.dle)}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.score)}</Table.Td>
              <Table.Td ta="right">{formatNumber(real?.dle)}</Table.Td>
              <Table.Td>
                {below === null ? (
                  t.opp.empty
                ) : (
                  <Text span size="sm" c={below ? 'red.9' : undefined} fw={below ? 600 : undefined}>
                    {below ? v.below : v.onLine}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** For AVI: the level the OPP expects per moment, and the level the pupil reached then. */
export function AviTable({ view, vakLabel }: { view: OppVakView; vakLabel: string }) {
  const { t } = useI18n();
  const v = t.opp.vak;
  if (view.avi.length === 0) return null;
  return (
    <Table fz="sm" verticalSpacing={2} className="opp-table opp-narrow">
      <Table.Caption>{v.aviCaption(vakLabel)}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{v.aviMoment}</Table.Th>
          <Table.Th scope="col">{v.aviExpected}</Table.Th>
          <Table.Th scope="col">{v.aviActual}</Table.Th>
          <Table.Th scope="col">{v.verdict}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {view.avi.map((a) => (
          <Table.Tr key={a.moment}>
            <Table.Td>{a.moment}</Table.Td>
            <Table.Td>{a.expected}</Table.Td>
            <Table.Td>{a.actual ?? t.opp.empty}</Table.Td>
            <Table.Td>{a.below === null ? t.opp.empty : a.below ? v.aviBelow : v.aviOk}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The figures of one vak as the server computed them: the real leerrendement since the baseline
 * against the LRV, the chart with the expected line beside the real one, and the expected DLE and
 * score per coming meetpunt.
 */
export function VakFigures({
  view,
  history,
  vakLabel,
  chartWidth,
  compact = false,
}: {
  view: OppVakView;
  history: History | null;
  vakLabel: string;
  chartWidth?: number;
  /** Only the figures and the chart, for a card that has its own table of results. */
  compact?: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const v = t.opp.vak;
  const pct = (n: number | null) => t.opp.pct(formatNumber(n));
  return (
    <Stack gap="xs">
      {view.lrv !== null && (
        <Text size="sm">
          {view.leerrendementSince === null
            ? v.sinceNone
            : v.since(pct(view.leerrendementSince), pct(view.lrv))}{' '}
          <OnTrackBadge onTrack={view.onTrack} />
        </Text>
      )}
      <OppChart
        data={chartOfVak(view, history)}
        label={v.chartLabel(vakLabel)}
        lrv={view.lrv === null ? null : pct(view.lrv)}
        width={chartWidth}
      />
      {view.versionBreaks.map((b) => (
        <Text size="xs" c="dimmed" key={b.meetpunt}>
          {v.versionBreak(b.meetpunt, b.from.toetsName, b.to.toetsName)}
        </Text>
      ))}
      {!compact && view.expectedLine.length > 0 && <ExpectedTable view={view} vakLabel={vakLabel} />}
      {!compact && <AviTable view={view} vakLabel={vakLabel} />}
    </Stack>
  );
}
