import { describe, expect, it } from 'vitest';
import { roughRows } from './rough-rows';

describe('roughRows', () => {
  it('gives an empty or short text two rows', () => {
    expect(roughRows('')).toBe(2);
    expect(roughRows('Werkt graag samen.')).toBe(2);
  });

  it('counts wrapped lines: 38 characters fit on a line, the 39th starts another', () => {
    expect(roughRows('a'.repeat(38 * 3))).toBe(3);
    expect(roughRows('a'.repeat(38 * 3 + 1))).toBe(4);
  });

  it('counts every line break, an empty line too', () => {
    expect(roughRows('een\ntwee\n\nvier')).toBe(4);
  });

  it('stops at twelve rows', () => {
    expect(roughRows('regel\n'.repeat(40))).toBe(12);
  });
});
