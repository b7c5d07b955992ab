import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { splitAt } from '../test-helpers';
import { SniffingDecoder, type DecodeOptions } from './decode';

function decode(chunks: readonly Uint8Array[], options: DecodeOptions = {}) {
  const d = new SniffingDecoder(options);
  let text = '';
  for (const c of chunks) text += d.write(c);
  text += d.end();
  return { text, report: d.report };
}

/** Letters that are ≥ 0xC0 in Windows-1252, so a run of them is never valid UTF-8 by accident. */
const DUTCH = 'abcdefghijklmnopqrstuvwxyzABCXYZ 0123456789;,-\'"\r\nëéèêïöüçÇÉÖÜáàâäóòôíìîúùûñ';

describe('SniffingDecoder', () => {
  it('reads plain ASCII as it is', () => {
    const { text, report } = decode([Buffer.from('a;b\r\n1;2')]);
    expect(text).toBe('a;b\r\n1;2');
    expect(report).toMatchObject({ encoding: 'utf-8', detectedBy: 'alleen-ascii', bom: false });
  });

  it('strips a UTF-8 byte order mark and reports it', () => {
    const { text, report } = decode([Buffer.from('\uFEFFZoë', 'utf8')]);
    expect(text).toBe('Zoë');
    expect(report).toMatchObject({ encoding: 'utf-8', bom: true, detectedBy: 'bom' });
  });

  it('recognises UTF-8 without BOM, also when a character is split over two chunks', () => {
    const bytes = Buffer.from('naam\nZoë Çelik', 'utf8');
    const at = bytes.indexOf(0xc3) + 1; // inside the two bytes of "ë"
    const { text, report } = decode([bytes.subarray(0, at), bytes.subarray(at)]);
    expect(text).toBe('naam\nZoë Çelik');
    expect(report.detectedBy).toBe('geldige-utf-8');
  });

  it('falls back to Windows-1252 for invalid UTF-8', () => {
    const { text, report } = decode([iconv.encode('Zoë;Çelik;€ 5', 'win1252')]);
    expect(text).toBe('Zoë;Çelik;€ 5');
    expect(report).toMatchObject({ encoding: 'windows-1252', detectedBy: 'ongeldige-utf-8' });
  });

  it('detects Windows-1252 when the first non-ASCII byte comes after megabytes of ASCII', () => {
    const ascii = Buffer.from('12345;Jansen;M5;150\r\n'.repeat(100_000));
    const late = iconv.encode('99999;Çelik;M5;151\r\n', 'win1252');
    const chunks = splitAt(Buffer.concat([ascii, late]), [65_536, 1_000_000, 2_000_000, 2_100_003]);
    const { text, report } = decode(chunks);
    expect(report.encoding).toBe('windows-1252');
    expect(text.endsWith('99999;Çelik;M5;151\r\n')).toBe(true);
    expect(text.length).toBe(ascii.length + late.length);
  });

  it('decides on the window after the first non-ASCII byte and flags invalid UTF-8 after it', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${'x'.repeat(1050)}Zoë\n`, 'utf8'),
      Buffer.from('x'.repeat(2000)),
      iconv.encode('Çelik\n', 'win1252'),
    ]);
    const { text, report } = decode(splitAt(bytes, [1100, 2000]), { windowBytes: 16 });
    expect(report).toMatchObject({ encoding: 'utf-8', invalidAfterDecision: true });
    expect(text).toContain('Zoë\n');
    expect(text).toContain('\uFFFD');
  });

  it('uses an encoding it is given, and reads UTF-16 by its BOM', () => {
    expect(decode([iconv.encode('Zoë', 'latin1')], { encoding: 'latin1' }).text).toBe('Zoë');
    const utf16 = decode([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë;Ömer', 'utf16le')]);
    expect(utf16.text).toBe('Zoë;Ömer');
    expect(utf16.report.encoding).toBe('utf-16le');
  });

  it('returns the same text for UTF-8 in any chunking', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (s, cuts) => {
          const text = s.replace(/^\uFEFF/, '');
          expect(decode(splitAt(Buffer.from(text, 'utf8'), cuts)).text).toBe(text);
        },
      ),
    );
  });

  it('returns the same text for Windows-1252 in any chunking', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...DUTCH), minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (s, cuts) => {
          const text = `${s}ë`;
          const { text: decoded, report } = decode(splitAt(iconv.encode(text, 'win1252'), cuts));
          expect(decoded).toBe(text);
          expect(report.encoding).toBe('windows-1252');
        },
      ),
    );
  });
});
