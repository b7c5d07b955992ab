import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRespondentGroup, parseScale, themeKey, themeSeries, type SurveyPoint } from './tevredenheid';

describe('parseRespondentGroup', () => {
  it.each([
    ['Ouders', 'ouders'],
    ['ouder', 'ouders'],
    ['Ouders/verzorgers', 'ouders'],
    ['Leerlingen', 'leerlingen'],
    ['kinderen', 'leerlingen'],
    ['Personeel', 'team'],
    ['Team', 'team'],
  ])('reads %j as %s', (text, group) => {
    expect(parseRespondentGroup(text)).toBe(group);
  });

  it('refuses what is no respondent group', () => {
    expect(parseRespondentGroup('bestuur')).toBeNull();
    expect(parseRespondentGroup('')).toBeNull();
  });
});

describe('themeKey', () => {
  it('makes the same theme the same key whatever its case, accents and spacing', () => {
    expect(themeKey('Veiligheid')).toBe(themeKey(' veiligheid '));
    expect(themeKey('Sfeer & veiligheid')).toBe(themeKey('sfeer  veiligheid'));
    expect(themeKey('Communicatie')).not.toBe(themeKey('Communicatie met ouders'));
    expect(themeKey('Welbevinden')).toBe(themeKey('Wélbevinden'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(themeKey(themeKey(s))).toBe(themeKey(s));
      }),
    );
  });
});

describe('parseScale', () => {
  it.each([
    ['1-4', { min: 1, max: 4 }],
    ['1 – 10', { min: 1, max: 10 }],
    ['1 t/m 5', { min: 1, max: 5 }],
    ['0-100', { min: 0, max: 100 }],
  ])('reads %j', (text, scale) => {
    expect(parseScale(text)).toEqual(scale);
  });

  it('refuses a range that is no range', () => {
    expect(parseScale('4-1')).toBeNull();
    expect(parseScale('4')).toBeNull();
    expect(parseScale('een tot vier')).toBeNull();
  });
});

describe('themeSeries', () => {
  const point = (p: Partial<SurveyPoint>): SurveyPoint => ({
    afgenomenOp: '2024-03-01',
    n: 100,
    gemiddelde: null,
    scale: { min: 1, max: 4 },
    positief: null,
    instrument: 'Vensters',
    ...p,
  });

  it('orders by date and gives the change since the survey before, worked out by hand', () => {
    const series = themeSeries([
      point({ afgenomenOp: '2025-03-10', gemiddelde: 3.4, positief: 88 }),
      point({ afgenomenOp: '2024-03-12', gemiddelde: 3.1, positief: 81.5 }),
      point({ afgenomenOp: '2026-03-09', gemiddelde: 7.9, positief: 90, scale: { min: 1, max: 10 } }),
    ]);
    expect(series.map((s) => s.point.afgenomenOp)).toEqual(['2024-03-12', '2025-03-10', '2026-03-09']);
    expect(series.map((s) => s.comparableMean)).toEqual([false, true, false]);
    // 3.4 − 3.1 = 0.3; 88 − 81.5 = 6.5; the 1–10 mean is not held against the 1–4 one, the share is.
    expect(series.map((s) => s.meanChange)).toEqual([null, 0.3, null]);
    expect(series.map((s) => s.positiefChange)).toEqual([null, 6.5, 2]);
  });

  it('does not compare means of two instruments', () => {
    const series = themeSeries([
      point({ afgenomenOp: '2024-03-01', gemiddelde: 3 }),
      point({ afgenomenOp: '2025-03-01', gemiddelde: 3.2, instrument: 'WMK' }),
    ]);
    expect(series[1]?.comparableMean).toBe(false);
    expect(series[1]?.meanChange).toBeNull();
  });
});
