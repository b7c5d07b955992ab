import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import { columnOptions, configOf, EMPTY_CONSTANTS, filledConstants, isRequired, withColumn } from './mapping';

describe('withColumn', () => {
  it('reads a field from the chosen column', () => {
    expect(withColumn({ toets: 1 }, 'vaardigheidsscore', '4')).toEqual({ toets: 1, vaardigheidsscore: 4 });
  });

  it('moves a field to another column', () => {
    expect(withColumn({ toets: 1, datum: 2 }, 'toets', '0')).toEqual({ datum: 2, toets: 0 });
  });

  it('leaves a field out when no column is chosen', () => {
    expect(withColumn({ toets: 1, datum: 2 }, 'toets', null)).toEqual({ datum: 2 });
    expect(withColumn({ toets: 1 }, 'toets', '')).toEqual({});
  });
});

describe('configOf', () => {
  it('sends the mapping and the filled-in values, trimmed, with the moment in capitals', () => {
    expect(
      JSON.parse(
        configOf({ leerlingKey: 0 }, { toets: ' Cito rekenen ', moment: ' m', schooljaar: '2025-2026' }),
      ),
    ).toEqual({
      mapping: { leerlingKey: 0 },
      constants: { toets: 'Cito rekenen', moment: 'M', schooljaar: '2025-2026' },
    });
  });

  it('sends no values when none were typed', () => {
    expect(JSON.parse(configOf({}, EMPTY_CONSTANTS))).toEqual({ mapping: {}, constants: {} });
    expect(JSON.parse(configOf({}, { toets: '  ', moment: '', schooljaar: '' }))).toEqual({
      mapping: {},
      constants: {},
    });
  });
});

describe('filledConstants', () => {
  it('keeps the values that were typed, as typed', () => {
    expect(filledConstants({ toets: 'DMT', moment: ' ', schooljaar: '' })).toEqual({ toets: 'DMT' });
  });
});

describe('isRequired', () => {
  it('requires the pupil, the toets and the score', () => {
    expect(['leerlingKey', 'toets', 'vaardigheidsscore'].every(isRequired)).toBe(true);
    expect(isRequired('afnamedatum')).toBe(false);
  });
});

describe('columnOptions', () => {
  it("names each column by its header, with the first row's value as an example", () => {
    expect(columnOptions(['Leerling', 'Score'], ['123', '180'], nl)).toEqual([
      { value: '0', label: 'Leerling (voorbeeld: 123)' },
      { value: '1', label: 'Score (voorbeeld: 180)' },
    ]);
  });

  it('numbers a column without a header from 1, and leaves the example out when the cell is empty', () => {
    expect(columnOptions(['', 'Score'], ['', '180'], en)).toEqual([
      { value: '0', label: 'Column 1' },
      { value: '1', label: 'Score (example: 180)' },
    ]);
    expect(columnOptions(['Score'], undefined, nl)).toEqual([{ value: '0', label: 'Score' }]);
  });
});
