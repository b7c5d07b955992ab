/**
 * SEO signals by hand: nothing without a rule; a band rule only on its own scale's unfavourable end;
 * the instrument's zorg under a zorg or an aandacht rule, its aandacht only under aandacht; only the
 * latest score of a series; incidents signal when high.
 */
import { describe, expect, it } from 'vitest';
import type { SeoPoint } from './seo';
import { parseSeoRule, seoSignals } from './seo-signals';

const point = (p: Partial<SeoPoint>): SeoPoint => ({
  instrument: 'zien',
  lijst: 'leerkracht',
  schaal: 'welbevinden',
  afnamedatum: '2026-11-05',
  percentiel: 50,
  band: 'gemiddeld',
  signaal: null,
  ...p,
});
const highIsGood = (_: string, schaal: string) => schaal !== 'incidenten';
const triggers = (scores: SeoPoint[], rules: string[]) =>
  seoSignals(scores, rules, highIsGood).map((s) => `${s.params.schaal} ${s.params.trigger} ${s.severity}`);

describe('seoSignals', () => {
  const low = point({ percentiel: 8, band: 'laag', signaal: 'aandacht' });
  const zorg = point({ schaal: 'betrokkenheid', percentiel: 2, band: 'laag', signaal: 'zorg' });

  it('gives nothing while no rule is on', () => {
    expect(triggers([low, zorg], [])).toEqual([]);
  });

  it('signals a band only for the scale its rule names', () => {
    expect(triggers([low, zorg], ['zien:welbevinden:ongunstig'])).toEqual(['welbevinden ongunstig medium']);
  });

  it('signals the instrument’s zorg as high under a zorg rule, and aandacht only under an aandacht rule', () => {
    expect(triggers([low, zorg], ['zien:signaal:zorg'])).toEqual(['betrokkenheid zorg high']);
    expect(triggers([low, zorg], ['zien:signaal:aandacht'])).toEqual([
      'betrokkenheid zorg high',
      'welbevinden aandacht medium',
    ]);
  });

  it('ignores another instrument’s rules', () => {
    expect(triggers([low, zorg], ['kanvas:signaal:aandacht', 'scol:welbevinden:ongunstig'])).toEqual([]);
  });

  it('judges only the latest score of a series: a pupil back in the middle has no signal', () => {
    const later = point({ afnamedatum: '2027-04-10', percentiel: 40, band: 'gemiddeld' });
    expect(triggers([low, later], ['zien:welbevinden:ongunstig', 'zien:signaal:aandacht'])).toEqual([]);
  });

  it('signals incidents when they are high, not when they are low', () => {
    const many = point({
      instrument: 'kanvas',
      lijst: 'leerling',
      schaal: 'incidenten',
      band: 'hoog',
      percentiel: null,
    });
    const few = point({
      instrument: 'kanvas',
      lijst: 'leerling',
      schaal: 'incidenten',
      band: 'laag',
      afnamedatum: '2025-11-05',
    });
    expect(triggers([many], ['kanvas:incidenten:ongunstig'])).toEqual(['incidenten ongunstig medium']);
    expect(triggers([few], ['kanvas:incidenten:ongunstig'])).toEqual([]);
  });

  it('carries the figures behind the signal', () => {
    expect(seoSignals([low], ['zien:welbevinden:ongunstig'], highIsGood)).toEqual([
      {
        rule: 'seo',
        vak: null,
        severity: 'medium',
        params: {
          instrument: 'zien',
          lijst: 'leerkracht',
          schaal: 'welbevinden',
          trigger: 'ongunstig',
          band: 'laag',
          percentiel: 8,
          date: '2026-11-05',
        },
      },
    ]);
  });
});

describe('parseSeoRule', () => {
  it('reads band and signal rules and refuses what is neither', () => {
    expect(parseSeoRule('zien:welbevinden:ongunstig')).toEqual({
      instrument: 'zien',
      schaal: 'welbevinden',
      trigger: 'ongunstig',
    });
    expect(parseSeoRule('lib-sef:signaal:zorg')).toEqual({
      instrument: 'lib-sef',
      schaal: null,
      trigger: 'zorg',
    });
    expect(parseSeoRule('zien:signaal:ongunstig')).toBeNull();
    expect(parseSeoRule('zien:welbevinden:zorg')).toBeNull();
    expect(parseSeoRule('ZIEN welbevinden')).toBeNull();
  });
});
