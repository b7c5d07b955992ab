/**
 * The SEO rules worked by hand: bands from percentiles at the lines 25 and 75, the favourable end
 * turning round for a scale where high is bad (incidents), the latest score per series, and the change
 * between administrations.
 */
import { describe, expect, it } from 'vitest';
import { isSeoFavourable, latestPerScale, seoBandOf, seoSeries, seoTier, type SeoPoint } from './seo';

const point = (p: Partial<SeoPoint>): SeoPoint => ({
  instrument: 'zien',
  lijst: 'leerkracht',
  schaal: 'welbevinden',
  afnamedatum: '2026-11-05',
  percentiel: null,
  band: null,
  signaal: null,
  ...p,
});

describe('seoBandOf', () => {
  it('keeps the band the export gave, even where the percentile would say otherwise', () => {
    expect(seoBandOf({ band: 'laag', percentiel: 60 })).toBe('laag');
  });
  it('reads a percentile: 24 laag, 25 and 75 gemiddeld, 76 hoog', () => {
    expect(seoBandOf({ band: null, percentiel: 24 })).toBe('laag');
    expect(seoBandOf({ band: null, percentiel: 25 })).toBe('gemiddeld');
    expect(seoBandOf({ band: null, percentiel: 75 })).toBe('gemiddeld');
    expect(seoBandOf({ band: null, percentiel: 76 })).toBe('hoog');
  });
  it('knows no band without either', () => {
    expect(seoBandOf({ band: null, percentiel: null })).toBeNull();
  });
});

describe('seoTier and isSeoFavourable', () => {
  it('calls a high welbevinden favourable and a high count of incidents unfavourable', () => {
    expect(seoTier('hoog', true)).toBe('gunstig');
    expect(seoTier('laag', true)).toBe('ongunstig');
    expect(seoTier('hoog', false)).toBe('ongunstig');
    expect(seoTier('laag', false)).toBe('gunstig');
    expect(seoTier('gemiddeld', false)).toBe('gemiddeld');
  });
  it('counts the middle as favourable, the unfavourable end not, and leaves a score without band out', () => {
    expect(isSeoFavourable({ band: 'gemiddeld', percentiel: null }, true)).toBe(true);
    expect(isSeoFavourable({ band: null, percentiel: 10 }, true)).toBe(false);
    expect(isSeoFavourable({ band: null, percentiel: 10 }, false)).toBe(true);
    expect(isSeoFavourable({ band: null, percentiel: null }, true)).toBeNull();
  });
});

describe('latestPerScale', () => {
  it('keeps per instrument, list and scale the newest score, optionally within a schooljaar', () => {
    const a = point({ afnamedatum: '2026-04-10', percentiel: 40 });
    const b = point({ afnamedatum: '2026-11-05', percentiel: 20 });
    const c = point({ lijst: 'leerling', afnamedatum: '2025-11-18', percentiel: 70 });
    const d = point({ schaal: 'betrokkenheid', afnamedatum: '2026-04-10', percentiel: 55 });
    const latest = latestPerScale([b, a, c, d]);
    expect([...latest.entries()].sort()).toEqual([
      ['zien|leerkracht|betrokkenheid', d],
      ['zien|leerkracht|welbevinden', b],
      ['zien|leerling|welbevinden', c],
    ]);
    const thisYear = latestPerScale([b, a, c, d], (s) => s.afnamedatum >= '2026-08-01');
    expect([...thisYear.values()]).toEqual([b]);
  });
});

describe('seoSeries', () => {
  it('orders by date and gives each score its change since the one before', () => {
    const steps = seoSeries(
      [
        point({ afnamedatum: '2026-04-10', percentiel: 30 }),
        point({ afnamedatum: '2025-11-05', percentiel: 80 }),
        point({ afnamedatum: '2026-11-05', percentiel: 12 }),
        point({ afnamedatum: '2027-04-10', percentiel: 12 }),
      ],
      true,
    );
    // 80 hoog (gunstig) → 30 gemiddeld: −50, slechter; → 12 laag: −18, slechter; → 12: 0, gelijk.
    expect(steps.map((s) => [s.score.afnamedatum, s.tier, s.percentielChange, s.movement])).toEqual([
      ['2025-11-05', 'gunstig', null, null],
      ['2026-04-10', 'gemiddeld', -50, 'slechter'],
      ['2026-11-05', 'ongunstig', -18, 'slechter'],
      ['2027-04-10', 'ongunstig', 0, 'gelijk'],
    ]);
  });
  it('calls fewer incidents better, and a step without a band unknown', () => {
    const steps = seoSeries(
      [
        point({ schaal: 'incidenten', afnamedatum: '2025-11-05', band: 'hoog' }),
        point({ schaal: 'incidenten', afnamedatum: '2026-11-05', band: 'gemiddeld' }),
        point({ schaal: 'incidenten', afnamedatum: '2027-11-05' }),
      ],
      false,
    );
    expect(steps.map((s) => [s.tier, s.movement, s.percentielChange])).toEqual([
      ['ongunstig', null, null],
      ['gemiddeld', 'beter', null],
      [null, null, null],
    ]);
  });
});
