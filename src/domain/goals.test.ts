import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aboveStarters, evaluateGoal, evaluateSubgroup, growthAtShare, type GoalStatus } from './goals';

describe('evaluateGoal', () => {
  it('score goals: reached at or above the target, partly past half the way, not below', () => {
    const goal = { kind: 'score' as const, target: 200 };
    expect(evaluateGoal(goal, { score: 180, level: null }, { score: 200, level: null }).status).toBe(
      'behaald',
    );
    expect(evaluateGoal(goal, { score: 180, level: null }, { score: 190, level: null }).status).toBe('deels');
    expect(evaluateGoal(goal, { score: 180, level: null }, { score: 189, level: null }).status).toBe('niet');
    expect(evaluateGoal(goal, null, { score: 199, level: null }).status).toBe('niet');
  });

  it('level goals: reached at the target level or higher, partly one level short after climbing', () => {
    const goal = { kind: 'niveau' as const, system: 'I-V' as const, target: 'III' as const };
    expect(evaluateGoal(goal, { score: null, level: 'V' }, { score: null, level: 'II' }).status).toBe(
      'behaald',
    );
    expect(evaluateGoal(goal, { score: null, level: 'V' }, { score: null, level: 'IV' }).status).toBe(
      'deels',
    );
    expect(evaluateGoal(goal, { score: null, level: 'IV' }, { score: null, level: 'IV' }).status).toBe(
      'niet',
    );
    expect(evaluateGoal(goal, { score: null, level: 'V' }, { score: null, level: 'V' }).status).toBe('niet');
  });

  it('growth goals compare end minus start with the target', () => {
    const goal = { kind: 'groei' as const, target: 10 };
    expect(evaluateGoal(goal, { score: 100, level: null }, { score: 112, level: null }).status).toBe(
      'behaald',
    );
    expect(evaluateGoal(goal, { score: 100, level: null }, { score: 105, level: null }).status).toBe('deels');
    expect(evaluateGoal(goal, { score: 100, level: null }, { score: 101, level: null }).status).toBe('niet');
    expect(evaluateGoal(goal, null, { score: 112, level: null }).status).toBe('onbekend');
  });

  it('says "unknown" without a closing result, and leaves a goal in words to the teacher', () => {
    expect(evaluateGoal({ kind: 'score', target: 10 }, null, null).status).toBe('onbekend');
    expect(
      evaluateGoal({ kind: 'woorden', text: 'kan hardop plannen' }, null, { score: 5, level: 'I' }).status,
    ).toBe('onbekend');
  });

  it('a higher end score never gives a worse status for the same score goal', () => {
    const rank: Record<GoalStatus, number> = { onbekend: -1, niet: 0, deels: 1, behaald: 2 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 400 }),
        (start, target, step, end) => {
          const goal = { kind: 'score' as const, target };
          const a = evaluateGoal(goal, { score: start, level: null }, { score: end, level: null }).status;
          const b = evaluateGoal(
            goal,
            { score: start, level: null },
            { score: end + step, level: null },
          ).status;
          expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
        },
      ),
    );
  });
});

describe('evaluateSubgroup', () => {
  it('is reached when 80 % of the pupils with a known outcome reached the goal', () => {
    expect(evaluateSubgroup(['behaald', 'behaald', 'behaald', 'behaald', 'niet']).status).toBe('behaald');
    expect(evaluateSubgroup(['behaald', 'behaald', 'behaald', 'niet', 'niet']).status).toBe('deels');
    expect(evaluateSubgroup(['behaald', 'deels', 'niet', 'niet']).status).toBe('deels');
    expect(evaluateSubgroup(['deels', 'niet', 'niet']).status).toBe('niet');
  });

  it('leaves pupils without a result out, and stays unknown when nobody has one', () => {
    const result = evaluateSubgroup(['behaald', 'onbekend', 'onbekend']);
    expect(result).toEqual({
      counts: { behaald: 1, deels: 0, niet: 0, onbekend: 2 },
      known: 1,
      status: 'behaald',
    });
    expect(evaluateSubgroup(['onbekend']).status).toBe('onbekend');
    expect(evaluateSubgroup([]).status).toBe('onbekend');
  });
});

