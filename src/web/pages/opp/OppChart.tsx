import { Group, Text } from '@mantine/core';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useI18n } from '../../i18n';
import type { ChartPoint, OppChartData } from './opp-chart';

const REAL = '#0e747c';
const EXPECTED = '#a34f00';
const AVERAGE = '#8a9899';

function Swatch({ color, dash }: { color: string; dash?: string }) {
  return (
    <svg width="28" height="10" aria-hidden="true" style={{ flex: 'none' }}>
      <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth={dash ? 2 : 3} strokeDasharray={dash} />
    </svg>
  );
}

/** The legend as text beside the picture, so it prints and reads without hovering. */
function Legend({ lrv, hasExpected }: { lrv: string | null; hasExpected: boolean }) {
  const { t } = useI18n();
  const c = t.opp.chart;
  return (
    <Group gap="md" mt={4} wrap="wrap">
      <Group gap={6} wrap="nowrap">
        <Swatch color={REAL} />
        <Text size="xs">{c.real}</Text>
      </Group>
      {hasExpected && lrv !== null && (
        <Group gap={6} wrap="nowrap">
          <Swatch color={EXPECTED} dash="6 4" />
          <Text size="xs">{c.expected(lrv)}</Text>
        </Group>
      )}
      <Group gap={6} wrap="nowrap">
        <Swatch color={AVERAGE} dash="2 3" />
        <Text size="xs">{c.average}</Text>
      </Group>
    </Group>
  );
}

type I18n = ReturnType<typeof useI18n>;
type ChartTexts = I18n['t']['opp']['chart'];

/**
 * Grid, axes and tooltip as a list of recharts' own elements (not a component of ours), so the chart
 * sees exactly the children it saw when they were written inline.
 */
function axes(data: OppChartData, c: ChartTexts, formatNumber: I18n['formatNumber']) {
  return [
    <CartesianGrid key="grid" stroke="#e6ecec" />,
    <XAxis
      key="x"
      type="number"
      dataKey="dl"
      domain={data.xDomain}
      ticks={data.ticks.map((tick) => tick.dl)}
      tickFormatter={(dl: number) => data.ticks.find((tick) => tick.dl === dl)?.label ?? ''}
      tick={{ fontSize: 11, fill: '#4a5859' }}
      tickLine={false}
      allowDuplicatedCategory={false}
    />,
    <YAxis
      key="y"
      type="number"
      dataKey="dle"
      domain={data.yDomain}
      ticks={data.yTicks}
      tick={{ fontSize: 11, fill: '#4a5859' }}
      tickLine={false}
      axisLine={false}
      width={36}
      tickFormatter={(v: number) => formatNumber(Math.round(v))}
    />,
    <Tooltip
      key="tooltip"
      formatter={(value, name) => [formatNumber(Number(value)), String(name)]}
      labelFormatter={(_label, payload) => (payload[0]?.payload as ChartPoint | undefined)?.label || c.dl}
    />,
  ];
}

/** The average, the expected line, the real segments and the version breaks, in drawing order. */
function lines(data: OppChartData, c: ChartTexts) {
  return [
    <Line
      key="average"
      data={data.average}
      dataKey="dle"
      name={c.average}
      stroke={AVERAGE}
      strokeWidth={1.5}
      strokeDasharray="2 3"
      dot={false}
      activeDot={false}
      isAnimationActive={false}
    />,
    data.expected.length > 0 && (
      <Line
        key="expected"
        data={data.expected}
        dataKey="dle"
        name={c.expectedShort}
        stroke={EXPECTED}
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={{ r: 3, fill: EXPECTED }}
        isAnimationActive={false}
      />
    ),
    ...data.segments.map((segment, i) => (
      <Line
        key={`real-${segment[0]?.dl ?? i}`}
        data={segment}
        dataKey="dle"
        name={c.realShort}
        stroke={REAL}
        strokeWidth={2.5}
        dot={{ r: 4, fill: REAL }}
        isAnimationActive={false}
      />
    )),
    ...data.breaks.map((dl) => (
      <ReferenceLine
        key={`break-${dl}`}
        x={dl}
        stroke="#5c6a6b"
        strokeDasharray="3 3"
        label={{ value: c.versionBreak, position: 'insideTopLeft', fontSize: 10, fill: '#3d4b4c' }}
      />
    )),
  ];
}

/**
 * DLE over DL: the pupil's real line (broken where the toets version changes), the line the OPP
 * expects from its baseline, and the average pupil. A picture for the eye, hidden from screen
 * readers: the table beside it carries the same figures. A fixed width renders while hidden too,
 * which the printed OPP needs (a responsive chart measures nothing in a hidden block).
 */
export function OppChart({
  data,
  label,
  lrv,
  width,
  height = 240,
}: {
  data: OppChartData;
  label: string;
  lrv: string | null;
  width?: number;
  height?: number;
}) {
  const { t, formatNumber } = useI18n();
  const c = t.opp.chart;
  if (data.segments.length === 0 && data.expected.length === 0) return null;
  const chart = (
    <LineChart
      width={width}
      height={width ? height : undefined}
      margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      {axes(data, c, formatNumber)}
      {lines(data, c)}
    </LineChart>
  );
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ width: width ?? '100%', height }}>
        {width ? chart : <ResponsiveContainer>{chart}</ResponsiveContainer>}
      </div>
      <Legend lrv={lrv} hasExpected={data.expected.length > 0} />
    </figure>
  );
}
