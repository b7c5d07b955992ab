import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AmbitionTarget } from './ambitions';
import { measureOf, nationalReference } from './ambitions-reference';

describe('measureOf', () => {
  it('makes the level part of "at or above" and the system part of "at most at the lowest level"', () => {
    const iii = { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.8 } as const;
    expect(measureOf(iii)).toBe('atOrAbove:I-V:III');
    expect(measureOf({ ...iii, minShare: 0.6 })).toBe(measureOf(iii));
    expect(measureOf({ ...iii, level: 'I' })).not.toBe(measureOf(iii));
    expect(measureOf({ kind: 'atMostLowest', system: 'A-E', maxShare: 0.1 })).toBe('atMostLowest:A-E');
    expect(measureOf({ kind: 'growthAsExpected', minShare: 0.7 })).toBe('growthAsExpected');
    expect(measureOf({ kind: 'meanAtLeastNorm' })).toBe('meanAtLeastNorm');
    expect(measureOf({ kind: 'woorden', text: 'Elke les een doel.' })).toBeNull();
  });
});

describe('nationalReference', () => {
  // I–V: 20 % per level, so "III of hoger" holds I, II and III: 60 %. A–E: 25/25/25/15/10.
  it.each([
    ['I-V', 'I+', 0.1],
    ['I-V', 'I', 0.2],
    ['I-V', 'II', 0.4],
    ['I-V', 'III', 0.6],
    ['I-V', 'IV', 0.8],
    ['I-V', 'V', 1],
    ['A-E', 'A', 0.25],
    ['A-E', 'B', 0.5],
    ['A-E', 'C', 0.75],
    ['A-E', 'D', 0.9],
    ['A-E', 'E', 1],
  ] as const)('%s %s of hoger: landelijk %f', (system, level, share) => {
    const target = { kind: 'atOrAbove', system, level, minShare: share } as AmbitionTarget;
    expect(nationalReference(target)).toEqual({ kind: 'share', share, comparison: 'gelijk' });
  });

  it('says when a team aims below or above the national share', () => {
    const iii = (minShare: number): AmbitionTarget => ({
      kind: 'atOrAbove',
      system: 'I-V',
      level: 'III',
      minShare,
    });
    expect(nationalReference(iii(0.55))).toMatchObject({ share: 0.6, comparison: 'lager' });
    expect(nationalReference(iii(0.8))).toMatchObject({ share: 0.6, comparison: 'hoger' });
    // At most a share at the lowest level: allowing more than nationally is aiming lower.
    const capV = (maxShare: number): AmbitionTarget => ({ kind: 'atMostLowest', system: 'I-V', maxShare });
    expect(nationalReference(capV(0.1))).toEqual({ kind: 'share', share: 0.2, comparison: 'hoger' });
    expect(nationalReference(capV(0.25))).toEqual({ kind: 'share', share: 0.2, comparison: 'lager' });
    expect(nationalReference({ kind: 'atMostLowest', system: 'A-E', maxShare: 0.1 })).toEqual({
      kind: 'share',
      share: 0.1,
      comparison: 'gelijk',
    });
  });

  it('gives no national figure where the data has none, with the reason', () => {
    expect(nationalReference({ kind: 'meanAtLeastNorm' })).toEqual({ kind: 'none', reason: 'gemiddelde' });
    expect(nationalReference({ kind: 'growthAsExpected', minShare: 0.7 })).toEqual({
      kind: 'none',
      reason: 'groei',
    });
    for (const kind of ['refAtLeast1F', 'refAtLeast2F'] as const)
      expect(nationalReference({ kind, minShare: 0.9 })).toEqual({ kind: 'none', reason: 'referentie' });
    expect(nationalReference({ kind: 'woorden', text: 'x' })).toEqual({ kind: 'none', reason: 'woorden' });
    expect(nationalReference({ kind: 'atOrAbove', system: 'I-V', level: 'C', minShare: 0.5 })).toEqual({
      kind: 'none',
      reason: 'onbekend',
    });
  });

  it('calls an ambition lower exactly when its bar is easier to reach than the national share', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('I', 'II', 'III', 'IV'),
        fc.integer({ min: 0, max: 100 }),
        (level, percent) => {
          const reference = nationalReference({
            kind: 'atOrAbove',
            system: 'I-V',
            level,
            minShare: percent / 100,
          });
          if (reference.kind !== 'share') throw new Error('expected a share');
          const national = Math.round(reference.share * 100);
          expect(reference.comparison).toBe(
            percent < national ? 'lager' : percent > national ? 'hoger' : 'gelijk',
          );
        },
      ),
    );
  });
});
