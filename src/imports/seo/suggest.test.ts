/**
 * The mapping of SEO exports as ParnasSys (ZIEN!), KanVAS and SCOL write them: wide overviews with a
 * column per scale under a title block that names the instrument and list, and long files with a row
 * per pupil and scale.
 */
import { describe, expect, it } from 'vitest';
import { isSeoHeader, suggestSeoMapping } from './suggest';
import { validateSeoMapping } from './validate';

/** ZIEN! in ParnasSys: the percentiles of the leerkrachtvragenlijst, one column per scale. */
const ZIEN_TITLE = [
  ['OBS De Wilgenhoek', '', ''],
  ['ZIEN! Leerkrachtvragenlijst groep 5', '', ''],
  ['Exportdatum: 03-02-2027', '', ''],
];
const ZIEN_HEADER = [
  'Leerlingnummer',
  'Achternaam, tussenvoegsel, Roepnaam',
  'Groep',
  'Datum ingevuld',
  'Betrokkenheid',
  'Welbevinden',
  'Sociaal initiatief',
  'Sociale flexibiliteit',
  'Sociale autonomie',
  'Impulsbeheersing',
  'Inlevingsvermogen',
];

describe('suggestSeoMapping', () => {
  it('reads a ZIEN! overview: instrument and list from the title block, a percentile column per scale', () => {
    const suggestion = suggestSeoMapping(ZIEN_HEADER, { above: ZIEN_TITLE, filename: 'export.csv' });
    expect(suggestion.instrument).toBe('zien');
    expect(suggestion.lijst).toBe('leerkracht');
    expect(suggestion.mapping).toEqual({ leerlingKey: 0, naam: 1, groep: 2, afnamedatum: 3 });
    expect(suggestion.scaleColumns).toEqual([
      { column: 4, schaal: 'betrokkenheid', measure: 'percentiel' },
      { column: 5, schaal: 'welbevinden', measure: 'percentiel' },
      { column: 6, schaal: 'sociaal-initiatief', measure: 'percentiel' },
      { column: 7, schaal: 'sociale-flexibiliteit', measure: 'percentiel' },
      { column: 8, schaal: 'sociale-autonomie', measure: 'percentiel' },
      { column: 9, schaal: 'impulsbeheersing', measure: 'percentiel' },
      { column: 10, schaal: 'inlevingsvermogen', measure: 'percentiel' },
    ]);
    expect(suggestion.confidence.leerlingKey).toBe(1);
    // Complete apart from nothing: the title gave instrument and list, the column the date.
    expect(
      validateSeoMapping(suggestion.mapping, suggestion.scaleColumns, {
        headers: ZIEN_HEADER,
        constants: { instrument: suggestion.instrument ?? undefined, lijst: suggestion.lijst ?? undefined },
      }),
    ).toEqual([]);
  });

  it('reads the measure a scale column names, and the signal column beside it', () => {
    const headers = [
      'Leerlingnummer',
      'Datum',
      'Welbevinden percentiel',
      'Welbevinden signaal',
      'Betrokkenheid score',
      'Betrokkenheid niveau',
    ];
    const suggestion = suggestSeoMapping(headers, { filename: 'ZIEN leerlingvragenlijst 2026-2027.xlsx' });
    expect(suggestion.instrument).toBe('zien');
    expect(suggestion.lijst).toBe('leerling');
    expect(suggestion.scaleColumns).toEqual([
      { column: 2, schaal: 'welbevinden', measure: 'percentiel' },
      { column: 3, schaal: 'welbevinden', measure: 'signaal' },
      { column: 4, schaal: 'betrokkenheid', measure: 'ruweScore' },
      { column: 5, schaal: 'betrokkenheid', measure: 'band' },
    ]);
    expect(suggestion.mapping).toEqual({ leerlingKey: 0, afnamedatum: 1 });
  });

  it('finds KanVAS by its scales when no title names it, and its one list without asking', () => {
    const headers = [
      'Leerlingnummer',
      'Afnamedatum',
      'Incidenten',
      'Veiligheidsbeleving',
      'Welbevinden',
      'Optreden leerkracht',
      'Angst voor incidenten',
    ];
    const suggestion = suggestSeoMapping(headers, { above: [['Basisschool De Regenboog']] });
    expect(suggestion.instrument).toBe('kanvas');
    expect(suggestion.lijst).toBe('leerling');
    expect(suggestion.scaleColumns.map((s) => [s.column, s.schaal, s.measure])).toEqual([
      [2, 'incidenten', 'ruweScore'],
      [3, 'veiligheidsbeleving', 'ruweScore'],
      [4, 'welbevinden', 'ruweScore'],
      [5, 'leerkracht-treedt-op', 'ruweScore'],
      [6, 'angst-voor-incidenten', 'ruweScore'],
    ]);
  });

  it('reads a long export (a row per pupil and scale) with the instrument and list in columns', () => {
    const headers = [
      'Leerlingnummer',
      'Naam',
      'Instrument',
      'Versie',
      'Ingevuld door',
      'Schaal',
      'Datum afname',
      'Ruwe score',
      'Percentiel',
      'Normniveau',
      'Signaal',
    ];
    const suggestion = suggestSeoMapping(headers, { above: [['SCOL najaar 2026']] });
    expect(suggestion.mapping).toEqual({
      leerlingKey: 0,
      naam: 1,
      instrument: 2,
      versie: 3,
      lijst: 4,
      schaal: 5,
      afnamedatum: 6,
      ruweScore: 7,
      percentiel: 8,
      band: 9,
      signaal: 10,
    });
    // The instrument comes from its column, row by row: not from the title.
    expect(suggestion.instrument).toBeNull();
    expect(suggestion.lijst).toBeNull();
    expect(suggestion.scaleColumns).toEqual([]);
    expect(validateSeoMapping(suggestion.mapping, suggestion.scaleColumns, { headers })).toEqual([]);
  });

  it('is not fooled by a school called "De Kanjer" above a ZIEN! title: the header’s scales decide', () => {
    const above = [['OBS De Kanjer', '', ''], ...ZIEN_TITLE.slice(1)];
    const suggestion = suggestSeoMapping(ZIEN_HEADER, { above });
    expect(suggestion.instrument).toBe('zien');
    expect(suggestion.scaleColumns).toHaveLength(7);
    // Two names and a header that does not choose between them: asked, not guessed.
    const unsure = suggestSeoMapping(['Leerlingnummer', 'Datum', 'Welbevinden', 'Veiligheidsbeleving'], {
      above: [['OBS De Kanjer'], ['ZIEN! Leerlingvragenlijst']],
    });
    expect(unsure.instrument).toBeNull();
  });

  it('names no instrument when the header fits two equally and nothing else says which', () => {
    // Welbevinden and veiligheidsbeleving are scales of ZIEN!, KanVAS, SCOL and LiB alike.
    const suggestion = suggestSeoMapping(['Leerlingnummer', 'Welbevinden', 'Veiligheidsbeleving']);
    expect(suggestion.instrument).toBeNull();
    expect(suggestion.scaleColumns).toEqual([]);
    expect(suggestion.lijst).toBeNull();
  });
});

