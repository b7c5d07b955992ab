import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentSchooljaar,
  isSchooljaar,
  schooljaarBounds,
  schooljaarOfDate,
  shiftSchooljaar,
} from './schooljaar';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('schooljaar', () => {
  it('starts on 1 August', () => {
    expect(schooljaarOfDate('2025-07-31')).toBe('2024-2025');
    expect(schooljaarOfDate('2025-08-01')).toBe('2025-2026');
    expect(schooljaarOfDate('2026-01-15')).toBe('2025-2026');
  });

  it('accepts any YYYY-YYYY with consecutive years, beyond the published EDEXML list', () => {
    expect(isSchooljaar('2031-2032')).toBe(true);
    expect(isSchooljaar('2025-2027')).toBe(false);
    expect(isSchooljaar('2025/2026')).toBe(false);
  });

  it('places every date inside the bounds of its own schooljaar', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const year = schooljaarOfDate(date);
        const { start, end } = schooljaarBounds(year);
        expect(isSchooljaar(year)).toBe(true);
        expect(date >= start && date <= end).toBe(true);
      }),
    );
  });

  it('shifting forward and back returns the same schooljaar', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20, max: 20 }), (date, n) => {
        const year = schooljaarOfDate(date);
        expect(shiftSchooljaar(shiftSchooljaar(year, n), -n)).toBe(year);
      }),
    );
  });

  it('picks the schooljaar of today when the school has it, else its latest, else today', () => {
    const now = new Date('2026-11-28T10:00:00Z');
    expect(currentSchooljaar(['2024-2025', '2026-2027', '2025-2026'], now)).toBe('2026-2027');
    expect(currentSchooljaar(['2023-2024', '2025-2026', '2024-2025'], now)).toBe('2025-2026');
    expect(currentSchooljaar([], now)).toBe('2026-2027');
  });
});
