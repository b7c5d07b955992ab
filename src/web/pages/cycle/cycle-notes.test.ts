import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import { noteText, type CycleNote } from './cycle-notes';

/** One note of every code, with the sentence the server wrote before it answered in codes. */
const DUTCH: [CycleNote, string][] = [
  [{ code: 'noPreviousPlans' }, 'Geen groepsplan uit de vorige periode om te evalueren.'],
  [{ code: 'previousPlansEvaluated', count: 0 }, '0 groepsplannen van de vorige periode geëvalueerd.'],
  [{ code: 'previousPlansEvaluated', count: 1 }, '1 groepsplan van de vorige periode geëvalueerd.'],
  [
    { code: 'previousPlanOutcome', vak: 'begrijpend-lezen', pupils: 3, all: 1, some: 1, none: 1 },
    'Begrijpend lezen, vorige periode: doelen behaald bij 1 van 3 leerlingen, deels bij 1, niet bij 1.',
  ],
  [
    { code: 'previousPlanOutcome', vak: 'spelling', pupils: 0, all: 0, some: 0, none: 0 },
    'Spelling, vorige periode: geëvalueerd, zonder uitkomst per leerling.',
  ],
  [
    { code: 'groepsoverzichtFilled', meetpunt: '2025-2026 E' },
    'Groepsoverzicht gevuld met de toetsgegevens van 2025-2026 E.',
  ],
  [
    { code: 'previousPlansNotEvaluated', count: 1, vakken: ['rekenen-wiskunde'], lastYearGroup: null },
    '1 groepsplan van de vorige periode nog niet geëvalueerd (rekenen-wiskunde).',
  ],
  [
    {
      code: 'previousPlansNotEvaluated',
      count: 2,
      vakken: ['rekenen-wiskunde', 'technisch-lezen'],
      lastYearGroup: 'Groep 5',
    },
    '2 groepsplannen van de vorige periode nog niet geëvalueerd (rekenen-wiskunde, technisch lezen; Groep 5, vorig schooljaar).',
  ],
  [{ code: 'noResults' }, 'Nog geen toetsgegevens voor deze groep.'],
  [{ code: 'pupilsSignalled', count: 7 }, '7 leerlingen gesignaleerd.'],
  [{ code: 'confirmSignals' }, 'Bekijk de signalen en bevestig dat ze besproken zijn.'],
  [{ code: 'pupilsWithNeed', count: 1 }, '1 leerling met een onderwijsbehoefte.'],
  [
    {
      code: 'signalledWithoutNeed',
      count: 2,
      pupils: [
        { id: 'a', name: 'Anna de Vries' },
        { id: 'b', name: 'Bram Jansen' },
      ],
    },
    '2 gesignaleerde leerlingen zonder onderwijsbehoefte: Anna de Vries, Bram Jansen.',
  ],
  [{ code: 'clustersFromDatamuur' }, 'De clusters beginnen bij de instructiegroepen van de datamuur.'],
  [{ code: 'confirmClusters' }, 'Controleer de clusters en stel ze vast.'],
  [{ code: 'plansMade', vakken: ['rekenen-wiskunde'] }, 'Groepsplan voor rekenen-wiskunde.'],
  [
    { code: 'plansMissing', vakken: ['spelling', 'begrijpend-lezen', 'technisch-lezen'] },
    'Nog geen groepsplan voor spelling, begrijpend lezen, technisch lezen.',
  ],
  [
    { code: 'plansConcept', vakken: ['rekenen-wiskunde'] },
    'Groepsplan voor rekenen-wiskunde zonder doelen: nog een concept.',
  ],
  [{ code: 'plansEvaluated', count: 1 }, '1 groepsplan geëvalueerd.'],
  [
    { code: 'plansToCarryOut', count: 1, closingKind: 'M' },
    '1 groepsplan uitvoeren en evalueren na de toetsen van M.',
  ],
  [{ code: 'plansToCarryOut', count: 2, closingKind: null }, '2 groepsplannen uitvoeren en evalueren.'],
];

describe('noteText', () => {
  it('words every note in Dutch as the cycle page always showed it', () => {
    for (const [note, sentence] of DUTCH) expect(noteText(nl, note)).toBe(sentence);
  });

  it('words every note in English, with English vak names and without Dutch words', () => {
    const missing = ['spelling', 'begrijpend-lezen', 'technisch-lezen'];
    expect(noteText(en, { code: 'plansMissing', vakken: missing })).toBe(
      'No group plan yet for spelling, reading comprehension, reading fluency.',
    );
    expect(noteText(en, { code: 'plansEvaluated', count: 1 })).toBe('1 group plan evaluated.');
    for (const [note] of DUTCH) {
      const text = noteText(en, note);
      expect(text).not.toBe(noteText(nl, note));
      expect(text).not.toMatch(/groepsplan|leerling|geëvalueerd|periode|toets|vorig/i);
    }
  });
});
