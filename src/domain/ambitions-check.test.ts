import { describe, expect, it } from 'vitest';
import type { Ambition } from './ambitions';
import { ambitionProblems } from './ambitions-check';

const ambition = (over: Partial<Ambition>): Ambition => ({
  schoolId: 'school-1',
  schooljaar: '2025-2026',
  vak: 'rekenen-wiskunde',
  jaargroep: 5,
  moment: 'M',
  target: { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.8 },
  ...over,
});

describe('ambitionProblems', () => {
  it('accepts the usual ambitions', () => {
    expect(ambitionProblems(ambition({}))).toEqual([]);
    expect(ambitionProblems(ambition({ target: { kind: 'meanAtLeastNorm' } }))).toEqual([]);
    expect(
      ambitionProblems(
        ambition({ jaargroep: 8, vak: 'spelling', target: { kind: 'refAtLeast2F', minShare: 0.55 } }),
      ),
    ).toEqual([]);
  });

  it('refuses a share outside 0–100 %, written as a percentage by mistake', () => {
    expect(
      ambitionProblems(ambition({ target: { kind: 'atMostLowest', system: 'I-V', maxShare: 15 } })),
    ).toEqual(['Het percentage van de ambitie moet tussen 0 en 100 liggen.']);
    expect(
      ambitionProblems(ambition({ target: { kind: 'growthAsExpected', minShare: Number.NaN } })),
    ).toHaveLength(1);
  });

  it('refuses a level of another system, a bad schooljaar and a jaargroep outside 1–8', () => {
    const problems = ambitionProblems(
      ambition({
        schooljaar: '2025-2027',
        jaargroep: 9,
        target: { kind: 'atOrAbove', system: 'A-E', level: 'III', minShare: 0.8 },
      }),
    );
    expect(problems).toEqual([
      "'2025-2027' is geen schooljaar.",
      'De jaargroep moet een groep van 1 tot en met 8 zijn.',
      "'III' is geen niveau van A-E; kies uit A, B, C, D, E.",
    ]);
  });

  it('keeps referentieniveaus to groep 8 and to the vakken that have them', () => {
    expect(
      ambitionProblems(
        ambition({ jaargroep: 6, vak: 'technisch-lezen', target: { kind: 'refAtLeast1F', minShare: 0.9 } }),
      ),
    ).toEqual([
      'Een ambitie op referentieniveau hoort bij groep 8 (de doorstroomtoets).',
      'Voor Technisch lezen bestaat geen referentieniveau.',
    ]);
  });

  it('needs words for an ambition in words', () => {
    expect(ambitionProblems(ambition({ target: { kind: 'woorden', text: '  ' } }))).toEqual([
      'Beschrijf de ambitie in woorden.',
    ]);
  });
});
