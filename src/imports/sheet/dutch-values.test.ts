import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate, parseDutchDate, parseDutchNumber } from './dutch-values';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }) =>
  r.ok ? r.value : `FOUT: ${r.error}`;

describe('parseDutchNumber', () => {
  it('reads decimal commas and points, signs and thousands separators', () => {
    const cases: [string, number | null][] = [
      ['12,5', 12.5],
      ['12.5', 12.5],
      ['  187 ', 187],
      ['-3,25', -3.25],
      ['+4', 4],
      ['\u22127,5', -7.5],
      [',5', 0.5],
      ['1.234,5', 1234.5],
      ['1,234.5', 1234.5],
      ['1 234,5', 1234.5],
      ['1\u00a0234', 1234],
      ['1.234.567', 1234567],
      ['1,234,567', 1234567],
      ['1.234', 1.234],
      ['', null],
      ['   ', null],
      ['-0', 0],
    ];
    for (const [input, expected] of cases) expect(value(parseDutchNumber(input)), input).toBe(expected);
  });

  it('refuses what is not a number, in Dutch', () => {
    for (const junk of [
      'abc',
      '12,5,3',
      '1.23.4',
      '1,234.5.6',
      '12a',
      '1e5',
      'NaN',
      '--3',
      '12,5%',
      '€ 12',
      '.',
      '-',
      '1.2,3,4',
    ]) {
      const r = parseDutchNumber(junk);
      expect(r.ok, junk).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/geen getal/);
    }
  });

  it('reads back any number written the Dutch way (comma, optional thousands points)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_999_999, max: 9_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (int, frac, grouped) => {
          const abs = Math.abs(int);
          const intText = grouped ? abs.toLocaleString('nl-NL').replace(/\u00a0/g, '.') : String(abs);
          const text = `${int < 0 ? '-' : ''}${intText},${String(frac).padStart(2, '0')}`;
          const expected = (int < 0 ? -1 : 1) * (abs + frac / 100);
          const r = parseDutchNumber(text);
          expect(r.ok && Math.abs((r.value ?? NaN) - expected) < 1e-9, text).toBe(true);
        },
      ),
    );
  });

  it('never throws, whatever the cell holds', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseDutchNumber(s);
        expect(r.ok ? r.value === null || Number.isFinite(r.value) : r.error.length > 0).toBe(true);
      }),
    );
  });
});

describe('parseDutchDate', () => {
  it('reads dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj and ISO, with or without a time', () => {
    const cases: [string, string | null][] = [
      ['14-03-2026', '2026-03-14'],
      ['14-3-2026', '2026-03-14'],
      ['4-3-2026', '2026-03-04'],
      ['14/03/2026', '2026-03-14'],
      ['14.03.2026', '2026-03-14'],
      ['2026-03-14', '2026-03-14'],
      ['2026/3/14', '2026-03-14'],
      ['14-03-2026 00:00', '2026-03-14'],
      ['2026-03-14T00:00:00', '2026-03-14'],
      ['2026-03-14T08:30:00+01:00', '2026-03-14'],
      ['29-02-2024', '2024-02-29'],
      ['', null],
    ];
    for (const [input, expected] of cases) expect(value(parseDutchDate(input)), input).toBe(expected);
  });

  it('refuses impossible dates, two-digit years, mixed separators and junk', () => {
    for (const bad of [
      '31-02-2026',
      '29-02-2025',
      '00-01-2026',
      '14-13-2026',
      '32-01-2026',
      '14-03-26',
      '14-03/2026',
      '2026-02-30',
      'maart',
      '14 maart 2026',
      '2026-03',
    ]) {
      const r = parseDutchDate(bad);
      expect(r.ok, bad).toBe(false);
    }
    const r = parseDutchDate('31-02-2026');
    expect(r.ok ? '' : r.error).toBe('"31-02-2026" is geen bestaande datum.');
  });

  it('agrees with the calendar for every day, written either way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const real = isRealDate(y, m, d);
          const js = new Date(Date.UTC(y, m - 1, d));
          expect(real).toBe(js.getUTCMonth() === m - 1 && js.getUTCDate() === d);
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(value(parseDutchDate(`${d}-${m}-${y}`))).toEqual(
            real ? iso : expect.stringMatching(/^FOUT/),
          );
          expect(value(parseDutchDate(iso))).toEqual(real ? iso : expect.stringMatching(/^FOUT/));
        },
      ),
    );
  });
});
