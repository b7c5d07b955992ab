import { describe, expect, it } from 'vitest';
import { validatePeriods, type PeriodInput } from './periods';

const p = (name: string, startDate: string, endDate: string): PeriodInput => ({
  name,
  startDate,
  endDate,
  closingKind: null,
});

describe('validatePeriods', () => {
  it('accepts two halves and three blocks inside the schooljaar', () => {
    expect(
      validatePeriods('2026-2027', [p('1', '2026-08-01', '2027-01-31'), p('2', '2027-02-01', '2027-07-31')]),
    ).toEqual([]);
    expect(
      validatePeriods('2026-2027', [
        p('A', '2026-08-24', '2026-11-27'),
        p('B', '2026-11-30', '2027-03-12'),
        p('C', '2027-03-15', '2027-07-09'),
      ]),
    ).toEqual([]);
  });

  it('names overlap, dates outside the year, reversed and impossible dates, each with the period number', () => {
    const issues = validatePeriods('2026-2027', [
      p('', '2026-07-01', '2026-12-31'),
      p('B', '2026-12-15', '2026-12-01'),
      p('C', '2027-02-30', '2027-06-30'),
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'Periode 1 heeft geen naam.',
      'Periode 1 valt buiten schooljaar 2026-2027 (2026-08-01 tot en met 2027-07-31).',
      'Periode 2 eindigt voordat ze begint.',
      'Periode 2 begint voordat periode 1 is afgelopen.',
      'Periode 3: de begindatum is geen bestaande datum.',
    ]);
  });

  it('points at the date that lies outside the schooljaar', () => {
    const late = validatePeriods('2026-2027', [p('A', '2026-08-20', '2027-08-15')]);
    expect(late.map((i) => [i.field, i.index])).toEqual([['endDate', 0]]);
    const early = validatePeriods('2026-2027', [p('A', '2026-07-20', '2027-01-31')]);
    expect(early.map((i) => [i.field, i.index])).toEqual([['startDate', 0]]);
  });

  it('wants at least one and at most six periods', () => {
    expect(validatePeriods('2026-2027', [])[0]?.message).toBe('Een schooljaar heeft minstens één periode.');
    const seven = Array.from({ length: 7 }, (_, i) =>
      p(`${i}`, `2026-0${8 + 0}-0${i + 1}`, `2026-0${8 + 0}-0${i + 1}`),
    );
    expect(
      validatePeriods('2026-2027', seven).some((i) => i.message === 'Hoogstens 6 periodes per schooljaar.'),
    ).toBe(true);
  });
});
