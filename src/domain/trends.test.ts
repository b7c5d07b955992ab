import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MomentKind } from './moments';
import {
  cohortTrend,
  dwarsdoorsnedeTrend,
  sameMomentTrend,
  segmentByVersion,
  type SegmentedTrend,
  type TrendPoint,
} from './trends';

const OLD = 'Cito LVS rekenen 2.0';
const NEW = 'Cito LVS rekenen 3.0';

const point = (schooljaar: string, versionKey: string, over: Partial<TrendPoint> = {}): TrendPoint => ({
  schooljaar,
  moment: 'M',
  jaargroep: 5,
  versionKey,
  n: 24,
  value: 0.7,
  interval: { low: 0.55, high: 0.82 },
  ...over,
});

const years = (trend: SegmentedTrend<TrendPoint>) =>
  trend.segments.map((s) => [s.versionKey, s.points.map((p) => p.schooljaar)]);

describe('segmentByVersion', () => {
  it('breaks the line where the school moved to the new version, and says in which schooljaar', () => {
    const trend = segmentByVersion([
      point('2023-2024', NEW),
      point('2021-2022', OLD),
      point('2024-2025', NEW),
      point('2022-2023', OLD),
    ]);
    expect(years(trend)).toEqual([
      [OLD, ['2021-2022', '2022-2023']],
      [NEW, ['2023-2024', '2024-2025']],
    ]);
    expect(trend.breaks).toEqual([
      { fromVersion: OLD, toVersion: NEW, schooljaar: '2023-2024', moment: 'M', jaargroep: 5 },
    ]);
  });

  it('keeps one line, gaps included, when the version never changes', () => {
    const trend = segmentByVersion([point('2021-2022', OLD), point('2022-2023', OLD, { value: null })]);
    expect(trend.segments).toHaveLength(1);
    expect(trend.breaks).toEqual([]);
  });

  it('does not join a version across a stretch of another', () => {
    const trend = segmentByVersion([
      point('2021-2022', OLD),
      point('2022-2023', NEW),
      point('2023-2024', OLD),
    ]);
    expect(years(trend)).toEqual([
      [OLD, ['2021-2022']],
      [NEW, ['2022-2023']],
      [OLD, ['2023-2024']],
    ]);
    expect(trend.breaks.map((b) => [b.fromVersion, b.toVersion, b.schooljaar])).toEqual([
      [OLD, NEW, '2022-2023'],
      [NEW, OLD, '2023-2024'],
    ]);
  });

  it('lets both lines reach the transition year in which the school took both versions', () => {
    const trend = segmentByVersion([
      point('2022-2023', OLD),
      point('2023-2024', NEW),
      point('2023-2024', OLD),
      point('2024-2025', NEW),
    ]);
    expect(years(trend)).toEqual([
      [OLD, ['2022-2023', '2023-2024']],
      [NEW, ['2023-2024', '2024-2025']],
    ]);
    expect(trend.breaks).toHaveLength(1);
  });

  it('orders B, M and E within a schooljaar and leaves out points it cannot place', () => {
    const trend = segmentByVersion([
      point('2024-2025', NEW, { moment: 'E' }),
      point('2024-2025', NEW, { moment: 'B' }),
      point('2024', NEW),
      point('2024-2025', NEW, { moment: 'X' as MomentKind }),
    ]);
    expect(trend.segments.map((s) => s.points.map((p) => p.moment))).toEqual([['B', 'E']]);
  });

  it('is empty for no points', () => {
    expect(segmentByVersion([])).toEqual({ segments: [], breaks: [] });
  });
});

const anyPoint = fc.record({
  schooljaar: fc.constantFrom('2020-2021', '2021-2022', '2022-2023', '2023-2024'),
  moment: fc.constantFrom<MomentKind>('B', 'M', 'E'),
  jaargroep: fc.integer({ min: 3, max: 8 }),
  versionKey: fc.constantFrom('A', 'B', 'C'),
  n: fc.integer({ min: 0, max: 30 }),
  value: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  interval: fc.constant(null),
});

describe('segmentByVersion properties', () => {
  it('never mixes versions, loses no point, and keeps each segment in order', () => {
    fc.assert(
      fc.property(
        fc.array(anyPoint, { maxLength: 30 }),
        fc.constantFrom('time' as const, 'jaargroep' as const),
        (points, axis) => {
          const trend = segmentByVersion(points, axis);
          const all = trend.segments.flatMap((s) => s.points);
          expect(all).toHaveLength(points.length);
          expect(new Set(all)).toEqual(new Set(points));
          for (const s of trend.segments) {
            expect(s.points.length).toBeGreaterThan(0);
            expect(s.points.every((p) => p.versionKey === s.versionKey)).toBe(true);
            const keys = s.points.map((p) =>
              axis === 'time' ? `${p.schooljaar}${'BME'.indexOf(p.moment)}` : p.jaargroep,
            );
            expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
          }
          const changes = trend.segments.filter(
            (s, i) => i > 0 && trend.segments[i - 1]?.versionKey !== s.versionKey,
          );
          expect(trend.breaks.map((b) => b.toVersion)).toEqual(changes.map((s) => s.versionKey));
          if (new Set(points.map((p) => p.versionKey)).size <= 1) expect(trend.breaks).toEqual([]);
        },
      ),
    );
  });
});

describe('the three trends', () => {
  const points: TrendPoint[] = [
    point('2022-2023', OLD, { jaargroep: 5 }),
    point('2023-2024', NEW, { jaargroep: 5 }),
    point('2023-2024', NEW, { jaargroep: 6 }),
    point('2024-2025', NEW, { jaargroep: 7 }),
    point('2023-2024', NEW, { jaargroep: 5, moment: 'E' }),
    point('2023-2024', OLD, { jaargroep: 7 }),
    point('2023-2024', OLD, { jaargroep: 8 }),
  ];

  it('sameMomentTrend follows groep 5 at M over the years', () => {
    const trend = sameMomentTrend(points, 5, 'M');
    expect(years(trend)).toEqual([
      [OLD, ['2022-2023']],
      [NEW, ['2023-2024']],
    ]);
    expect(trend.breaks[0]?.schooljaar).toBe('2023-2024');
  });

  it('cohortTrend follows the groep 5 of 2022-2023 into groep 6 and 7, every moment', () => {
    const trend = cohortTrend(points, { schooljaar: '2022-2023', jaargroep: 5 });
    expect(trend.segments.map((s) => s.points.map((p) => `${p.jaargroep}${p.moment}`))).toEqual([
      ['5M'],
      ['6M', '7M'],
    ]);
  });

  it('dwarsdoorsnedeTrend runs along the jaargroepen of one moment, broken where the versions differ', () => {
    const trend = dwarsdoorsnedeTrend(points, '2023-2024', 'M');
    expect(trend.segments.map((s) => [s.versionKey, s.points.map((p) => p.jaargroep)])).toEqual([
      [NEW, [5, 6]],
      [OLD, [7, 8]],
    ]);
    expect(trend.breaks).toEqual([
      { fromVersion: NEW, toVersion: OLD, schooljaar: '2023-2024', moment: 'M', jaargroep: 7 },
    ]);
  });

  it('hands back the caller’s own points, extra fields included', () => {
    const tagged = points.map((p, i) => ({ ...p, id: `p${i}` }));
    const trend = sameMomentTrend(tagged, 5, 'M');
    expect(trend.segments.flatMap((s) => s.points.map((p) => p.id))).toEqual(['p0', 'p1']);
  });
});