describe('what the data says about a goal, as codes with figures', () => {
  it('names the figures a teacher checks, worked out by hand', () => {
    const score = { kind: 'score' as const, target: 200 };
    expect(evaluateGoal(score, { score: 180, level: null }, { score: 190, level: null }).detail).toEqual({
      code: 'score_partly',
      score: 190,
      start: 180,
      target: 200,
    });
    expect(evaluateGoal(score, null, { score: 205, level: null }).detail).toEqual({
      code: 'score',
      score: 205,
      target: 200,
    });
    const niveau = { kind: 'niveau' as const, system: 'I-V' as const, target: 'III' as const };
    expect(evaluateGoal(niveau, { score: null, level: 'V' }, { score: null, level: 'IV' }).detail).toEqual({
      code: 'level_partly',
      level: 'IV',
      start: 'V',
      target: 'III',
    });
    expect(
      evaluateGoal({ kind: 'groei', target: 10 }, { score: 100, level: null }, { score: 104, level: null })
        .detail,
    ).toEqual({
      code: 'growth',
      growth: 4,
      target: 10,
    });
    expect(evaluateGoal({ kind: 'groei', target: 10 }, null, { score: 104, level: null }).detail).toEqual({
      code: 'no_growth_pair',
    });
    expect(evaluateGoal({ kind: 'score', target: 1 }, null, null).detail).toEqual({ code: 'no_end' });
    expect(evaluateGoal({ kind: 'woorden', text: 'x' }, null, null).detail).toEqual({ code: 'words' });
  });
});

describe('goals above what comparable starters reach', () => {
  it('takes the growth at a share of the starters by nearest rank', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(growthAtShare(ten, 0.9)).toBe(9);
    expect(growthAtShare(ten, 0.5)).toBe(5);
    expect(growthAtShare([...ten, 11], 0.9)).toBe(10);
    expect(growthAtShare([], 0.9)).toBeNull();
    expect(growthAtShare([4], 0.9)).toBe(4);
  });

  it('warns for a growth goal, or a score goal from the start score, above the 90th percentile', () => {
    expect(aboveStarters({ kind: 'groei', target: 15 }, 100, 12)).toEqual({ needed: 15, p90: 12 });
    expect(aboveStarters({ kind: 'groei', target: 12 }, 100, 12)).toBeNull();
    expect(aboveStarters({ kind: 'score', target: 130 }, 110, 12)).toEqual({ needed: 20, p90: 12 });
    expect(aboveStarters({ kind: 'score', target: 120 }, 110, 12)).toBeNull();
    expect(aboveStarters({ kind: 'score', target: 130 }, null, 12)).toBeNull();
    expect(aboveStarters({ kind: 'niveau', target: 'II' }, 110, 12)).toBeNull();
    expect(aboveStarters({ kind: 'woorden', text: 'x' }, 110, 12)).toBeNull();
    expect(aboveStarters({ kind: 'groei', target: 15 }, 100, null)).toBeNull();
  });

  it('never warns for a goal at or below what the starters reached, for any figures', () => {
    fc.assert(
      fc.property(
        // Scale scores and growths are whole numbers.
        fc.integer({ min: -50, max: 100 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: -20, max: 60 }),
        (p90, start, extra) => {
          const target = p90 - Math.abs(extra);
          expect(aboveStarters({ kind: 'groei', target }, start, p90)).toBeNull();
          expect(aboveStarters({ kind: 'score', target: start + target }, start, p90)).toBeNull();
          const warned = aboveStarters({ kind: 'groei', target: p90 + Math.abs(extra) + 1 }, start, p90);
          expect(warned?.p90).toBe(p90);
        },
      ),
    );
  });
});
