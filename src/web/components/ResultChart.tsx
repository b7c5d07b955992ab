import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n';

interface ChartPoint {
  label: string;
  score: number;
  niveau: string | null;
}

/**
 * The vaardigheidsscore over time. The table next to it carries the same numbers, so the chart is
 * a picture for the eye and hidden from screen readers, which read the table.
 */
/** Axis ticks on round numbers (20, 30, 40 …), with some room above and below the data. */
function niceTicks(points: ChartPoint[]): number[] {
  const scores = points.map((p) => p.score);
  const low = Math.floor((Math.min(...scores) - 5) / 10) * 10;
  const high = Math.ceil((Math.max(...scores) + 5) / 10) * 10;
  const step = high - low > 80 ? 20 : 10;
  const ticks: number[] = [];
  for (let v = low; v <= high; v += step) ticks.push(v);
  return ticks;
}

export function ResultChart({ points, label }: { points: ChartPoint[]; label: string }) {
  const { formatNumber } = useI18n();
  if (points.length === 0) return null;
  const ticks = niceTicks(points);
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ width: '100%', height: 220 }}>
        <ResponsiveContainer>
          <LineChart
            data={points}
            margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e6ecec" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#4a5859' }} tickLine={false} />
            <YAxis
              domain={[ticks[0] ?? 0, ticks.at(-1) ?? 100]}
              ticks={ticks}
              tick={{ fontSize: 12, fill: '#4a5859' }}
              tickLine={false}
              axisLine={false}
              width={44}
              tickFormatter={(v: number) => formatNumber(Math.round(v))}
            />
            <Tooltip
              formatter={(value, _name, item) => {
                const niveau = (item.payload as ChartPoint).niveau;
                return [`${formatNumber(Number(value))}${niveau ? ` (${niveau})` : ''}`, 'VS'];
              }}
            />
            <Line
              type="linear"
              dataKey="score"
              stroke="#0e747c"
              strokeWidth={2.5}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
