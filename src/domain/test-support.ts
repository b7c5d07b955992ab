/**
 * Shared by the domain tests: arbitraries for "any input the types admit" and a deep NaN check, so
 * every exported function can be shown total (no throw, no NaN) the same way.
 */
import fc from 'fast-check';
import type { CutScores, NormRow, NormSystem } from './norms';

/** Any number a `number` parameter admits, with NaN, ±Infinity and −0 made frequent. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE),
);

/** Any string, weighted toward the short, odd strings imports contain. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '*', 'M5', 'E8', 'I+', '2025-2026', '2026-01-25', '2026-02-30', 'NaN', ';', '"'),
);

/** True when a NaN hides anywhere in a value (arrays, plain objects, maps). */
export function containsNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.some(containsNaN);
  if (value instanceof Map) return [...value.values()].some(containsNaN);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsNaN);
  return false;
}

const rising = (count: number) =>
  fc
    .tuple(
      fc.double({ min: -500, max: 500, noNaN: true }),
      fc.array(fc.double({ min: 0.01, max: 60, noNaN: true }), {
        minLength: count - 1,
        maxLength: count - 1,
      }),
    )
    .map(([start, steps]) => steps.reduce((acc, step) => [...acc, (acc.at(-1) ?? 0) + step], [start]));

/** A valid norm row for one system (toets t, versie 1, M5), cuts rising from the lowest bar. */
export const validNormRow = (system: NormSystem): fc.Arbitrary<NormRow> => {
  const levels: Record<NormSystem, string[]> = {
    'I-V': ['IV', 'III', 'II', 'I', 'I+'],
    'A-E': ['D', 'C', 'B', 'A'],
    REF: ['1F', '2F/1S'],
  };
  return fc.boolean().chain((withTop) => {
    const names = system === 'I-V' && !withTop ? levels[system].slice(0, 4) : levels[system];
    return rising(names.length).map((cuts): NormRow => ({
      toets: 't',
      versie: '1',
      moment: 'M5',
      cuts: Object.fromEntries(names.map((name, i) => [name, cuts[i]])) as CutScores,
      gemiddelde: null,
    }));
  });
};