describe('suggestSeoMapping with a school’s own list', () => {
  it('takes a column that names a scale exactly for that scale, not for the group its word suggests', () => {
    const own = {
      code: 'eigen-klas',
      publisher: 'school',
      lists: ['leerling'] as const,
      scales: [
        {
          code: 'plezier',
          domain: 'welbevinden' as const,
          lists: ['leerling'] as const,
          higherIsBetter: true,
          synonyms: ['Plezier in de klas'],
        },
        {
          code: 'veilig',
          domain: 'veiligheid' as const,
          lists: ['leerling'] as const,
          higherIsBetter: true,
          synonyms: ['Veilig op het plein'],
        },
      ],
      synonyms: ['Klassenlijst De Vlinder'],
      inspectieMonitoring: false,
      wideMeasure: 'ruweScore' as const,
      assumptions: [],
    };
    const suggestion = suggestSeoMapping(['Leerlingnummer', 'Plezier in de klas', 'Veilig op het plein'], {
      above: [['Klassenlijst De Vlinder']],
      instruments: [own],
    });
    expect(suggestion.mapping).toEqual({ leerlingKey: 0 });
    expect(suggestion.scaleColumns.map((c) => [c.column, c.schaal])).toEqual([
      [1, 'plezier'],
      [2, 'veilig'],
    ]);
  });
});

describe('isSeoHeader', () => {
  it('takes a header with several field names, or a key and two scale names', () => {
    expect(isSeoHeader(ZIEN_HEADER)).toBe(true);
    expect(isSeoHeader(['Leerlingnummer', 'Betrokkenheid', 'Welbevinden'])).toBe(true);
    expect(isSeoHeader(['Leerlingnummer', 'Betrokkenheid'])).toBe(false);
  });

  it('does not take the title block or a data row for a header', () => {
    expect(isSeoHeader(['ZIEN! Leerkrachtvragenlijst groep 5', '', ''])).toBe(false);
    expect(isSeoHeader(['Exportdatum: 03-02-2027'])).toBe(false);
    expect(isSeoHeader(['4101', 'Berg, van der, Daan', '5A', '12-11-2026', '62', '48'])).toBe(false);
  });
});
