import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilson90 } from '../testing/statistics-expect';
import {
  headlineScale,
  jaargroepOn,
  monitoringCell,
  monitoringOverview,
  protectTotal,
  type MonitoringDomain,
  type MonitoringScore,
} from './veiligheid-monitoring';

function score(
  leerlingId: string,
  jaargroep: string | null,
  favourable: boolean | null,
  more: Partial<MonitoringScore> = {},
): MonitoringScore {
  return {
    leerlingId,
    jaargroep,
    instrument: 'kanvas',
    schaal: 'veiligheidsbeleving',
    domain: 'veiligheid',
    afnamedatum: '2026-03-10',
    favourable,
    ...more,
  };
}

/** `count` pupils of a jaargroep, the first `yes` favourable, with ids prefixed by the jaargroep. */
function pupils(jaargroep: string, count: number, yes: number, domain: MonitoringDomain = 'veiligheid') {
  const schaal = domain === 'veiligheid' ? 'veiligheidsbeleving' : 'welbevinden';
  return Array.from({ length: count }, (_, i) =>
    score(`${jaargroep}-${i}`, jaargroep, i < yes, { domain, schaal }),
  );
}

describe('monitoringCell', () => {
  it('gives the share and its 90 % Wilson interval from ten pupils on', () => {
    // 9 of 12: share 0.75; the interval from the textbook formula (≈ 0.513–0.895).
    const cell = monitoringCell(9, 12, 1);
    expect(cell).toMatchObject({ n: 12, missing: 1, favourable: 9, share: 0.75, suppressed: false });
    const expected = wilson90(9, 12);
    expect(cell.interval?.low).toBeCloseTo(expected.low, 8);
    expect(cell.interval?.high).toBeCloseTo(expected.high, 8);
    expect(cell.interval?.low).toBeCloseTo(0.5127, 4);
  });

  it('keeps only the sizes of a cell under ten pupils', () => {
    expect(monitoringCell(9, 9, 0)).toEqual({
      n: 9,
      missing: 0,
      favourable: null,
      share: null,
      interval: null,
      suppressed: true,
    });
  });

  it('never shows a figure under the limit, whatever the counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 5 }), (n, missing) => {
        const cell = monitoringCell(Math.floor(n / 2), n, missing);
        return cell.suppressed && cell.share === null && cell.favourable === null && cell.interval === null;
      }),
    );
  });
});

describe('protectTotal', () => {
  const cell = (favourable: number, n: number) => monitoringCell(favourable, n, 0);
  it('withholds the smallest shown groepen until the withheld ones hold ten pupils', () => {
    // 9 hidden: the 11 (smallest shown) goes too, the 12 and 25 stay.
    const out = protectTotal([cell(20, 25), cell(5, 9), cell(6, 12), cell(7, 11)]);
    expect(out.map((c) => c.suppressed)).toEqual([false, true, false, true]);
    expect(out[3]).toEqual({
      ...cell(7, 11),
      favourable: null,
      share: null,
      interval: null,
      suppressed: true,
    });
    // Already ten hidden, or none: nothing changes.
    const ten = [cell(5, 9), cell(0, 1), cell(6, 12)];
    expect(protectTotal(ten)).toEqual(ten);
    expect(protectTotal([cell(6, 12), cell(7, 11)])).toEqual([cell(6, 12), cell(7, 11)]);
  });

  it('never leaves the hidden groepen between 1 and 9 pupils while any is shown', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }), (sizes) => {
        const out = protectTotal(sizes.map((n) => cell(Math.floor(n / 3), n)));
        const hidden = out.reduce((sum, c) => sum + (c.suppressed ? c.n : 0), 0);
        const shown = out.filter((c) => !c.suppressed).length;
        return hidden === 0 || hidden >= 10 || shown === 0;
      }),
    );
  });
});

