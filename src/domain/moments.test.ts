import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareMeetpunten,
  isDateMoment,
  meetpuntKey,
  meetpuntOf,
  parseMeetpuntKey,
  parseMoment,
  resultTimeKey,
} from './moments';

describe('moments', () => {
  it('parses M/E/B with a jaargroep, in any case and with spaces', () => {
    expect(parseMoment('M5')).toEqual({ kind: 'M', jaargroep: 5 });
    expect(parseMoment(' e8 ')).toEqual({ kind: 'E', jaargroep: 8 });
    expect(parseMoment('B3')).toEqual({ kind: 'B', jaargroep: 3 });
  });

  it('rejects what is not a moment', () => {
    for (const bad of ['M9', 'M0', 'X5', 'M55', '', 'midden 5']) expect(parseMoment(bad)).toBeNull();
  });

  it('recognises a date used as the moment of a continuously normed test', () => {
    expect(isDateMoment('2026-03-14')).toBe(true);
    expect(isDateMoment('M5')).toBe(false);
  });

  it('orders results without a date as B < M < E within a schooljaar, and years before moments', () => {
    const key = (schooljaar: string, moment: string) =>
      resultTimeKey({ schooljaar, moment, afnamedatum: null });
    expect(key('2025-2026', 'B5') < key('2025-2026', 'M5')).toBe(true);
    expect(key('2025-2026', 'M5') < key('2025-2026', 'E5')).toBe(true);
    expect(key('2024-2025', 'E4') < key('2025-2026', 'B5')).toBe(true);
  });

  it('prefers the afnamedatum when there is one', () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2099-01-01') }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          expect(resultTimeKey({ schooljaar: '2025-2026', moment: 'M5', afnamedatum: date })).toBe(date);
        },
      ),
    );
  });
});

describe('meetpunten', () => {
  it('puts M5 and M6 of one schooljaar at the same meetpunt (a combination group tests together)', () => {
    const a = meetpuntOf({ schooljaar: '2025-2026', moment: 'M5', afnamedatum: null });
    const b = meetpuntOf({ schooljaar: '2025-2026', moment: 'M6', afnamedatum: '2026-01-20' });
    expect(meetpuntKey(a)).toBe(meetpuntKey(b));
    expect(meetpuntKey(a)).toBe('2025-2026 M');
  });

  it('places a continuously normed test by the month of its date', () => {
    expect(meetpuntOf({ schooljaar: '2025-2026', moment: '2026-02-10', afnamedatum: null }).kind).toBe('M');
    expect(meetpuntOf({ schooljaar: '2025-2026', moment: '2026-06-01', afnamedatum: null }).kind).toBe('E');
    expect(meetpuntOf({ schooljaar: '2025-2026', moment: '2025-10-01', afnamedatum: null }).kind).toBe('B');
  });

  it('orders meetpunten by schooljaar, then B < M < E, and reads its own keys back', () => {
    const list = ['2025-2026 E', '2024-2025 E', '2025-2026 B', '2025-2026 M'].map((k) => parseMeetpuntKey(k));
    const sorted = list
      .filter((m) => m !== null)
      .sort(compareMeetpunten)
      .map(meetpuntKey);
    expect(sorted).toEqual(['2024-2025 E', '2025-2026 B', '2025-2026 M', '2025-2026 E']);
    expect(parseMeetpuntKey('2025-2026 X')).toBeNull();
  });
});
