import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESULT_FIELDS } from './fields';
import { suggestMapping } from './suggest';

const fieldsOf = (headers: string[]) => {
  const { details } = suggestMapping(headers);
  return Object.fromEntries(Object.entries(details).map(([field, s]) => [field, s.header]));
};

describe('suggestMapping', () => {
  it('maps a Cito/ParnasSys-style header row completely', () => {
    expect(
      fieldsOf([
        'Leerlingnummer',
        'Achternaam',
        'Tussenvoegsel',
        'Roepnaam',
        'Groep',
        'Toets',
        'Versie',
        'Toetsmoment',
        'Afnamedatum',
        'Vaardigheidsscore',
        'Niveau I-V',
        'Functioneringsniveau',
        'DLE',
        'Ruwe score',
      ]),
    ).toEqual({
      leerlingKey: 'Leerlingnummer',
      achternaam: 'Achternaam',
      voorvoegsel: 'Tussenvoegsel',
      roepnaam: 'Roepnaam',
      groep: 'Groep',
      toets: 'Toets',
      versie: 'Versie',
      moment: 'Toetsmoment',
      afnamedatum: 'Afnamedatum',
      vaardigheidsscore: 'Vaardigheidsscore',
      niveau: 'Niveau I-V',
      functioneringsniveau: 'Functioneringsniveau',
      dle: 'DLE',
      ruweScore: 'Ruwe score',
    });
  });

  it('ignores case, punctuation, spaces and diacritics, and knows the abbreviations', () => {
    expect(
      fieldsOf(['LLN. NR.', 'Naam leerling', 'Toetsnaam', 'Periode', 'Datum', 'VS', 'I-V', 'Aantal goed']),
    ).toEqual({
      leerlingKey: 'LLN. NR.',
      naam: 'Naam leerling',
      toets: 'Toetsnaam',
      moment: 'Periode',
      afnamedatum: 'Datum',
      vaardigheidsscore: 'VS',
      niveau: 'I-V',
      ruweScore: 'Aantal goed',
    });
    expect(
      fieldsOf(['Leerling-ID', 'Ontwikkelscore', 'Toets datum', 'A-E', 'Référentieniveau']),
    ).toMatchObject({
      leerlingKey: 'Leerling-ID',
      vaardigheidsscore: 'Ontwikkelscore',
      afnamedatum: 'Toets datum',
      niveau: 'A-E',
    });
  });

  it('understands English exports', () => {
    expect(
      fieldsOf(['Student ID', 'ECK-iD', 'Test', 'Test date', 'Score', 'Level', 'Raw score', 'First name']),
    ).toEqual({
      leerlingKey: 'Student ID',
      eckid: 'ECK-iD',
      toets: 'Test',
      afnamedatum: 'Test date',
      vaardigheidsscore: 'Score',
      niveau: 'Level',
      ruweScore: 'Raw score',
      roepnaam: 'First name',
    });
  });

  it('does not take a functioneringsniveau for a niveau, DL for DLE, or a birth date for the afnamedatum', () => {
    const s = suggestMapping(['Functionerings niveau', 'DL', 'Geboortedatum', 'Niveau']);
    expect(s.mapping).toEqual({ functioneringsniveau: 0, niveau: 3 });
    expect(s.unmappedColumns).toEqual([1, 2]);
  });

  it('matches a header that contains a synonym, with lower confidence', () => {
    const s = suggestMapping(['Leerlingnummer', 'Vaardigheidsscore (VS) Rekenen-Wiskunde']);
    expect(s.mapping.vaardigheidsscore).toBe(1);
    expect(s.details.vaardigheidsscore?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(s.details.vaardigheidsscore?.confidence).toBeLessThan(1);
    expect(s.details.leerlingKey?.confidence).toBe(1);
  });

  it('gives "Ruwe score" to the raw score, not also to the vaardigheidsscore', () => {
    expect(suggestMapping(['Ruwe score']).mapping).toEqual({ ruweScore: 0 });
  });

  it('uses every column and every field at most once, whatever the headers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'Leerlingnummer',
              'Score',
              'VS',
              'Datum',
              'Toets',
              'Niveau',
              'Naam',
              'Groep',
              'moment',
              'ECK iD',
            ),
            fc.string({ maxLength: 20 }),
          ),
          { maxLength: 20 },
        ),
        (headers) => {
          const { mapping, unmappedColumns } = suggestMapping(headers);
          const columns = Object.values(mapping);
          expect(new Set(columns).size).toBe(columns.length);
          for (const c of columns) expect(c).toBeLessThan(headers.length);
          for (const f of Object.keys(mapping)) expect(RESULT_FIELDS).toContain(f);
          expect(columns.length + unmappedColumns.length).toBe(headers.length);
        },
      ),
    );
  });

  it('does not depend on the order of the columns', () => {
    const headers = [
      'Leerlingnummer',
      'Naam',
      'Toets',
      'Toetsmoment',
      'Datum',
      'Score',
      'Niveau',
      'Ruwe score',
      'DLE',
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(headers, { minLength: headers.length }), (shuffled) => {
        expect(fieldsOf(shuffled)).toEqual(fieldsOf(headers));
      }),
    );
  });
});
