import { describe, expect, it } from 'vitest';
import type { Signal } from '../domain/signalering';
import { DUTCH_SIGNAL_NAMES, signalSentenceNl } from './signal-sentences';

const say = (s: Signal) => signalSentenceNl(s, DUTCH_SIGNAL_NAMES);

describe('a signal in Dutch words', () => {
  it('words every rule with its vak and figures', () => {
    const cases: [Signal, string][] = [
      [
        {
          rule: 'niveaudaling',
          vak: 'rekenen-wiskunde',
          severity: 'medium',
          params: { from: { level: 'II', moment: 'M5' }, to: { level: 'IV', moment: 'E5' }, levels: 2 },
        },
        'Rekenen-wiskunde: van II (M5) naar IV (E5), 2 niveaus gedaald.',
      ],
      [
        {
          rule: 'eerste_laagste',
          vak: 'spelling',
          severity: 'medium',
          params: { to: { level: 'V', moment: 'E5' }, from: { level: 'IV', moment: 'M5' } },
        },
        'Spelling: voor het eerst op het laagste niveau: V op E5, daarvoor IV op M5.',
      ],
      [
        {
          rule: 'twee_keer_laagste',
          vak: 'begrijpend-lezen',
          severity: 'high',
          params: {
            previous: { level: 'V', moment: 'M5' },
            current: { level: 'V', moment: 'E5' },
            why: 'stalled',
            instructie: 'verlengd',
            percentile: 6.4,
          },
        },
        'Begrijpend lezen: opnieuw het laagste niveau (V op M5, V op E5); in de verlengde instructie stokt de groei (percentiel 6 van leerlingen met dezelfde start).',
      ],
      [
        {
          rule: 'twee_keer_laagste',
          vak: 'spelling',
          severity: 'medium',
          params: {
            previous: { level: 'E', moment: 'M5' },
            current: { level: 'V', moment: 'E5' },
            why: 'not_verlengd',
            instructie: 'basis',
            percentile: null,
          },
        },
        'Spelling: opnieuw het laagste niveau (E op M5, V op E5), niet in de verlengde instructie.',
      ],
      [
        {
          rule: 'lage_groei',
          vak: 'rekenen-wiskunde',
          severity: 'medium',
          params: { percentile: 6, earlierPercentile: 8.2, below: 10 },
        },
        'Rekenen-wiskunde: leerwinst twee keer op rij bij de laagste 10 % van leerlingen met dezelfde start (percentiel 8, daarna 6).',
      ],
      [
        {
          rule: 'onder_lrv',
          vak: 'technisch-lezen',
          severity: 'high',
          params: { kind: 'avi', level: 'M4', moment: 'M5', expected: 'E4' },
        },
        'Technisch lezen: AVI M4 op M5 ligt onder de verwachting uit het OPP (AVI E4).',
      ],
      [
        {
          rule: 'onder_lrv',
          vak: 'rekenen-wiskunde',
          severity: 'high',
          params: { kind: 'lrv', leerrendement: 44, expected: 60 },
        },
        'Rekenen-wiskunde: leerrendement 44 % ligt onder de verwachting uit het OPP (60 %).',
      ],
      [
        { rule: 'ontbrekend_resultaat', vak: 'spelling', severity: 'low', params: { moments: ['E5'] } },
        'Spelling: geen resultaat op E5, terwijl de groep toen getoetst is.',
      ],
      [
        {
          rule: 'zorgelijke_observatie',
          vak: null,
          severity: 'medium',
          params: { aspect: 'welbevinden', date: '2026-01-12' },
        },
        'Welbevinden: de laatste observatie (12-01-2026) is zorgelijk.',
      ],
      [
        {
          rule: 'seo',
          vak: null,
          severity: 'medium',
          params: {
            instrument: 'zien',
            lijst: 'leerkracht',
            schaal: 'sociaal-initiatief',
            trigger: 'ongunstig',
            band: 'laag',
            percentiel: 20,
            date: '2026-11-05',
          },
        },
        'ZIEN! sociaal initiatief (leerkrachtlijst): laag (ongunstige kant van de schaal) op 05-11-2026 (percentiel 20).',
      ],
      [
        {
          rule: 'seo',
          vak: null,
          severity: 'high',
          params: {
            instrument: 'kanvas',
            lijst: 'leerling',
            schaal: 'welbevinden',
            trigger: 'zorg',
            band: 'laag',
            percentiel: null,
            date: '2026-10-01',
          },
        },
        'KanVAS welbevinden (leerlinglijst): zorgsignaal van het instrument op 01-10-2026 (laag).',
      ],
    ];
    for (const [signal, sentence] of cases) expect(say(signal)).toBe(sentence);
  });
});
