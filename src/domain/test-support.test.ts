import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyNumber, containsNaN } from './test-support';

describe('containsNaN', () => {
  it('finds a NaN however deep it hides', () => {
    expect(containsNaN(Number.NaN)).toBe(true);
    expect(containsNaN({ a: [1, { b: Number.NaN }] })).toBe(true);
    expect(containsNaN(new Map([['k', Number.NaN]]))).toBe(true);
  });

  it('passes values without NaN, Infinity included', () => {
    expect(containsNaN({ a: [1, { b: Number.POSITIVE_INFINITY }], c: null, d: 'NaN' })).toBe(false);
  });

  it('anyNumber produces the awkward numbers the totality tests rely on', () => {
    const seen = fc.sample(anyNumber, { numRuns: 2000, seed: 1 });
    expect(seen.some((x) => Number.isNaN(x))).toBe(true);
    expect(seen.some((x) => x === Number.POSITIVE_INFINITY)).toBe(true);
    expect(seen.some((x) => x === Number.NEGATIVE_INFINITY)).toBe(true);
  });
});
