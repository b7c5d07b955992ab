import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateGoal, evaluateSubgroup, type GoalStatus } from './goals';

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
