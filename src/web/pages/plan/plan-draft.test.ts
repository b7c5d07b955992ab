import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../../api/types';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import {
  changeKind,
  goalAboveStarters,
  completeGoal,
  goalSummary,
  incompleteGoals,
  movePupil,
  parseTarget,
  toContent,
  toDraft,
  type DraftContent,
} from './plan-draft';

const subgroup = (key: string, naam: string, leerlingen: string[]) => ({
  key,
  naam,
  leerlingen,
  doelen: [],
  aanbod: '',
  aanpak: '',
  organisatie: '',
  minutenPerWeek: null,
});

describe('completeGoal', () => {
  it('takes a target with a decimal comma as a number', () => {
    expect(completeGoal({ id: 'a', kind: 'score', target: ' 182,5 ' })).toEqual({
      id: 'a',
      kind: 'score',
      target: 182.5,
    });
    expect(completeGoal({ id: 'b', kind: 'groei', target: '12' })).toEqual({
      id: 'b',
      kind: 'groei',
      target: 12,
    });
  });

  it('keeps a goal out while its target is empty or not a number', () => {
    expect(completeGoal({ id: 'a', kind: 'score', target: '' })).toBeNull();
    expect(completeGoal({ id: 'a', kind: 'score', target: '   ' })).toBeNull();
    expect(completeGoal({ id: 'a', kind: 'groei', target: 'veel' })).toBeNull();
  });

  it('writes a level target in capitals', () => {
    expect(completeGoal({ id: 'a', kind: 'niveau', target: ' iii ' })).toEqual({
      id: 'a',
      kind: 'niveau',
      target: 'III',
    });
  });

  it('keeps a goal in words once it has text, without the spaces around it', () => {
    expect(completeGoal({ id: 'a', kind: 'woorden', text: '  Kan tafels tot 10 ' })).toEqual({
      id: 'a',
      kind: 'woorden',
      text: 'Kan tafels tot 10',
    });
    expect(completeGoal({ id: 'a', kind: 'woorden', text: ' ' })).toBeNull();
  });
});

describe('parseTarget', () => {
  it('reads the numbers teachers type and nothing else', () => {
    expect(parseTarget('185')).toBe(185);
    expect(parseTarget('0,5')).toBe(0.5);
    expect(parseTarget('')).toBeNull();
    expect(parseTarget('1.2.3')).toBeNull();
    expect(parseTarget('III')).toBeNull();
  });
});

describe('toDraft and toContent', () => {
  const content: PlanContent = {
    basisdoel: 'Alle leerlingen beheersen de tafels',
    basisdoelen: [{ id: 'b1', kind: 'groei', target: 8 }],
    leerlingdoelen: { p2: [{ id: 'e1', kind: 'woorden', text: 'Schrijft tussenstappen op' }] },
    subgroepen: [
      {
        ...subgroup('basis', 'Basis', ['p1', 'p2']),
        doelen: [
          { id: 'g1', kind: 'score', target: 180 },
          { id: 'g2', kind: 'niveau', target: 'III' },
          { id: 'g3', kind: 'woorden', text: 'Rekent vlot' },
        ],
      },
    ],
  };

  it('makes targets text for the editor', () => {
    expect(toDraft(content).subgroepen[0]?.doelen).toEqual([
      { id: 'g1', kind: 'score', target: '180' },
      { id: 'g2', kind: 'niveau', target: 'III' },
      { id: 'g3', kind: 'woorden', text: 'Rekent vlot' },
    ]);
  });

  it('gives back the same content when nothing was changed', () => {
    expect(toContent(toDraft(content))).toEqual(content);
  });

  it('saves complete goals only, and names a nameless subgroup after its key', () => {
    const draft: DraftContent = {
      basisdoel: '',
      basisdoelen: [],
      leerlingdoelen: {},
      subgroepen: [
        {
          ...subgroup('verlengd', '  ', ['p3']),
          doelen: [
            { id: 'g1', kind: 'score', target: '' },
            { id: 'g2', kind: 'groei', target: '8' },
          ],
        },
      ],
    };
    expect(toContent(draft).subgroepen[0]).toMatchObject({
      naam: 'verlengd',
      doelen: [{ id: 'g2', kind: 'groei', target: 8 }],
    });
  });
});

