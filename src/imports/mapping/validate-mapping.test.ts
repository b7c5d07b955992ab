import { describe, expect, it } from 'vitest';
import { validateMapping } from './validate-mapping';

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('validateMapping', () => {
  it('accepts a complete mapping', () => {
    expect(validateMapping({ leerlingKey: 0, toets: 1, moment: 2, vaardigheidsscore: 3, niveau: 4 })).toEqual(
      [],
    );
    expect(validateMapping({ eckid: 0, toets: 1, afnamedatum: 2, vaardigheidsscore: 3 })).toEqual([]);
  });

  it('lists every missing requirement, in Dutch', () => {
    const problems = validateMapping({});
    expect(codes(problems)).toEqual([
      'mapping.geen-leerling',
      'mapping.geen-toets',
      'mapping.geen-score',
      'mapping.geen-moment',
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect(problems[0]?.message).toBe('Koppel een kolom met het leerlingnummer of het ECK-iD.');
  });

  it('says that names are never used to find a pupil', () => {
    const [p] = validateMapping({ naam: 0, achternaam: 1, toets: 2, moment: 3, niveau: 4 });
    expect(p?.code).toBe('mapping.geen-leerling');
    expect(p?.message).toContain('Namen worden nooit gebruikt');
  });

  it('accepts a toets or moment chosen for the whole file instead of a column', () => {
    expect(
      validateMapping(
        { leerlingKey: 0, vaardigheidsscore: 1 },
        { constants: { toets: 'cito-3.0-spelling', moment: 'M5' } },
      ),
    ).toEqual([]);
    expect(
      codes(validateMapping({ leerlingKey: 0, vaardigheidsscore: 1 }, { constants: { toets: ' ' } })),
    ).toEqual(['mapping.geen-toets', 'mapping.geen-moment']);
  });

  it('warns when only a niveau is mapped: no growth without a score', () => {
    const problems = validateMapping({ leerlingKey: 0, toets: 1, moment: 2, niveau: 3 });
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'mapping.alleen-niveau' }),
    ]);
  });

  it('refuses one column for two fields and columns that do not exist', () => {
    const headers = ['Leerlingnummer', 'Toets', 'Score'];
    const problems = validateMapping(
      { leerlingKey: 0, toets: 1, moment: 1, vaardigheidsscore: 7 },
      { headers },
    );
    expect(codes(problems)).toEqual([
      'mapping.kolom-dubbel',
      'mapping.kolom-bestaat-niet',
      'mapping.geen-score',
    ]);
    expect(problems[0]?.message).toBe(
      'kolom 2 ("Toets") is gekoppeld aan zowel Toets als Toetsmoment (M5, E6, …).',
    );
  });
});
