import { describe, expect, it } from 'vitest';
import { nl } from '../../i18n/nl';
import { changeKind, completeGoal, goalAboveStarters, goalSummary, toDraftGoal } from './plan-draft';

describe('behaviour and instrument goals in the plan editor', () => {
  it('saves an observable behaviour once it says what, trimmed; without it the goal stays in the editor', () => {
    const goal = {
      id: 'g',
      kind: 'gedrag' as const,
      text: ' Werkt 15 minuten zelfstandig ',
      hoe: ' ',
      criterium: '4 van 5',
    };
    expect(completeGoal(goal)).toEqual({
      id: 'g',
      kind: 'gedrag',
      text: 'Werkt 15 minuten zelfstandig',
      hoe: '',
      criterium: '4 van 5',
    });
    expect(completeGoal({ ...goal, text: '  ' })).toBeNull();
  });

  it('saves an instrument target with a band or a percentile from 0 to 100, with a decimal comma', () => {
    const base = { id: 'g', kind: 'instrument' as const, instrument: 'zien', schaal: 'betrokkenheid' };
    expect(completeGoal({ ...base, band: null, percentiel: '25,5' })).toEqual({
      ...base,
      band: null,
      percentiel: 25.5,
    });
    expect(completeGoal({ ...base, band: 'gemiddeld', percentiel: '' })).toEqual({
      ...base,
      band: 'gemiddeld',
      percentiel: null,
    });
    expect(completeGoal({ ...base, band: null, percentiel: '' })).toBeNull();
    expect(completeGoal({ ...base, band: 'gemiddeld', percentiel: '101' })).toBeNull();
    expect(completeGoal({ ...base, band: 'gemiddeld', percentiel: 'veel' })).toBeNull();
    expect(completeGoal({ ...base, schaal: '', band: 'hoog', percentiel: '' })).toBeNull();
  });

  it('reads a saved instrument goal back as text, keeps typed words across kinds, and never warns about starters', () => {
    const saved = {
      id: 'g',
      kind: 'instrument' as const,
      instrument: 'zien',
      schaal: 'welbevinden',
      band: null,
      percentiel: 30,
    };
    const draft = toDraftGoal(saved);
    expect(draft).toEqual({ ...saved, percentiel: '30' });
    const words = { id: 'g', kind: 'woorden' as const, text: 'Speelt samen' };
    expect(changeKind(words, 'gedrag')).toEqual({
      id: 'g',
      kind: 'gedrag',
      text: 'Speelt samen',
      hoe: '',
      criterium: '',
    });
    const pupil = { start: { score: 100 }, starters: { p90: 1, peers: 20 } };
    expect(goalAboveStarters(draft, [pupil])).toBeNull();
  });

  it('prints a goal as one line', () => {
    expect(
      goalSummary(
        { id: 'g', kind: 'gedrag', text: 'Werkt zelfstandig', hoe: 'observatie', criterium: '4 van 5' },
        nl,
      ),
    ).toBe('Werkt zelfstandig · waargenomen: observatie · behaald bij: 4 van 5');
    expect(
      goalSummary(
        {
          id: 'g',
          kind: 'instrument',
          instrument: 'zien',
          schaal: 'betrokkenheid',
          band: 'gemiddeld',
          percentiel: '',
        },
        nl,
      ),
    ).toBe('ZIEN!, Betrokkenheid: ten minste band gemiddeld');
  });
});
