/**
 * A small line of the last years for a grid cell: drawn by hand, because two dozen chart components
 * in one table would be slow, and a sparkline needs no axes. A new toets version starts a new line.
 * The numbers themselves are in the cell's details, so the picture is hidden from screen readers.
 */
interface Point {
  schooljaar: string;
  value: number | null;
  versionKey: string;
}

export function Sparkline({
  points,
  target,
  width = 96,
  height = 26,
  minSpan = 0,
}: {
  points: Point[];
  target: number | null;
  width?: number;
  height?: number;
  /** The least range the height stands for, so that a change of one point does not fill the line. */
  minSpan?: number;
}) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length < 2) return null;
  const all = target === null ? values : [...values, target];
  const widen = Math.max(0, minSpan - (Math.max(...all) - Math.min(...all))) / 2;
  const low = Math.min(...all) - widen;
  const high = Math.max(...all) + widen;
  const span = high - low || 1;
  const x = (i: number) => 3 + (i * (width - 6)) / Math.max(1, points.length - 1);
  const y = (v: number) => height - 3 - ((v - low) / span) * (height - 6);
  const lines: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    const previous = points[i - 1];
    if (p.value === null || (previous && previous.versionKey !== p.versionKey)) {
      if (current) lines.push(current);
      current = '';
    }
    if (p.value !== null) current += `${current ? ' L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) lines.push(current);
  const last = points.length - 1;
  const lastValue = points[last]?.value;
  return (
    <svg width={width} height={height} aria-hidden="true" className="sparkline">
      {target !== null && (
        <line
          x1={0}
          x2={width}
          y1={y(target)}
          y2={y(target)}
          stroke="#9aa7a8"
          strokeDasharray="3 2"
          strokeWidth={1}
        />
      )}
      {lines.map((d) => (
        <path key={d} d={d} fill="none" stroke="#005f66" strokeWidth={1.6} />
      ))}
      {lastValue !== null && lastValue !== undefined && (
        <circle cx={x(last)} cy={y(lastValue)} r={2.4} fill="#005f66" />
      )}
    </svg>
  );
}
