import { describe, expect, it } from 'vitest';
import { describeChanges, evaluationOutcome } from './plan-history';

const sub = (key: string, naam: string, extra: Record<string, unknown> = {}) => ({
  key,
  naam,
  leerlingen: ['p1'],
  doelen: [],
  aanbod: '',
  aanpak: 'directe instructie',
  organisatie: '',
  minutenPerWeek: null,
  ...extra,
});
const version = (status: string, basisdoel: string, subgroepen: unknown[]) => ({
  status,
  content: JSON.stringify({ basisdoel, subgroepen }),
});

describe('describeChanges', () => {
  it('calls the first version the creation', () => {
    expect(describeChanges(undefined, version('concept', '', [sub('basis', 'Basis')]))).toEqual([
      { code: 'created' },
    ]);
  });

  it('names the changed fields per subgroup, added and removed subgroups, and the basisdoel', () => {
    const before = version('concept', 'a', [sub('basis', 'Basis'), sub('verlengd', 'Verlengd')]);
    const after = version('concept', 'b', [
      sub('basis', 'Basis', { aanpak: 'anders', minutenPerWeek: 30 }),
      sub('intensief', 'Intensief'),
    ]);
    expect(describeChanges(before, after)).toEqual([
      { code: 'basisdoel' },
      { code: 'subgroupChanged', naam: 'Basis', fields: ['aanpak', 'minutenPerWeek'] },
      { code: 'subgroupAdded', naam: 'Intensief' },
      { code: 'subgroupRemoved', naam: 'Verlengd' },
    ]);
  });

  it('reports evaluating and reopening instead of field changes', () => {
    const concept = version('concept', 'a', [sub('basis', 'Basis')]);
    const done = version('geevalueerd', 'a', [sub('basis', 'Basis')]);
    expect(describeChanges(concept, done)).toEqual([{ code: 'evaluated' }]);
    expect(describeChanges(done, concept)).toEqual([{ code: 'reopened' }]);
  });

  it('names the basisdoel’s goals and pupils’ own goals as changes, reading old versions without them', () => {
    const old = version('concept', 'a', [sub('basis', 'Basis')]);
    const withGoals = {
      status: 'concept',
      content: JSON.stringify({
        basisdoel: 'a',
        basisdoelen: [{ id: 'b1', kind: 'groei', target: 8 }],
        subgroepen: [sub('basis', 'Basis')],
        leerlingdoelen: { p1: [{ id: 'e1', kind: 'woorden', text: 'Leest elke dag' }] },
      }),
    };
    expect(describeChanges(old, withGoals)).toEqual([{ code: 'basisdoel' }, { code: 'pupilGoals' }]);
    expect(describeChanges(withGoals, withGoals)).toEqual([]);
  });
});

describe('evaluationOutcome', () => {
  const evaluation = (confirmed: Record<string, Record<string, string>>) =>
    JSON.stringify({ confirmed, waarom: { leerling: '', onderwijs: '', thuis: '' } });

  it('counts pupils with all, some or none of their goals reached, leaving unknowns out', () => {
    expect(
      evaluationOutcome(
        evaluation({
          p1: { g1: 'behaald', g2: 'behaald' },
          p2: { g1: 'behaald', g2: 'niet' },
          p3: { g1: 'niet', g2: 'onbekend' },
          p4: { g1: 'onbekend' },
        }),
      ),
    ).toEqual({ pupils: 3, all: 1, some: 1, none: 1 });
  });

  it('says so when nothing could be judged, and ignores what it cannot read', () => {
    expect(evaluationOutcome(evaluation({ p1: { g1: 'onbekend' } }))).toEqual({
      pupils: 0,
      all: 0,
      some: 0,
      none: 0,
    });
    expect(evaluationOutcome(JSON.stringify({ confirmed: 3 }))).toBeNull();
  });
});
