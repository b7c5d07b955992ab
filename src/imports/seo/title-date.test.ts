import { describe, expect, it } from 'vitest';
import { seoDateInTitle } from './title-date';

describe('seoDateInTitle', () => {
  it('reads the date of taking from a labelled cell, or from the cell after its label', () => {
    expect(seoDateInTitle([['ZIEN! Leerkrachtvragenlijst'], ['Afnamedatum: 12-11-2026']])).toBe('2026-11-12');
    expect(seoDateInTitle([['Ingevuld op', '3-2-2027']])).toBe('2027-02-03');
    expect(seoDateInTitle([['Datum afname', '2027-03-05']])).toBe('2027-03-05');
  });

  it('does not take an export date, an unlabelled date or a date that does not exist', () => {
    expect(seoDateInTitle([['Geëxporteerd op 14-11-2026'], ['14-11-2026']])).toBeNull();
    expect(seoDateInTitle([['Afnamedatum: 31-02-2027']])).toBeNull();
    expect(seoDateInTitle([])).toBeNull();
  });
});
