import { describe, expect, it } from 'vitest';
import type { PlanContent, PlanDetail } from '../../api/types';
import { confirmedStatuses, goalStatus, restoreEvaluation, withStatus } from './evaluation';

const proposal: PlanDetail['proposal'] = {
  pupils: {
    p1: {
      g1: { status: 'behaald', detail: { code: 'score', score: 185, target: 180 } },
      g2: { status: 'niet', detail: { code: 'score', score: 170, target: 180 } },
    },
  },
  subgroups: {},
  basis: {},
};

describe('goalStatus', () => {
  it("takes the teacher's choice over the data's proposal", () => {
    const draft = withStatus(restoreEvaluation(null), 'p1', 'g1', 'deels');
    expect(goalStatus(draft, proposal, 'p1', 'g1')).toBe('deels');
  });

  it('follows the proposal where the teacher chose nothing, and is unknown without one', () => {
    const draft = restoreEvaluation(null);
    expect(goalStatus(draft, proposal, 'p1', 'g2')).toBe('niet');
    expect(goalStatus(draft, proposal, 'p2', 'g1')).toBe('onbekend');
    expect(goalStatus(draft, null, 'p1', 'g1')).toBe('onbekend');
  });
});

describe('withStatus', () => {
  it("keeps the pupil's other choices and the other pupils'", () => {
    let draft = restoreEvaluation(null);
    draft = withStatus(draft, 'p1', 'g1', 'behaald');
    draft = withStatus(draft, 'p1', 'g2', 'deels');
    draft = withStatus(draft, 'p2', 'g1', 'niet');
    draft = withStatus(draft, 'p1', 'g1', 'niet');
    expect(draft.confirmed).toEqual({ p1: { g1: 'niet', g2: 'deels' }, p2: { g1: 'niet' } });
  });
});

describe('restoreEvaluation', () => {
  it('starts empty without a kept draft', () => {
    expect(restoreEvaluation(null)).toEqual({
      confirmed: {},
      waarom: { leerling: '', onderwijs: '', thuis: '' },
    });
  });

  it('brings back the choices and the texts kept in the browser, filling in a missing text', () => {
    const stored = JSON.stringify({
      confirmed: { p1: { g1: 'deels' } },
      waarom: { leerling: 'Ziek geweest' },
    });
    expect(restoreEvaluation(stored)).toEqual({
      confirmed: { p1: { g1: 'deels' } },
      waarom: { leerling: 'Ziek geweest', onderwijs: '', thuis: '' },
    });
  });

  it('starts empty when the kept draft is damaged', () => {
    expect(restoreEvaluation('{"confirmed":')).toEqual(restoreEvaluation(null));
  });
});

describe('confirmedStatuses', () => {
  it('records a status for every pupil and goal of each subgroup, and only those', () => {
    const content = {
      basisdoel: '',
      subgroepen: [
        { key: 'basis', leerlingen: ['p1', 'p2'], doelen: [{ id: 'g1' }, { id: 'g2' }] },
        { key: 'verlengd', leerlingen: ['p3'], doelen: [{ id: 'g3' }] },
        { key: 'verkort', leerlingen: ['p4'], doelen: [] },
      ],
    } as unknown as PlanContent;
    const statusOf = (pupil: string, goal: string) => (pupil === 'p1' && goal === 'g2' ? 'deels' : 'behaald');
    expect(confirmedStatuses(content, statusOf)).toEqual({
      p1: { g1: 'behaald', g2: 'deels' },
      p2: { g1: 'behaald', g2: 'behaald' },
      p3: { g3: 'behaald' },
    });
  });
});

describe('confirmedStatuses with the basisdoel and pupils’ own goals', () => {
  it('records the basisdoel’s goals for every pupil and an own goal only for its pupil', () => {
    const content = {
      basisdoel: 'x',
      basisdoelen: [{ id: 'b1' }],
      leerlingdoelen: { p2: [{ id: 'e1' }] },
      subgroepen: [
        { key: 'basis', leerlingen: ['p1', 'p2'], doelen: [{ id: 'g1' }] },
        { key: 'verlengd', leerlingen: ['p3'], doelen: [] },
      ],
    } as unknown as PlanContent;
    expect(confirmedStatuses(content, () => 'behaald')).toEqual({
      p1: { b1: 'behaald', g1: 'behaald' },
      p2: { b1: 'behaald', g1: 'behaald', e1: 'behaald' },
      p3: { b1: 'behaald' },
    });
  });
});
