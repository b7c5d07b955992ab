import { describe, expect, it } from 'vitest';
import type { OppVakView } from '../../api/opp';
import { momentOfDle, oppChartData, realPointsOfView, segmentsOf } from './opp-chart';

const point = (dl: number, dle: number, scale: string) => ({ dl, dle, label: `p${dl}`, scale });

describe('segmentsOf', () => {
  it('keeps results on one toets version in one segment, in order of DL', () => {
    const { segments, breaks } = segmentsOf([point(20, 14, 'a'), point(5, 1, 'a'), point(10, 5, 'a')]);
    expect(segments.map((s) => s.map((p) => p.dl))).toEqual([[5, 10, 20]]);
    expect(breaks).toEqual([]);
  });

  it('breaks the line where the version changes, and marks the DL of the first point after it', () => {
    const { segments, breaks } = segmentsOf([
      point(5, 3, 'rw-2'),
      point(10, 7, 'rw-2'),
      point(15, 11, 'rw-3'),
      point(20, 16, 'rw-3'),
    ]);
    expect(segments.map((s) => s.map((p) => p.dle))).toEqual([
      [3, 7],
      [11, 16],
    ]);
    expect(breaks).toEqual([15]);
  });

  it('has no segment without points', () => {
    expect(segmentsOf([])).toEqual({ segments: [], breaks: [] });
  });
});

describe('oppChartData', () => {
  // A pupil at DLE 4 at the end of groep 4 (DL 20) with an LRV of 50 %: 20 % of E8's 60 … by hand,
  // 4 + 0,5 × (25 − 20) = 6,5 at M5 and 4 + 0,5 × 40 = 24 at E8.
  const baseline = { dl: 20, dle: 4, label: 'E4' };
  const expected = [
    { moment: 'M5', dl: 25, dle: 6.5 },
    { moment: 'E8', dl: 60, dle: 24 },
  ];

  it('starts the expected line at the baseline and runs it to the end of groep 8', () => {
    const data = oppChartData({ baseline, expected, real: [point(10, 1, 'a'), point(20, 4, 'a')] });
    expect(data.expected.map((p) => [p.dl, p.dle])).toEqual([
      [20, 4],
      [25, 6.5],
      [60, 24],
    ]);
    expect(data.xDomain).toEqual([10, 60]);
  });

  it('draws the average pupil as DLE = DL over the whole axis', () => {
    const data = oppChartData({ baseline, expected, real: [point(10, 1, 'a')] });
    expect(data.average.map((p) => [p.dl, p.dle])).toEqual([
      [10, 10],
      [60, 60],
    ]);
  });

  it('labels the ticks with the moments of the axis (M4 is DL 15, E8 is DL 60)', () => {
    const data = oppChartData({ baseline, expected, real: [point(10, 1, 'a')] });
    expect(data.ticks[0]).toEqual({ dl: 10, label: 'E3' });
    expect(data.ticks[1]).toEqual({ dl: 15, label: 'M4' });
    expect(data.ticks.at(-1)).toEqual({ dl: 60, label: 'E8' });
  });

  it('without an LRV draws no expected line and ends the axis after the last result', () => {
    const data = oppChartData({ baseline, expected: [], real: [point(10, 1, 'a'), point(20, 4, 'a')] });
    expect(data.expected).toEqual([]);
    expect(data.xDomain).toEqual([10, 25]);
  });

  it('keeps the vertical axis at or above zero with room around the lowest point', () => {
    const data = oppChartData({ baseline, expected, real: [point(5, 0.5, 'a')] });
    expect(data.yDomain).toEqual([0, 70]);
    expect(data.yTicks).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
  });

  it('ticks every 5 months on a short axis', () => {
    // Results from DL 5 to 20 (DLE 1 … 14), no expectation: the DL axis ends at 25, where the average
    // pupil is at DLE 25, so the DLE axis needs room above 25.
    const data = oppChartData({ baseline: null, expected: [], real: [point(5, 1, 'a'), point(20, 14, 'a')] });
    expect(data.xDomain).toEqual([5, 25]);
    expect(data.yTicks).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });
});

describe('momentOfDle', () => {
  it('gives the last moment an average pupil has reached at this DLE', () => {
    expect(momentOfDle(24)).toBe('E4');
    expect(momentOfDle(25)).toBe('M5');
    expect(momentOfDle(60)).toBe('E8');
  });

  it('has no moment before the middle of groep 3', () => {
    expect(momentOfDle(4)).toBeNull();
  });
});

describe('realPointsOfView', () => {
  const result = (meetpunt: string, moment: string, dl: number, dle: number | null) => ({
    resultId: meetpunt,
    meetpunt,
    schooljaar: '2026-2027',
    moment,
    date: '2027-01-20',
    toetsId: 't',
    toetsName: 'Rekenen',
    score: 40,
    level: 'IV',
    dl,
    dle,
    expectedDle: null,
    leerrendementSince: null,
  });
  const view: OppVakView = {
    vak: 'rekenen-wiskunde',
    baseline: {
      toetsId: 't0',
      toetsName: 'Rekenen 2.0',
      schooljaar: '2025-2026',
      moment: 'E4',
      score: 38,
      dl: 20,
      dle: 4,
    },
    lrv: 50,
    expectedLine: [],
    results: [result('2026-2027 M', 'M5', 25, 6), result('2026-2027 E', 'E5', 30, null)],
    leerrendementSince: 40,
    onTrack: false,
    versionBreaks: [
      {
        meetpunt: '2026-2027 M',
        from: { toetsId: 't0', toetsName: 'Rekenen 2.0' },
        to: { toetsId: 't', toetsName: 'Rekenen 3.0' },
      },
    ],
    avi: [],
  };

  it('starts at the baseline and puts the results after a version break in a new segment', () => {
    const points = realPointsOfView(view);
    expect(points.map((p) => [p.dl, p.dle, p.scale])).toEqual([
      [20, 4, '0'],
      [25, 6, '1'],
    ]);
    expect(points[0]?.label).toBe('E4 25/26');
    expect(segmentsOf(points).breaks).toEqual([25]);
  });

  it('has no real line without a baseline', () => {
    expect(realPointsOfView({ ...view, baseline: null })).toEqual([]);
  });
});
