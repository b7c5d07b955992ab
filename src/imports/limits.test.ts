/**
 * The plausibility limits (limits.ts) in each parser: a file above one is refused early, with the
 * limit named in a Dutch message, and reading stops there. Small limits stand in for the real ones,
 * except where the real one is cheap to reach (columns).
 */
import { describe, expect, it } from 'vitest';
import { parseEdexml } from './edexml/parse-edexml';
import { IMPORT_LIMITS, NO_LIMITS, type ImportLimits } from './limits';
import { readSheetRows } from './sheet/read-sheet';
import { readAll, streamOf } from './test-helpers';

const limits = (some: Partial<ImportLimits>): ImportLimits => ({ ...NO_LIMITS, ...some });

/** A stream of the text in pieces of 1 KB that counts how much of it was read. */
function counted(text: string) {
  const bytes = Buffer.from(text, 'utf8');
  let read = 0;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < bytes.length; at += 1024) {
      read = Math.min(bytes.length, at + 1024);
      yield bytes.subarray(at, at + 1024);
    }
  }
  return { input: chunks(), read: () => read, size: bytes.length };
}

const edex = (body: string) =>
  `<EDEX><school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode></school>${body}</EDEX>`;
const pupils = (n: number) =>
  `<leerlingen>${Array.from({ length: n }, (_, i) => `<leerling key="L${i}"><achternaam>Jansen</achternaam></leerling>`).join('')}</leerlingen>`;

describe('limits of a results file', () => {
  it('refuses a header of 100,000 columns at column 1,001, before it is a row to map', async () => {
    const header = Array.from({ length: 100_000 }, (_, i) => `Vaardigheidsscore ${i}`).join(';');
    const file = counted(`${header}\n5001;150\n`);
    const reader = readSheetRows(file.input, { limits: IMPORT_LIMITS });
    expect(await readAll(reader)).toEqual([]);
    expect(reader.info.problems).toEqual([
      {
        severity: 'error',
        code: 'import.te-veel-kolommen',
        message:
          'Regel 1 heeft meer dan 1.000 kolommen, de grens voor een resultatenbestand. Klopt het scheidingsteken, en is dit het goede bestand?',
      },
    ]);
    // Column 1,001 is some 23 KB in: a little more was read ahead for the separator, not the 2 MB.
    expect(file.read()).toBeLessThan(100_000);
  });

  it('reads exactly 1,000 columns', async () => {
    const reader = readSheetRows(`${'k;'.repeat(999)}k\n${'1;'.repeat(999)}1\n`, { limits: IMPORT_LIMITS });
    expect((await readAll(reader)).map((r) => r.cells.length)).toEqual([1000, 1000]);
    expect(reader.info.problems).toEqual([]);
  });

  it('stops at the row limit with an error that names it', async () => {
    const text = ['a;b', ...Array.from({ length: 50 }, (_, i) => `${i};x`)].join('\n');
    const reader = readSheetRows(text, { limits: limits({ rows: 10 }) });
    expect(await readAll(reader)).toHaveLength(10);
    expect(reader.info.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'import.te-veel-regels',
        'Het bestand heeft meer dan 10 regels, de grens voor één import. Splits het, bijvoorbeeld per schooljaar of per toets.',
      ],
    ]);
  });

  it('stops reading a CSV at the size limit', async () => {
    const file = counted(`a;b\n${'1;2\n'.repeat(20_000)}`);
    const reader = readSheetRows(file.input, { limits: limits({ sheetBytes: 10_000 }) });
    await readAll(reader);
    expect(reader.info.problems.at(-1)).toEqual({
      severity: 'error',
      code: 'import.bestand-te-groot',
      message:
        'Het bestand is groter dan 10 kB, de grens voor een resultatenbestand. Controleer of dit het goede bestand is.',
    });
    expect(file.read()).toBeLessThanOrEqual(11_264);
  });
});

describe('limits of an EDEXML file', () => {
  it.each([
    ['pupils', pupils(4), 'edexml.te-veel-leerlingen', 'meer dan 3 leerlingen'],
    [
      'groups',
      `<groepen>${'<groep key="g"><naam>G</naam><jaargroep>4</jaargroep></groep>'.repeat(4)}</groepen>`,
      'edexml.te-veel-groepen',
      'meer dan 3 groepen',
    ],
    [
      'staff',
      `<leerkrachten>${'<leerkracht key="t"><achternaam>A</achternaam></leerkracht>'.repeat(4)}</leerkrachten>`,
      'edexml.te-veel-leerkrachten',
      'meer dan 3 leerkrachten',
    ],
  ] as const)('refuses more %s than the limit, with nothing of the file', async (name, body, code, words) => {
    const r = await parseEdexml(edex(body), { limits: limits({ [name]: 3 }) });
    expect(r.readable).toBe(false);
    expect([r.leerlingen, r.groepen, r.leerkrachten]).toEqual([[], [], []]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.code).toBe(code);
    expect(r.problems[0]?.message).toContain(words);
    // At the limit itself the file is read.
    const within = await parseEdexml(edex(body), { limits: limits({ [name]: 4 }) });
    expect(within.problems.map((p) => p.code)).not.toContain(code);
  });

  it.each([
    [
      'a text',
      `<leerlingen><leerling key="1"><achternaam>${'x'.repeat(5000)}</achternaam></leerling></leerlingen>`,
    ],
    ['a comment', `<!--${'x'.repeat(5000)}-->`],
    ['a CDATA section', `<toevoegingen><![CDATA[${'<x>'.repeat(2000)}]]></toevoegingen>`],
    ['an attribute value', `<leerlingen><leerling key="${'1'.repeat(5000)}"/></leerlingen>`],
    ['an element name', `<${'x'.repeat(5000)}/>`],
  ])('refuses %s longer than the limit while it is being read', async (_, body) => {
    const file = counted(edex(body) + ' '.repeat(200_000));
    const r = await parseEdexml(file.input, { limits: limits({ xmlText: 1000 }) });
    expect(r.readable).toBe(false);
    expect(r.problems[0]?.code).toBe('import.tekst-te-lang');
    expect(r.problems[0]?.message).toMatch(
      /^Het bestand heeft vanaf regel 1 een tekst van meer dan 1\.000 tekens/,
    );
    expect(file.read()).toBeLessThan(file.size);
  });

  it('stops reading at the size limit', async () => {
    const file = counted(edex(pupils(2000)));
    const r = await parseEdexml(file.input, { limits: limits({ edexmlBytes: 20_000 }) });
    expect(r.readable).toBe(false);
    expect(r.problems[0]?.code).toBe('import.bestand-te-groot');
    expect(r.problems[0]?.message).toContain('de grens voor een EDEXML-bestand');
    expect(file.read()).toBeLessThanOrEqual(21_504);
  });

  it('reads the real limits’ worth of a school: 2,000 pupils pass', async () => {
    const r = await parseEdexml(streamOf([Buffer.from(edex(pupils(2000)))]), { limits: IMPORT_LIMITS });
    expect(r.leerlingen).toHaveLength(2000);
  });
});
