import { describe, expect, it } from 'vitest';
import { lineLabel, seoConfigOf, withScaleColumn } from './seo-mapping';

describe('seo mapping in the browser', () => {
  it('sends only the filled values, and no scale columns when the file has a scale column', () => {
    const config = seoConfigOf({
      mapping: { leerlingKey: 0, schaal: 2 },
      scaleColumns: [{ column: 3, schaal: 'welbevinden', measure: 'percentiel' }],
      constants: { instrument: 'kanvas', lijst: ' ', afnamedatum: '05-03-2027 ', versie: '' },
      headerRow: 5,
    });
    expect(JSON.parse(config)).toEqual({
      mapping: { leerlingKey: 0, schaal: 2 },
      scaleColumns: [],
      constants: { instrument: 'kanvas', afnamedatum: '05-03-2027' },
      headerRow: 5,
    });
  });

  it('sets, replaces and removes the scale of a column, in column order', () => {
    let columns = withScaleColumn([], 5, 'welbevinden', 'percentiel');
    columns = withScaleColumn(columns, 3, 'betrokkenheid', 'percentiel');
    columns = withScaleColumn(columns, 5, 'welbevinden', 'band');
    expect(columns).toEqual([
      { column: 3, schaal: 'betrokkenheid', measure: 'percentiel' },
      { column: 5, schaal: 'welbevinden', measure: 'band' },
    ]);
    expect(withScaleColumn(columns, 3, null, 'percentiel')).toEqual([columns[1]]);
  });

  it('labels a line by its non-empty cells', () => {
    expect(lineLabel(['ZIEN! Leerkrachtvragenlijst', '', ''])).toBe('ZIEN! Leerkrachtvragenlijst');
    expect(lineLabel(['a'.repeat(100)])).toHaveLength(90);
  });
});