describe('incompleteGoals', () => {
  it('counts the goals that are not saved yet, across subgroups', () => {
    const draft: DraftContent = {
      basisdoel: '',
      basisdoelen: [],
      leerlingdoelen: {},
      subgroepen: [
        {
          ...subgroup('basis', 'Basis', []),
          doelen: [
            { id: 'a', kind: 'score', target: '' },
            { id: 'b', kind: 'score', target: '180' },
          ],
        },
        {
          ...subgroup('verlengd', 'Verlengd', []),
          doelen: [
            { id: 'c', kind: 'woorden', text: '' },
            { id: 'd', kind: 'groei', target: 'x' },
          ],
        },
      ],
    };
    expect(incompleteGoals(draft)).toBe(3);
    const withMore = {
      ...draft,
      basisdoelen: [{ id: 'e', kind: 'groei' as const, target: '' }],
      leerlingdoelen: { p1: [{ id: 'f', kind: 'woorden' as const, text: '' }] },
    };
    expect(incompleteGoals(withMore)).toBe(5);
  });
});

describe('toContent for the basisdoel and pupils’ own goals', () => {
  it('keeps complete goals and leaves pupils without a complete own goal out', () => {
    const draft: DraftContent = {
      basisdoel: 'x',
      basisdoelen: [
        { id: 'b1', kind: 'groei', target: '6' },
        { id: 'b2', kind: 'score', target: '' },
      ],
      leerlingdoelen: {
        p1: [{ id: 'e1', kind: 'score', target: '190' }],
        p2: [{ id: 'e2', kind: 'groei', target: '' }],
      },
      subgroepen: [subgroup('basis', 'Basis', ['p1', 'p2'])],
    };
    expect(toContent(draft)).toMatchObject({
      basisdoelen: [{ id: 'b1', kind: 'groei', target: 6 }],
      leerlingdoelen: { p1: [{ id: 'e1', kind: 'score', target: 190 }] },
    });
  });
});

describe('goalAboveStarters', () => {
  const pupil = (score: number | null, p90: number | null) => ({
    start: { score },
    starters: p90 === null ? null : { p90, peers: 20 },
  });
  it('warns with the figures of the pupil the goal is furthest above, and how many of the pupils', () => {
    // Growth 12 wanted: above p90 10 and p90 8, not above 14; furthest above the p90 of 8.
    const pupils = [pupil(100, 10), pupil(90, 8), pupil(110, 14), pupil(105, null)];
    expect(goalAboveStarters({ id: 'g', kind: 'groei', target: '12' }, pupils)).toEqual({
      needed: 12,
      p90: 8,
      pupils: 2,
      of: 4,
    });
    // Score 115: needs 15 from 100 (p90 10), 25 from 90 (p90 8), 5 from 110 (p90 14).
    expect(goalAboveStarters({ id: 'g', kind: 'score', target: '115' }, pupils)).toEqual({
      needed: 25,
      p90: 8,
      pupils: 2,
      of: 4,
    });
    expect(goalAboveStarters({ id: 'g', kind: 'groei', target: '7' }, pupils)).toBeNull();
    expect(goalAboveStarters({ id: 'g', kind: 'groei', target: '' }, pupils)).toBeNull();
    expect(goalAboveStarters({ id: 'g', kind: 'woorden', text: 'x' }, pupils)).toBeNull();
  });
});

describe('changeKind', () => {
  it('keeps the text typed so far when a target becomes a goal in words', () => {
    expect(changeKind({ id: 'a', kind: 'score', target: '180' }, 'woorden')).toEqual({
      id: 'a',
      kind: 'woorden',
      text: '180',
    });
  });

  it('starts a target empty, and leaves the goal alone when the kind stays', () => {
    expect(changeKind({ id: 'a', kind: 'woorden', text: 'Rekent vlot' }, 'niveau')).toEqual({
      id: 'a',
      kind: 'niveau',
      target: '',
    });
    const goal = { id: 'a', kind: 'groei', target: '5' } as const;
    expect(changeKind(goal, 'groei')).toBe(goal);
  });
});

describe('movePupil', () => {
  it('takes the pupil out of the old subgroup and adds them at the end of the new one', () => {
    const draft: DraftContent = {
      basisdoel: '',
      basisdoelen: [],
      leerlingdoelen: {},
      subgroepen: [subgroup('basis', 'Basis', ['p1', 'p2']), subgroup('verlengd', 'Verlengd', ['p3'])],
    };
    const moved = movePupil(draft, 'p1', 'verlengd');
    expect(moved.subgroepen.map((s) => s.leerlingen)).toEqual([['p2'], ['p3', 'p1']]);
  });
});

describe('goalSummary', () => {
  it('writes a goal as one line, in the language of the page', () => {
    expect(goalSummary({ id: 'a', kind: 'score', target: '180' }, nl)).toBe('vaardigheidsscore ≥ 180');
    expect(goalSummary({ id: 'a', kind: 'niveau', target: 'III' }, en)).toBe('level III or higher');
    expect(goalSummary({ id: 'a', kind: 'groei', target: '' }, nl)).toBe('groei ≥ … punten');
    expect(goalSummary({ id: 'a', kind: 'woorden', text: 'Rekent vlot' }, nl)).toBe('Rekent vlot');
  });
});
