/**
 * What an SEO mapping needs before a file can be read: the pupil by number (never by name), the
 * instrument, the list, the date, and the scores in one of the two layouts.
 */
import { describe, expect, it } from 'vitest';
import { validateSeoMapping } from './validate';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

const WIDE = [
  { column: 2, schaal: 'betrokkenheid', measure: 'percentiel' as const },
  { column: 3, schaal: 'welbevinden', measure: 'percentiel' as const },
];
const CONSTANTS = { instrument: 'zien', lijst: 'leerkracht' };

describe('validateSeoMapping', () => {
  it('accepts a wide ZIEN! mapping with the instrument and list for the whole file', () => {
    expect(
      validateSeoMapping({ leerlingKey: 0, afnamedatum: 1 }, WIDE, {
        headers: ['Leerlingnummer', 'Datum ingevuld', 'Betrokkenheid', 'Welbevinden'],
        constants: CONSTANTS,
      }),
    ).toEqual([]);
  });

  it('accepts a long mapping with the ECK-iD, columns for everything, and no list for a one-list instrument', () => {
    expect(
      validateSeoMapping({ eckid: 0, instrument: 1, schaal: 2, afnamedatum: 3, signaal: 4 }, [], {
        singleList: true,
      }),
    ).toEqual([]);
  });

  it('asks for everything that is missing, each with its field', () => {
    const problems = validateSeoMapping({ naam: 0 }, []);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['seo-mapping.geen-leerling', 'leerlingKey'],
      ['seo-mapping.geen-instrument', 'instrument'],
      ['seo-mapping.geen-lijst', 'lijst'],
      ['seo-mapping.geen-datum', 'afnamedatum'],
      ['seo-mapping.geen-schaal', 'schaal'],
    ]);
    expect(problems[0]?.message).toBe(
      'Koppel een kolom met het leerlingnummer of het ECK-iD. Namen worden nooit gebruikt om een leerling te herkennen.',
    );
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('takes the date for the whole file, but not a blank one', () => {
    const mapping = { leerlingKey: 0 };
    expect(
      codes(validateSeoMapping(mapping, WIDE, { constants: { ...CONSTANTS, afnamedatum: '12-11-2026' } })),
    ).toEqual([]);
    expect(
      codes(validateSeoMapping(mapping, WIDE, { constants: { ...CONSTANTS, afnamedatum: '  ' } })),
    ).toEqual(['seo-mapping.geen-datum']);
  });

  it('wants a measure beside a scale column, and not both layouts at once', () => {
    const base = { leerlingKey: 0, afnamedatum: 1, schaal: 2 };
    expect(codes(validateSeoMapping(base, [], { constants: CONSTANTS }))).toEqual(['seo-mapping.geen-score']);
    expect(codes(validateSeoMapping({ ...base, band: 3 }, [], { constants: CONSTANTS }))).toEqual([]);
    expect(
      codes(
        validateSeoMapping(
          { ...base, percentiel: 5 },
          [{ column: 4, schaal: 'welbevinden', measure: 'percentiel' }],
          {
            constants: CONSTANTS,
          },
        ),
      ),
    ).toEqual(['seo-mapping.twee-vormen']);
  });

  it('refuses a column used twice, a column that does not exist, and two columns for one scale and measure', () => {
    const headers = ['Leerlingnummer', 'Datum', 'Welbevinden', 'Welbevinden (2)'];
    const problems = validateSeoMapping(
      { leerlingKey: 0, afnamedatum: 2 },
      [
        { column: 2, schaal: 'welbevinden', measure: 'percentiel' },
        { column: 3, schaal: 'welbevinden', measure: 'percentiel' },
        { column: 7, schaal: 'betrokkenheid', measure: 'percentiel' },
      ],
      { headers, constants: CONSTANTS },
    );
    expect(problems.map((p) => p.message)).toEqual([
      'kolom 3 ("Welbevinden") is gekoppeld aan zowel afnamedatum als welbevinden (percentiel).',
      'Twee kolommen geven percentiel van de schaal welbevinden.',
      'betrokkenheid (percentiel): kolom 8 bestaat niet.',
    ]);
    expect(codes(problems)).toEqual([
      'seo-mapping.kolom-dubbel',
      'seo-mapping.schaal-dubbel',
      'seo-mapping.kolom-bestaat-niet',
    ]);
  });
});
