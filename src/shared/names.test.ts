import { describe, expect, it } from 'vitest';
import { fullName, initials, sortName } from './names';

describe('names', () => {
  it('writes a Dutch name in full with its voorvoegsel', () => {
    expect(fullName({ roepnaam: 'Daan', voorvoegsel: 'van der', achternaam: 'Berg' })).toBe(
      'Daan van der Berg',
    );
  });

  it('sorts on the achternaam, not on the voorvoegsel', () => {
    const names = [
      { roepnaam: 'Daan', voorvoegsel: 'van der', achternaam: 'Berg' },
      { roepnaam: 'Anna', voorvoegsel: null, achternaam: 'Bakker' },
    ];
    expect(names.map(sortName).sort()).toEqual(['bakker, anna', 'berg, daan van der']);
  });

  it('makes initials with the voorvoegsel in lower case, also for diacritics and apostrophes', () => {
    expect(initials({ roepnaam: 'Daan', voorvoegsel: 'van der', achternaam: 'Berg' })).toBe('D.v.d.B.');
    expect(initials({ roepnaam: 'Zoë', voorvoegsel: null, achternaam: 'Çelik' })).toBe('Z.Ç.');
    expect(initials({ roepnaam: 'Sem', voorvoegsel: "'t", achternaam: 'Hart' })).toBe('S.t.H.');
  });
});
