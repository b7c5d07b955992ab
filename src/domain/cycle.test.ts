import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cycleSteps,
  evaluationCounts,
  type CycleFacts,
  type CycleNote,
  type GoalJudgement,
  type StepState,
} from './cycle';

const none: CycleFacts = {
  meetpunt: null,
  vakken: [],
  signalled: [],
  withNeed: new Set(),
  confirmed: new Set(),
  plans: [],
  previousPlans: [],
  lastYearGroup: null,
  closingKind: null,
};

const step = (facts: CycleFacts, stap: number) => {
  const found = cycleSteps(facts).find((s) => s.stap === stap);
  if (!found) throw new Error(`no step ${stap}`);
  return found;
};

const RANK: Record<StepState, number> = { open: 0, bezig: 1, klaar: 2 };
const VAKKEN = ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen', 'technisch-lezen', 'engels'];

const plan = fc.record({ vak: fc.constantFrom(...VAKKEN), evaluated: fc.boolean() });
const counts = fc.record({
  pupils: fc.nat(30),
  all: fc.nat(10),
  some: fc.nat(10),
  none: fc.nat(10),
});
const facts: fc.Arbitrary<CycleFacts> = fc
  .record({
    meetpunt: fc.option(fc.constantFrom('2025-2026 E', '2026-2027 M'), { nil: null }),
    vakken: fc.subarray(VAKKEN),
    pupils: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 12 }),
    signalledShare: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    needShare: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    confirmed: fc.subarray([2, 4]),
    plans: fc.uniqueArray(plan, { selector: (p) => p.vak, maxLength: 5 }),
    previousPlans: fc.array(
      fc.record({
        vak: fc.constantFrom(...VAKKEN),
        evaluated: fc.boolean(),
        outcome: fc.option(counts, { nil: null }),
      }),
      { maxLength: 5 },
    ),
    lastYearGroup: fc.option(fc.constantFrom('Groep 4', 'Groep 5'), { nil: null }),
    closingKind: fc.option(fc.constantFrom('B', 'M', 'E'), { nil: null }),
  })
  .map((r) => ({
    meetpunt: r.meetpunt,
    vakken: r.vakken,
    signalled: r.pupils
      .filter((_, i) => r.signalledShare[i])
      .map((n) => ({ id: `p${n}`, name: `Leerling ${n}` })),
    withNeed: new Set(r.pupils.filter((_, i) => r.needShare[i]).map((n) => `p${n}`)),
    confirmed: new Set(r.confirmed),
    plans: r.plans,
    previousPlans: r.previousPlans,
    lastYearGroup: r.lastYearGroup,
    closingKind: r.closingKind,
  }));

const note = <C extends CycleNote['code']>(notes: CycleNote[], code: C) =>
  notes.find((n): n is Extract<CycleNote, { code: C }> => n.code === code);