describe('monitoringOverview', () => {
  it('counts per groep and for the school, a pupil once per scale (the latest list of the year)', () => {
    const scores = [
      ...pupils('5', 10, 8),
      ...pupils('6', 4, 4),
      // Pupil 5-0 was favourable in March, unfavourable in June: June counts.
      score('5-0', '5', false, { afnamedatum: '2026-06-01' }),
      // No band: counted as missing, not in n.
      score('6-x', '6', null),
    ];
    const overview = monitoringOverview(scores, { '5': 12, '6': 6 });
    expect(overview.scales).toHaveLength(1);
    const [scale] = overview.scales;
    // School: 14 banded pupils, 8 - 1 + 4 = 11 favourable.
    expect(scale?.school).toEqual(monitoringCell(11, 14, 1));
    expect(scale?.school.share).toBeCloseTo(11 / 14, 12);
    // Groep 6 (4 pupils) is withheld, and so groep 5: beside the school total it would give groep 6 away.
    expect(scale?.groepen).toEqual([
      { jaargroep: '5', n: 10, missing: 0, favourable: null, share: null, interval: null, suppressed: true },
      { jaargroep: '6', n: 4, missing: 1, favourable: null, share: null, interval: null, suppressed: true },
    ]);
    // With a limit of 4 both show: groep 5 counts pupil 5-0's June list (7 of 10).
    expect(monitoringOverview(scores, { '5': 12, '6': 6 }, 4).scales[0]?.groepen).toEqual([
      { jaargroep: '5', ...monitoringCell(7, 10, 0, 4) },
      { jaargroep: '6', ...monitoringCell(4, 4, 1, 4) },
    ]);
    expect(scale?.firstTaken).toBe('2026-03-10');
    expect(scale?.lastTaken).toBe('2026-06-01');
  });

  it('is complete only when every groep 5–8 with pupils was measured on safety and well-being', () => {
    const safety = [...pupils('5', 3, 3), ...pupils('6', 3, 3)];
    const wellBeing = [...pupils('5', 2, 2, 'welbevinden'), ...pupils('6', 1, 0, 'welbevinden')];
    const partial = monitoringOverview(safety, { '5': 3, '6': 3 });
    expect(partial.complete).toBe(false);
    expect(partial.groepen).toEqual([
      { jaargroep: '5', pupils: 3, measured: { veiligheid: 3, welbevinden: 0 } },
      { jaargroep: '6', pupils: 3, measured: { veiligheid: 3, welbevinden: 0 } },
    ]);
    expect(monitoringOverview([...safety, ...wellBeing], { '5': 3, '6': 3 }).complete).toBe(true);
    // A groep 7 with pupils and no list makes it incomplete again.
    const without7 = monitoringOverview([...safety, ...wellBeing], { '5': 3, '6': 3, '7': 20 });
    expect(without7.complete).toBe(false);
    expect(without7.groepen.at(-1)).toEqual({
      jaargroep: '7',
      pupils: 20,
      measured: { veiligheid: 0, welbevinden: 0 },
    });
    expect(monitoringOverview([], {}).complete).toBe(false);
  });

  it('orders safety before well-being and leaves a pupil outside groep 5–8 to the school only', () => {
    const overview = monitoringOverview(
      [
        ...pupils('7', 2, 1, 'welbevinden'),
        ...pupils('8', 2, 2),
        score('x', null, true),
        score('y', '4', true),
      ],
      { '8': 2 },
      1,
    );
    expect(overview.scales.map((s) => s.domain)).toEqual(['veiligheid', 'welbevinden']);
    expect(overview.scales[0]?.school).toEqual(monitoringCell(4, 4, 0, 1));
    expect(overview.scales[0]?.groepen.map((g) => g.jaargroep)).toEqual(['8']);
    expect(overview.groepen.map((g) => g.jaargroep)).toEqual(['7', '8']);
  });
});

describe('headlineScale', () => {
  const scale = (instrument: string, domain: MonitoringDomain, n: number) => ({
    instrument,
    domain,
    school: monitoringCell(n, n, 0),
  });

  it('takes the scale of the domain with the most pupils, the first on a tie', () => {
    const scales = [
      scale('kanvas', 'veiligheid', 11),
      scale('scol', 'welbevinden', 30),
      scale('zien', 'veiligheid', 14),
      scale('lib-sef', 'veiligheid', 14),
    ];
    expect(headlineScale(scales, 'veiligheid')?.instrument).toBe('zien');
    expect(headlineScale(scales, 'welbevinden')?.instrument).toBe('scol');
    expect(headlineScale(scales.slice(0, 1), 'welbevinden')).toBeNull();
  });
});

describe('jaargroepOn', () => {
  const moved = [
    { jaargroep: '5', startDate: '2025-08-20', endDate: '2026-01-31' },
    { jaargroep: '6', startDate: '2026-02-01', endDate: null },
  ];
  it('takes the placement that holds the day, else the latest before, else the first', () => {
    expect(jaargroepOn(moved, '2025-11-01')).toBe('5');
    expect(jaargroepOn(moved, '2026-03-01')).toBe('6');
    expect(
      jaargroepOn([{ jaargroep: '7', startDate: '2025-08-20', endDate: '2026-01-31' }], '2026-03-01'),
    ).toBe('7');
    expect(jaargroepOn(moved, '2025-08-01')).toBe('5');
    expect(jaargroepOn([], '2026-03-01')).toBeNull();
  });
});
