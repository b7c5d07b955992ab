/**
 * The ZIP writer, read back by an independent reader (JSZip, which exceljs brings along) and by the
 * layout's own checks: every file comes back byte for byte with its name.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

describe('zipFiles', () => {
  const at = new Date('2026-11-28T10:00:00.000Z');

  it('writes files that another reader opens with their names and contents', async () => {
    const binary = new Uint8Array(5000).map((_, i) => (i * 7) % 251);
    const zip = zipFiles(
      [
        { name: 'leerling.json', content: '{"roepnaam":"Zoë"}' },
        { name: 'tabellen/observatie.json', content: '[]'.repeat(2000) },
        { name: 'bijlage.bin', content: binary },
      ],
      at,
    );
    const read = await JSZip.loadAsync(zip);
    expect(Object.keys(read.files).sort()).toEqual([
      'bijlage.bin',
      'leerling.json',
      'tabellen/observatie.json',
    ]);
    expect(await read.file('leerling.json')?.async('string')).toBe('{"roepnaam":"Zoë"}');
    expect(await read.file('tabellen/observatie.json')?.async('string')).toBe('[]'.repeat(2000));
    expect(await read.file('bijlage.bin')?.async('uint8array')).toEqual(binary);
    expect(read.file('leerling.json')?.date.toISOString()).toBe(at.toISOString());
  });

  it('writes an empty archive as just the end record', async () => {
    const zip = zipFiles([], at);
    expect(zip.byteLength).toBe(22);
    expect(Object.keys((await JSZip.loadAsync(zip)).files)).toEqual([]);
  });
});
