/**
 * Names in one column, as ParnasSys, ESIS and Cito exports write them ("Berg, van der, Daan"), read to
 * roepnaam, voorvoegsel and achternaam by the order the column's header announces.
 */
import { describe, expect, it } from 'vitest';
import { nameFromCell, nameOrderOf, readNameCell } from './names';
import { suggestMapping } from './suggest';

describe('nameOrderOf', () => {
  it('reads the order from the header', () => {
    expect(nameOrderOf('Achternaam, tussenvoegsel, Roepnaam')).toBe('achternaam-eerst');
    expect(nameOrderOf('Naam (achternaam, roepnaam)')).toBe('achternaam-eerst');
    expect(nameOrderOf('Familienaam, voornaam')).toBe('achternaam-eerst');
    expect(nameOrderOf('Roepnaam tussenvoegsel achternaam')).toBe('roepnaam-eerst');
    expect(nameOrderOf('Voornaam Achternaam')).toBe('roepnaam-eerst');
    expect(nameOrderOf('Achternaam, roepnaam, tussenvoegsel')).toBe('achternaam-roepnaam-voorvoegsel');
  });

  it('has no order for a header that does not name both parts', () => {
    expect(nameOrderOf('Naam')).toBeNull();
    expect(nameOrderOf('Naam leerling')).toBeNull();
    expect(nameOrderOf('Achternaam')).toBeNull();
  });
});

describe('readNameCell', () => {
  const ACHTER = 'achternaam-eerst' as const;

  it('reads "Achternaam, tussenvoegsel, Roepnaam" with and without a tussenvoegsel', () => {
    expect(readNameCell('Berg, van der, Daan', ACHTER)).toEqual({
      achternaam: 'Berg',
      voorvoegsel: 'van der',
      roepnaam: 'Daan',
    });
    expect(readNameCell('Yılmaz, , Elif', ACHTER)).toEqual({
      achternaam: 'Yılmaz',
      voorvoegsel: null,
      roepnaam: 'Elif',
    });
    expect(readNameCell("Hart, 't, Lotte", ACHTER)).toEqual({
      achternaam: 'Hart',
      voorvoegsel: "'t",
      roepnaam: 'Lotte',
    });
  });

  it('reads the sort form "Berg, Daan van der", the longest tussenvoegsel first', () => {
    expect(readNameCell('Berg, Daan van der', ACHTER)).toEqual({
      achternaam: 'Berg',
      voorvoegsel: 'van der',
      roepnaam: 'Daan',
    });
    expect(readNameCell('Heuvel, Sanne van den', ACHTER)).toEqual({
      achternaam: 'Heuvel',
      voorvoegsel: 'van den',
      roepnaam: 'Sanne',
    });
    expect(readNameCell('Dijk, Jan-Willem van', ACHTER)).toEqual({
      achternaam: 'Dijk',
      voorvoegsel: 'van',
      roepnaam: 'Jan-Willem',
    });
    expect(readNameCell('Bakker, Noor', ACHTER)).toEqual({
      achternaam: 'Bakker',
      voorvoegsel: null,
      roepnaam: 'Noor',
    });
    // A roepnaam that ends like a tussenvoegsel is no tussenvoegsel without a space before it.
    expect(readNameCell('Vries, Ada', ACHTER)).toEqual({
      achternaam: 'Vries',
      voorvoegsel: null,
      roepnaam: 'Ada',
    });
  });

  it('tidies spaces and keeps a double-barrelled achternaam whole', () => {
    expect(readNameCell('  Groot-Jansen ,  de ,  Fenna  ', ACHTER)).toEqual({
      achternaam: 'Groot-Jansen',
      voorvoegsel: 'de',
      roepnaam: 'Fenna',
    });
  });

  it('keeps a name without commas whole: a space does not say where the roepnaam ends', () => {
    expect(readNameCell('Daan van der Berg', null)).toEqual({
      roepnaam: null,
      voorvoegsel: null,
      achternaam: 'Daan van der Berg',
    });
    expect(readNameCell('Daan van der Berg', 'roepnaam-eerst').achternaam).toBe('Daan van der Berg');
  });

  it('reads a name with commas in the order its header says', () => {
    // "Roepnaam, tussenvoegsel, achternaam": the header is one of the naam synonyms.
    expect(readNameCell('Daan, van der, Berg', 'roepnaam-eerst')).toEqual({
      roepnaam: 'Daan',
      voorvoegsel: 'van der',
      achternaam: 'Berg',
    });
    // "Achternaam, roepnaam, tussenvoegsel": the tussenvoegsel last.
    expect(readNameCell('Berg, Daan, van der', 'achternaam-roepnaam-voorvoegsel')).toEqual({
      achternaam: 'Berg',
      roepnaam: 'Daan',
      voorvoegsel: 'van der',
    });
    expect(readNameCell('Bakker, Noor, ', 'achternaam-roepnaam-voorvoegsel')).toEqual({
      achternaam: 'Bakker',
      roepnaam: 'Noor',
      voorvoegsel: null,
    });
  });
});

describe('nameFromCell', () => {
  it('writes the name in full as Dutch schools do', () => {
    const order = nameOrderOf('Achternaam, tussenvoegsel, Roepnaam');
    expect(nameFromCell('Berg, van der, Daan', order)).toBe('Daan van der Berg');
    expect(nameFromCell('Yılmaz, , Elif', order)).toBe('Elif Yılmaz');
    expect(nameFromCell('Berg, Daan van der', null)).toBe('Daan van der Berg');
    expect(nameFromCell('Daan van der Berg', null)).toBe('Daan van der Berg');
    expect(nameFromCell('Berg, Daan, van der', nameOrderOf('Achternaam, roepnaam, tussenvoegsel'))).toBe(
      'Daan van der Berg',
    );
  });
});

describe('a name column in the mapping', () => {
  it('maps "Achternaam, tussenvoegsel, Roepnaam" to the one name field, not to achternaam', () => {
    const { mapping, details } = suggestMapping([
      'Leerlingnummer',
      'Achternaam, tussenvoegsel, Roepnaam',
      'Groep',
      'Toets',
      'Versie',
      'Toetsmoment',
      'Vaardigheidsscore',
    ]);
    expect(mapping).toEqual({
      leerlingKey: 0,
      naam: 1,
      groep: 2,
      toets: 3,
      versie: 4,
      moment: 5,
      vaardigheidsscore: 6,
    });
    expect(details.naam?.confidence).toBe(1);
  });

  it('maps the other one-column forms to naam as well', () => {
    for (const header of [
      'Achternaam, roepnaam',
      'Naam (achternaam, tussenvoegsel, roepnaam)',
      'Roepnaam tussenvoegsel achternaam',
      'Achternaam, voorvoegsels, roepnaam',
    ]) {
      expect(suggestMapping(['Leerlingnummer', header]).mapping).toEqual({ leerlingKey: 0, naam: 1 });
    }
  });

  it('still maps three separate name columns each to its own field', () => {
    expect(suggestMapping(['Leerlingnummer', 'Achternaam', 'Tussenvoegsel', 'Roepnaam']).mapping).toEqual({
      leerlingKey: 0,
      achternaam: 1,
      voorvoegsel: 2,
      roepnaam: 3,
    });
  });
});
