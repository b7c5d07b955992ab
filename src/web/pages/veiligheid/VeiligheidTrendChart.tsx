import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
} from 'recharts';
import type { VeiligheidTrend, VeiligheidTrendYear } from '../../api/veiligheid';
import { useI18n } from '../../i18n';

const DOMAINS = ['veiligheid', 'welbevinden'] as const;
/** The trends page's first two line colours, with enough contrast on white. */
export const DOMAIN_COLORS = { veiligheid: '#005f66', welbevinden: '#8a3c00' } as const;

type ChartRow = Record<string, number | string | null | [number, number]>;

/** One row per schooljaar: per domain its share `v_<domain>` and interval `r_<domain>` in percent. */
function chartRows(years: VeiligheidTrendYear[]): ChartRow[] {
  return years.map((y) => {
    const row: ChartRow = { x: y.schooljaar };
    for (const d of DOMAINS) {
      const point = y[d];
      row[`v_${d}`] = point?.share == null ? null : point.share * 100;
      if (point?.interval) row[`r_${d}`] = [point.interval.low * 100, point.interval.high * 100];
    }
    return row;
  });
}

/**
 * A schooljaar on the axis, with beneath it, in the domain's colour, why a domain has no point that
 * year: a missing point is a gap in the line, never a zero.
 */
function YearTick(
  props: Pick<XAxisTickContentProps, 'x' | 'y' | 'payload'> & {
    notes: ReadonlyMap<string, { text: string; color: string }[]>;
  },
) {
  const year = String(props.payload.value);
  return (
    <g transform={`translate(${Number(props.x)},${Number(props.y)})`}>
      <text textAnchor="middle" fontSize={12} fill="#4a5859">
        <tspan x={0} dy={14}>
          {year}
        </tspan>
        {(props.notes.get(year) ?? []).map((note) => (
          <tspan key={note.text} x={0} dy={15} fontSize={11} fill={note.color}>
            {note.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/**
 * Per domain a line of the share of pupils who feel safe or well, its 90 % interval as a band. The
 * table beneath carries the same figures for screen readers, so the chart itself is hidden from them.
 */
export function VeiligheidTrendChart({ data }: { data: VeiligheidTrend }) {
  const { t, formatNumber } = useI18n();
  const vt = t.veiligheidTrend;
  const notes = new Map(
    data.years.map((y) => [
      y.schooljaar,
      DOMAINS.flatMap((d) => {
        const point = y[d];
        const name = vt.shortDomains[d] ?? d;
        if (point && !point.suppressed) return [];
        const text = point ? vt.axisSuppressed(name) : vt.axisNotMeasured(name);
        return [{ text, color: DOMAIN_COLORS[d] }];
      }),
    ]),
  );
  const tickLines = Math.max(0, ...[...notes.values()].map((n) => n.length));
  return (
    <figure aria-label={vt.chartLabel} style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ width: '100%', height: 320 + tickLines * 15 }}>
        <ResponsiveContainer>
          <ComposedChart
            data={chartRows(data.years)}
            margin={{ top: 16, right: 32, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e6ecec" vertical={false} />
            <XAxis
              dataKey="x"
              tickLine={false}
              interval={0}
              padding={{ left: 48, right: 48 }}
              height={24 + tickLines * 15}
              tick={(tick: XAxisTickContentProps) => (
                <YearTick x={tick.x} y={tick.y} payload={tick.payload} notes={notes} />
              )}
            />
            <YAxis
              tick={{ fontSize: 12, fill: '#4a5859' }}
              tickLine={false}
              axisLine={false}
              width={56}
              domain={[0, 100]}
              unit=" %"
            />
            <Tooltip
              formatter={(v) =>
                Array.isArray(v)
                  ? v.map((x) => `${formatNumber(Number(x))} %`).join(' – ')
                  : `${formatNumber(Number(v))} %`
              }
            />
            {/* By data key, so safety comes first as in the table (the default sorts by the name). */}
            <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 13 }} itemSorter="dataKey" />
            {DOMAINS.map((d) => (
              <Area
                key={`r_${d}`}
                dataKey={`r_${d}`}
                stroke="none"
                fill={DOMAIN_COLORS[d]}
                fillOpacity={0.1}
                isAnimationActive={false}
                connectNulls={false}
                legendType="none"
                name={vt.intervalOf(vt.domains[d] ?? d)}
              />
            ))}
            {DOMAINS.map((d) => (
              <Line
                key={`v_${d}`}
                dataKey={`v_${d}`}
                stroke={DOMAIN_COLORS[d]}
                strokeWidth={2.2}
                strokeDasharray={d === 'welbevinden' ? '6 3' : undefined}
                dot={{ r: 4 }}
                isAnimationActive={false}
                connectNulls={false}
                name={vt.domains[d] ?? d}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
