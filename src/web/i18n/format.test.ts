import { describe, expect, it } from 'vitest';
import { formattersFor } from './format';

describe('formatDate', () => {
  it('writes dd-mm-jjjj in both languages', () => {
    expect(formattersFor('nl').formatDate('2026-02-03')).toBe('03-02-2026');
    expect(formattersFor('en').formatDate('2026-02-03')).toBe('03-02-2026');
  });

  it('takes the date of a timestamp as written, whatever the time zone', () => {
    expect(formattersFor('nl').formatDate('2026-02-03T23:30:00.000Z')).toBe('03-02-2026');
  });

  it('shows a dash without a date', () => {
    expect(formattersFor('nl').formatDate(null)).toBe('–');
    expect(formattersFor('nl').formatDate(undefined)).toBe('–');
    expect(formattersFor('nl').formatDate('')).toBe('–');
  });
});

describe('formatTime', () => {
  it('writes the local clock time as hh:mm', () => {
    const nineOFive = new Date(2026, 0, 12, 9, 5).toISOString();
    expect(formattersFor('nl').formatTime(nineOFive)).toBe('09:05');
    expect(formattersFor('en').formatTime(nineOFive)).toBe('09:05');
    expect(formattersFor('nl').formatTime(new Date(2026, 0, 12, 14, 30).toISOString())).toBe('14:30');
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma in Dutch and a point in English, with at most one decimal', () => {
    expect(formattersFor('nl').formatNumber(182.46)).toBe('182,5');
    expect(formattersFor('en').formatNumber(182.46)).toBe('182.5');
    expect(formattersFor('nl').formatNumber(180)).toBe('180');
  });

  it('shows a dash without a value, and 0 as 0', () => {
    expect(formattersFor('nl').formatNumber(null)).toBe('–');
    expect(formattersFor('nl').formatNumber(undefined)).toBe('–');
    expect(formattersFor('nl').formatNumber(0)).toBe('0');
  });
});
