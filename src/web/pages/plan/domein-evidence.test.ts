import { describe, expect, it } from 'vitest';
import { nl } from '../../i18n/nl';
import { evidenceText, verdictOf } from './domein-evidence';

const names = new Map([
  ['a', 'Anna de Vries'],
  ['b', 'Bram Jansen'],
]);
const date = (iso: string) => iso.split('-').reverse().join('-');

describe('the evidence of a domein goal as text', () => {
  it('counts the reached scores, names who did not reach it, and lists each observation with the pupil', () => {
    const text = evidenceText(
      {
        status: 'deels',
        pupils: 2,
        scores: [
          { pupilId: 'a', date: '2026-12-10', percentiel: 40, band: null, status: 'behaald' },
          { pupilId: 'b', date: '2027-01-15', percentiel: null, band: 'laag', status: 'niet' },
        ],
        observations: [
          {
            pupilId: 'a',
            date: '2026-12-02',
            aspect: 'werkhouding',
            waardering: 4,
            toelichting: 'Werkte door.',
          },
        ],
      },
      names,
      nl,
      date,
    );
    expect(text.split('\n')).toEqual([
      '1 van 2 gemeten leerlingen haalden het doel bij de eerste afname na de start.',
      '15-01-2027 Bram Jansen: band laag (Niet behaald)',
      '1 observatie in deze periode.',
      '02-12-2026 Anna de Vries: Werkte door.',
    ]);
  });

  it('is empty without evidence, and the verdict follows the teacher before the data', () => {
    expect(evidenceText(undefined, names, nl, date)).toBe('');
    const evidence = { status: 'deels' as const, pupils: 1, scores: [], observations: [] };
    expect(verdictOf(undefined, evidence)).toBe('deels');
    expect(verdictOf({ status: 'niet' }, evidence)).toBe('niet');
    expect(verdictOf(undefined, undefined)).toBe('onbekend');
  });
});
