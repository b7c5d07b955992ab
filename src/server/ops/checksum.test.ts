import { describe, expect, it } from 'vitest';
import { ChecksumAccumulator, normaliseValue, sameChecksum } from './checksum';

function sum(rows: Record<string, unknown>[]) {
  const acc = new ChecksumAccumulator(['id', 'n', 't']);
  for (const row of rows) acc.add(row);
  return acc.result();
}

describe('table checksums', () => {
  it('normalise values the way both engines return them', () => {
    expect(normaliseValue(true)).toEqual(normaliseValue(1));
    expect(normaliseValue(false)).toEqual(['n', '0']);
    expect(normaliseValue(2.0)).toEqual(['n', '2']);
    expect(normaliseValue(-0)).toEqual(['n', '0']);
    expect(normaliseValue(0.1 + 0.2)).toEqual(['n', '0.30000000000000004']);
    expect(normaliseValue(12n)).toEqual(['n', '12']);
    expect(normaliseValue('12')).toEqual(['s', '12']);
    expect(normaliseValue(null)).toBeNull();
    expect(normaliseValue(undefined)).toBeNull();
  });

  const rows = [
    { id: 'a', n: 1, t: 'x' },
    { id: 'B', n: 2.5, t: null },
    { id: 'a_b', n: 0, t: '' },
  ];

  it('do not depend on the order of the rows (engines sort text differently)', () => {
    expect(sum(rows)).toEqual(sum([...rows].reverse()));
    expect(sum(rows).rows).toBe(3);
  });

  it('change with any value, type, missing or extra row', () => {
    const base = sum(rows);
    const variants = [
      rows.map((r, i) => (i === 1 ? { ...r, n: 2.50001 } : r)),
      rows.map((r, i) => (i === 0 ? { ...r, n: '1' } : r)),
      rows.map((r, i) => (i === 2 ? { ...r, t: null } : r)),
      rows.slice(1),
      [...rows, { id: 'c', n: 1, t: 'x' }],
    ];
    for (const variant of variants) expect(sameChecksum(sum(variant), base)).toBe(false);
  });
});
