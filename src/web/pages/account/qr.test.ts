import { describe, expect, it } from 'vitest';
import { groupSecret, QUIET_ZONE, qrImage } from './qr';

/** The dark modules the path paints, read back from its rectangles. */
function darkModules(path: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}

describe('qrImage', () => {
  it('draws a version-1 symbol (21 modules) with a quiet zone of four on each side for a short text', () => {
    expect(qrImage('HELLO').size).toBe(21 + 2 * 4);
  });

  it('has the three finder patterns of the standard in the corners, and nothing in the quiet zone', () => {
    const image = qrImage('otpauth://totp/Leerwinst:a%40b.nl?secret=JBSWY3DPEHPK3PXP&issuer=Leerwinst');
    const dark = darkModules(image.path);
    const modules = image.size - 2 * QUIET_ZONE;
    const at = (x: number, y: number) => dark.has(`${x + QUIET_ZONE},${y + QUIET_ZONE}`);
    // A finder: a dark 7×7 ring, a light ring inside it, a dark 3×3 centre, a light separator outside.
    for (const [ox, oy] of [
      [0, 0],
      [modules - 7, 0],
      [0, modules - 7],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(at(ox + i, oy)).toBe(true);
        expect(at(ox + i, oy + 6)).toBe(true);
        expect(at(ox, oy + i)).toBe(true);
        expect(at(ox + 6, oy + i)).toBe(true);
      }
      expect(at(ox + 1, oy + 1)).toBe(false);
      expect(at(ox + 5, oy + 5)).toBe(false);
      for (let i = 2; i < 5; i++) for (let j = 2; j < 5; j++) expect(at(ox + i, oy + j)).toBe(true);
    }
    expect(at(7, 0)).toBe(false);
    for (const cell of dark) {
      const [x = 0, y = 0] = cell.split(',').map(Number);
      expect(x >= QUIET_ZONE && x < image.size - QUIET_ZONE).toBe(true);
      expect(y >= QUIET_ZONE && y < image.size - QUIET_ZONE).toBe(true);
    }
  });

  it('grows with the text: a longer address needs a larger symbol', () => {
    expect(qrImage('x'.repeat(150)).size).toBeGreaterThan(qrImage('x').size);
  });
});

describe('groupSecret', () => {
  it('splits a base32 key in groups of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSW')).toBe('JBSW Y3DP EHPK 3PXP JBSW');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
  });
});
