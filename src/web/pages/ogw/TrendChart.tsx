import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Trends } from '../../api/types';
import { useI18n } from '../../i18n';

const COLORS = ['#005f66', '#8a3c00', '#4b3c8a', '#2d5212'];

type ChartRow = Record<string, number | string | null | [number, number]>;

/**
 * One row per place on the x-axis (a schooljaar, or a jaargroep in a dwarsdoorsnede) with a value `v<i>`
 * and an interval `r<i>` per line (toets version); shares as percentages.
 */
function chartRows(data: Trends, xOf: (p: { schooljaar: string; jaargroep: number }) => string): ChartRow[] {
  const scale = (v: number | null) => (v === null ? null : data.measure === 'share' ? v * 100 : v);
  const rows = new Map<string, ChartRow>();
  data.segments.forEach((segment, i) => {
    for (const p of segment.points) {
      const x = xOf(p);
      const row = rows.get(x) ?? { x };
      row[`v${i}`] = scale(p.value);
      const low = scale(p.interval?.low ?? null);
      const high = scale(p.interval?.high ?? null);
      if (low !== null && high !== null) row[`r${i}`] = [low, high];
      rows.set(x, row);
    }
  });
  return [...rows.values()].sort((a, b) => String(a.x).localeCompare(String(b.x), 'nl', { numeric: true }));
}

/**
 * The trend as lines with their 90 % interval as a band; each toets version is its own line, and a
 * version change is marked. The table beside it carries the same numbers for screen readers.
 */
export function TrendChart({ data }: { data: Trends }) {
  const { t, formatNumber } = useI18n();
  const byJaargroep = data.kind === 'dwarsdoorsnede';
  const share = data.measure === 'share';
  const xOf = (p: { schooljaar: string; jaargroep: number }) =>
    byJaargroep ? t.overzicht.jaargroep(p.jaargroep) : p.schooljaar;
  const points = chartRows(data, xOf);
  if (points.length === 0) return null;
  return (
    <figure aria-label={t.trends.chartLabel(t.trends.measureLabel[data.measure])} style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ width: '100%', height: 300 }}>
        <ResponsiveContainer>
          <ComposedChart
            data={points}
            margin={{ top: 16, right: 24, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e6ecec" vertical={false} />
            <XAxis dataKey="x" tick={{ fontSize: 12, fill: '#4a5859' }} tickLine={false} />
            <YAxis
              tick={{ fontSize: 12, fill: '#4a5859' }}
              tickLine={false}
              axisLine={false}
              width={56}
              domain={share ? [0, 100] : ['auto', 'auto']}
              unit={share ? ' %' : ''}
            />
            <Tooltip
              formatter={(v) =>
                Array.isArray(v) ? v.map((x) => formatNumber(Number(x))).join('–') : formatNumber(Number(v))
              }
            />
            {data.segments.map((segment, i) => (
              <Area
                key={`r${segment.versionKey}-${i}`}
                dataKey={`r${i}`}
                stroke="none"
                fill={COLORS[i % COLORS.length]}
                fillOpacity={0.14}
                isAnimationActive={false}
                connectNulls={false}
                name={t.trends.intervalOf(segment.versionKey)}
              />
            ))}
            {data.segments.map((segment, i) => (
              <Line
                key={`v${segment.versionKey}-${i}`}
                dataKey={`v${i}`}
                stroke={COLORS[i % COLORS.length]}
                strokeWidth={2.2}
                dot={{ r: 3.5 }}
                isAnimationActive={false}
                connectNulls={false}
                name={segment.versionKey}
              />
            ))}
            {data.breaks.map((b) => (
              <ReferenceLine
                key={`${b.schooljaar}-${b.jaargroep}`}
                x={xOf(b)}
                stroke="#8a3c00"
                strokeDasharray="4 3"
                label={{
                  value: t.overzicht.versionBreak(b.schooljaar),
                  position: 'top',
                  fontSize: 11,
                  fill: '#8a3c00',
                }}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