describe('cycleSteps', () => {
  it('starts a group without data or plans with everything open and says what is missing', () => {
    expect(cycleSteps(none).map((s) => [s.stap, s.state, s.done, s.missing, s.manual])).toEqual([
      [1, 'open', [{ code: 'noPreviousPlans' }], [{ code: 'noResults' }], false],
      [2, 'open', [{ code: 'pupilsSignalled', count: 0 }], [{ code: 'confirmSignals' }], true],
      [3, 'klaar', [{ code: 'pupilsWithNeed', count: 0 }], [], false],
      [4, 'open', [{ code: 'clustersFromDatamuur' }], [{ code: 'confirmClusters' }], true],
      [5, 'open', [], [], false],
      [6, 'open', [], [], false],
    ]);
  });

  it('names the plans of last year’s group that still wait for their evaluation, and their outcomes', () => {
    const outcome = { pupils: 5, all: 2, some: 2, none: 1 };
    const one = step(
      {
        ...none,
        meetpunt: '2025-2026 E',
        previousPlans: [
          { vak: 'spelling', evaluated: true, outcome },
          { vak: 'rekenen-wiskunde', evaluated: false, outcome: null },
          { vak: 'begrijpend-lezen', evaluated: false, outcome: null },
        ],
        lastYearGroup: 'Groep 4',
      },
      1,
    );
    expect(one).toEqual({
      stap: 1,
      state: 'open',
      done: [
        { code: 'previousPlansEvaluated', count: 1 },
        { code: 'previousPlanOutcome', vak: 'spelling', ...outcome },
        { code: 'groepsoverzichtFilled', meetpunt: '2025-2026 E' },
      ],
      missing: [
        {
          code: 'previousPlansNotEvaluated',
          count: 2,
          vakken: ['rekenen-wiskunde', 'begrijpend-lezen'],
          lastYearGroup: 'Groep 4',
        },
      ],
      manual: false,
    });
  });

  it('lists the signalled pupils without a need, and is busy while some have one', () => {
    const signalled = [
      { id: 'a', name: 'Anna' },
      { id: 'b', name: 'Bram' },
      { id: 'c', name: 'Cas' },
    ];
    const three = step({ ...none, signalled, withNeed: new Set(['b', 'x']) }, 3);
    expect(three).toMatchObject({
      state: 'bezig',
      done: [{ code: 'pupilsWithNeed', count: 2 }],
      missing: [{ code: 'signalledWithoutNeed', count: 2, pupils: [signalled[0], signalled[2]] }],
    });
    expect(step({ ...none, signalled }, 3).state).toBe('open');
    expect(step({ ...none, signalled, withNeed: new Set(['a', 'b', 'c']) }, 3).state).toBe('klaar');
  });

  it('wants a plan per vak with results, and every plan evaluated after the closing toetsen', () => {
    const vakken = ['rekenen-wiskunde', 'spelling'];
    const half = { ...none, vakken, closingKind: 'M', plans: [{ vak: 'spelling', evaluated: false }] };
    expect([step(half, 5), step(half, 6)]).toEqual([
      {
        stap: 5,
        state: 'bezig',
        done: [{ code: 'plansMade', vakken: ['spelling'] }],
        missing: [{ code: 'plansMissing', vakken: ['rekenen-wiskunde'] }],
        manual: false,
      },
      {
        stap: 6,
        state: 'bezig',
        done: [],
        missing: [{ code: 'plansToCarryOut', count: 1, closingKind: 'M' }],
        manual: false,
      },
    ]);
    const whole = { ...half, plans: vakken.map((vak) => ({ vak, evaluated: true })) };
    expect([step(whole, 5).state, step(whole, 6)]).toEqual([
      'klaar',
      { stap: 6, state: 'klaar', done: [{ code: 'plansEvaluated', count: 2 }], missing: [], manual: false },
    ]);
  });

  it('counts a plan without goals as a concept: begun, not made, and step 5 not klaar', () => {
    const vakken = ['rekenen-wiskunde', 'spelling'];
    const plans = [
      { vak: 'rekenen-wiskunde', evaluated: false, concept: true },
      { vak: 'spelling', evaluated: false, concept: false },
    ];
    expect(step({ ...none, vakken, plans }, 5)).toEqual({
      stap: 5,
      state: 'bezig',
      done: [{ code: 'plansMade', vakken: ['spelling'] }],
      missing: [{ code: 'plansConcept', vakken: ['rekenen-wiskunde'] }],
      manual: false,
    });
    const onlyConcept = {
      ...none,
      vakken: ['spelling'],
      plans: [{ vak: 'spelling', evaluated: false, concept: true }],
    };
    expect(step(onlyConcept, 5)).toMatchObject({ state: 'bezig', done: [] });
  });

  it('leaves the manual steps to the teacher, whatever the data', () => {
    fc.assert(
      fc.property(facts, (f) => {
        for (const stap of [2, 4]) {
          const s = step(f, stap);
          expect(s.manual).toBe(true);
          expect(s.state).toBe(f.confirmed.has(stap) ? 'klaar' : 'open');
        }
        expect(
          cycleSteps(f)
            .filter((s) => s.manual)
            .map((s) => s.stap),
        ).toEqual([2, 4]);
      }),
    );
  });

  it('calls a step klaar exactly when nothing is missing (steps 5 and 6 also need something to plan)', () => {
    fc.assert(
      fc.property(facts, (f) => {
        for (const s of cycleSteps(f)) {
          const somethingToDo = s.stap === 5 ? f.vakken.length > 0 : s.stap === 6 ? f.plans.length > 0 : true;
          expect(s.state === 'klaar').toBe(s.missing.length === 0 && somethingToDo);
        }
      }),
    );
  });

  it('makes the counts add up to the plans and pupils they count', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const [one, two, three, , five, six] = cycleSteps(f);
        const evaluatedBefore = note(one?.done ?? [], 'previousPlansEvaluated')?.count ?? 0;
        const notEvaluated = note(one?.missing ?? [], 'previousPlansNotEvaluated')?.count ?? 0;
        expect(evaluatedBefore + notEvaluated).toBe(f.previousPlans.length);
        expect(note(one?.done ?? [], 'noPreviousPlans') !== undefined).toBe(f.previousPlans.length === 0);
        expect(note(two?.done ?? [], 'pupilsSignalled')?.count).toBe(f.signalled.length);
        const without = note(three?.missing ?? [], 'signalledWithoutNeed');
        expect(without?.count ?? 0).toBe(without?.pupils.length ?? 0);
        expect((without?.pupils ?? []).every((p) => !f.withNeed.has(p.id))).toBe(true);
        const made = note(five?.done ?? [], 'plansMade')?.vakken ?? [];
        const missing = note(five?.missing ?? [], 'plansMissing')?.vakken ?? [];
        expect(made.length).toBe(f.plans.length);
        expect([...new Set([...made, ...missing])].sort()).toEqual(
          [...new Set([...f.plans.map((p) => p.vak), ...f.vakken])].sort(),
        );
        const evaluated = note(six?.done ?? [], 'plansEvaluated')?.count ?? 0;
        const toCarryOut = note(six?.missing ?? [], 'plansToCarryOut')?.count ?? 0;
        expect(evaluated + toCarryOut).toBe(f.plans.length);
      }),
    );
  });

  it('never makes step 6 worse when a plan is evaluated or an evaluated plan is added', () => {
    fc.assert(
      fc.property(facts, fc.nat(), fc.constantFrom(...VAKKEN), (f, pick, vak) => {
        const before = RANK[step(f, 6).state];
        const i = f.plans.length > 0 ? pick % f.plans.length : -1;
        const evaluatedOne = {
          ...f,
          plans: f.plans.map((p, j) => (j === i ? { ...p, evaluated: true } : p)),
        };
        const added = { ...f, plans: [...f.plans, { vak, evaluated: true }] };
        expect(RANK[step(evaluatedOne, 6).state]).toBeGreaterThanOrEqual(before);
        expect(RANK[step(added, 6).state]).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('never makes step 3 worse when a signalled pupil gets an onderwijsbehoefte', () => {
    fc.assert(
      fc.property(facts, fc.nat(), (f, pick) => {
        fc.pre(f.signalled.length > 0);
        const pupil = f.signalled[pick % f.signalled.length]?.id ?? '';
        const better = { ...f, withNeed: new Set([...f.withNeed, pupil]) };
        expect(RANK[step(better, 3).state]).toBeGreaterThanOrEqual(RANK[step(f, 3).state]);
      }),
    );
  });

  it('never makes step 1 worse when a previous plan is evaluated', () => {
    fc.assert(
      fc.property(facts, fc.nat(), (f, pick) => {
        fc.pre(f.previousPlans.length > 0);
        const i = pick % f.previousPlans.length;
        const better = {
          ...f,
          previousPlans: f.previousPlans.map((p, j) => (j === i ? { ...p, evaluated: true } : p)),
        };
        expect(RANK[step(better, 1).state]).toBeGreaterThanOrEqual(RANK[step(f, 1).state]);
      }),
    );
  });
});

describe('evaluationCounts', () => {
  it('counts pupils with all, some or none of their goals reached, leaving unknowns out', () => {
    expect(
      evaluationCounts({
        p1: { g1: 'behaald', g2: 'behaald' },
        p2: { g1: 'behaald', g2: 'niet' },
        p3: { g1: 'niet', g2: 'onbekend' },
        p4: { g1: 'onbekend' },
        p5: { g1: 'deels' },
      }),
    ).toEqual({ pupils: 4, all: 1, some: 2, none: 1 });
    expect(evaluationCounts({ p1: { g1: 'onbekend' }, p2: {} })).toEqual({
      pupils: 0,
      all: 0,
      some: 0,
      none: 0,
    });
  });

  it('puts every pupil with a judged goal in exactly one of the three', () => {
    const judgement = fc.constantFrom<GoalJudgement>('behaald', 'deels', 'niet', 'onbekend');
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.dictionary(fc.string(), judgement)),
        (confirmed) => {
          const c = evaluationCounts(confirmed);
          const judged = Object.values(confirmed).filter((g) =>
            Object.values(g).some((s) => s !== 'onbekend'),
          ).length;
          expect([c.pupils, c.all + c.some + c.none]).toEqual([judged, judged]);
          expect(Math.min(c.all, c.some, c.none)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
