import fc from 'fast-check';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, splitAt, streamOf } from '../test-helpers';
import { parseEdexml } from './parse-edexml';

const official = fixtureBytes('edexml/EDEXML.Voorbeeld.2.1.xml');

function smallFile(encoding: string | null, name = 'Çelik', voornaam = 'Zoë'): string {
  const decl = encoding ? `<?xml version="1.0" encoding="${encoding}"?>\n` : '';
  return `${decl}<EDEX>
  <school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode></school>
  <groepen><groep key="g"><naam>4</naam><jaargroep>4</jaargroep></groep></groepen>
  <leerlingen><leerling key="1"><achternaam>${name}</achternaam><roepnaam>${voornaam}</roepnaam><groep key="g"/></leerling></leerlingen>
</EDEX>`;
}

describe('parseEdexml: input forms and encodings', () => {
  it('gives the same result for a string, a Buffer and a stream in any chunking', async () => {
    const whole = await parseEdexml(official);
    expect(await parseEdexml(official.toString('utf8'))).toEqual(whole);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (cuts) => {
        expect(await parseEdexml(streamOf(splitAt(official, cuts)))).toEqual(whole);
      }),
      { numRuns: 50 },
    );
  });

  it('follows an ISO-8859-1 or Windows-1252 declaration', async () => {
    for (const enc of ['ISO-8859-1', 'windows-1252']) {
      const r = await parseEdexml(iconv.encode(smallFile(enc), enc));
      expect(r.encoding).toBe(enc.toLowerCase());
      expect(r.leerlingen[0]).toMatchObject({ achternaam: 'Çelik', roepnaam: 'Zoë' });
      expect(r.problems).toEqual([]);
    }
  });

  it('reads a file that says UTF-8 but is Windows-1252, and says so', async () => {
    const r = await parseEdexml(iconv.encode(smallFile('UTF-8'), 'win1252'));
    expect(r.leerlingen[0]).toMatchObject({ achternaam: 'Çelik', roepnaam: 'Zoë' });
    expect(r.problems.map((p) => p.code)).toEqual(['edexml.codering']);
  });

  it('reads UTF-16 with a byte order mark and UTF-8 with a BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(smallFile('UTF-16'), 'utf16le')]);
    expect((await parseEdexml(utf16)).leerlingen[0]?.achternaam).toBe('Çelik');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(smallFile('UTF-8'), 'utf8')]);
    expect((await parseEdexml(bom)).leerlingen[0]?.roepnaam).toBe('Zoë');
  });

  it('warns about an unknown declared encoding and reads on as UTF-8', async () => {
    const r = await parseEdexml(Buffer.from(smallFile('x-onzin'), 'utf8'));
    expect(r.leerlingen).toHaveLength(1);
    expect(r.problems.map((p) => p.code)).toEqual(['edexml.codering-onbekend']);
  });

  it('notes a pupil whose own jaargroep differs from the stamgroep, and keeps the pupil’s own', async () => {
    const r = await parseEdexml(
      smallFile(null).replace('<groep key="g"/>', '<jaargroep>5</jaargroep><groep key="g"/>'),
    );
    expect(r.leerlingen[0]).toMatchObject({ jaargroep: '5', jaargroepSource: 'leerling' });
    expect(r.problems.map((p) => p.code)).toEqual(['edexml.jaargroep-wijkt-af']);
  });
});

describe('parseEdexml: broken files', () => {
  it('reports malformed XML in Dutch with the line, and imports nothing', async () => {
    const cut = official.subarray(0, official.indexOf('</leerling>') + 4);
    const r = await parseEdexml(cut);
    expect(r).toMatchObject({ readable: false, school: null, groepen: [], leerlingen: [], leerkrachten: [] });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'edexml.xml-ongeldig' });
    expect(r.problems[0]?.message).toMatch(
      /^Het bestand is geen geldige XML: fout op regel \d+, kolom \d+: /,
    );
  });

  it('names the line of a tag that does not match', async () => {
    const xml = '<EDEX>\n<school>\n<schooljaar>2025-2026</schooljaar>\n</schol>\n</EDEX>';
    const r = await parseEdexml(xml);
    expect(r.problems[0]).toMatchObject({ code: 'edexml.xml-ongeldig', line: 4 });
    expect(r.problems[0]?.message).toContain('regel 4');
    expect(r.problems[0]?.message).toContain('een sluittag past niet bij de openingstag');
  });

  it('says when a file is not EDEXML at all', async () => {
    for (const input of ['<html><body>Inloggen</body></html>', '<?xml version="1.0"?><foo/>']) {
      const r = await parseEdexml(input);
      expect(r.readable).toBe(false);
      expect(r.problems.map((p) => p.code)).toEqual(['edexml.geen-edexml']);
    }
    for (const input of ['', 'Leerlingnummer;Naam\n1;Bo', Buffer.from([0x50, 0x4b, 3, 4, 0, 0])]) {
      const r = await parseEdexml(input);
      expect(r.readable).toBe(false);
      expect(r.problems.map((p) => p.code)).toEqual(['edexml.xml-ongeldig']);
    }
  });

  it('does not expand entities from a DTD (no "billion laughs")', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE EDEX [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<EDEX><school><schooljaar>&b;</schooljaar></school></EDEX>`;
    const r = await parseEdexml(xml);
    expect(r.readable).toBe(false);
    expect(r.problems[0]?.code).toBe('edexml.xml-ongeldig');
  });

  it('reports a read error of the stream instead of rejecting', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('schijf weg'));
      },
    });
    const r = await parseEdexml(failing);
    expect(r.readable).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'edexml.leesfout' });
    // In Dutch, with what to do; not the error's own text, which can name a path on the server.
    expect(r.problems[0]?.message).toMatch(/^Het bestand kon niet helemaal worden gelezen/);
    expect(r.problems[0]?.message).not.toContain('schijf weg');
  });
});

describe('parseEdexml: big files', () => {
  it('streams: 180 MB of vendor blocks pass through without the heap growing with the file', async () => {
    const blocks = 450_000;
    const block = `<blok><code>X</code><leerling key="nep"><achternaam>${'y'.repeat(200)}</achternaam></leerling><omschrijving>${'z'.repeat(100)}</omschrijving></blok>\n`;
    let bytes = 0;
    let peak = 0;
    const base = process.memoryUsage().heapUsed;
    function* chunks(): Generator<Buffer> {
      yield Buffer.from(
        '<EDEX><school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode></school><groepen><groep key="g"><naam>G</naam><jaargroep>5</jaargroep></groep></groepen><leerlingen><leerling key="1"><achternaam>A</achternaam><groep key="g"/><toevoegingen>',
      );
      let chunk = '';
      for (let i = 0; i < blocks; i += 1) {
        chunk += block;
        if (chunk.length > 64_000) {
          bytes += chunk.length;
          peak = Math.max(peak, process.memoryUsage().heapUsed);
          yield Buffer.from(chunk);
          chunk = '';
        }
      }
      yield Buffer.from(`${chunk}</toevoegingen></leerling></leerlingen></EDEX>`);
    }
    const r = await parseEdexml(Readable.from(chunks()));
    expect(bytes).toBeGreaterThan(180_000_000);
    expect(r.leerlingen.map((l) => l.key)).toEqual(['1']);
    expect(r.problems).toEqual([]);
    // Holding the file would need more than 180 MB of heap. Streaming needs a few young-generation pages,
    // but without a forced collection garbage can pile up to some 40 MB first (seen on CI), so the bound
    // is half the file: well above that noise, well below holding it.
    expect(peak - base).toBeLessThan(90_000_000);
  });

  it('reads 20,000 pupils, each with its own ECK-iD', async () => {
    const parts = [
      '<EDEX><school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode><xsdversie>2.1</xsdversie></school><groepen>',
    ];
    for (let g = 0; g < 8; g += 1)
      parts.push(`<groep key="g${g}"><naam>Groep ${g + 1}</naam><jaargroep>${g + 1}</jaargroep></groep>`);
    parts.push('</groepen><leerlingen>');
    for (let i = 0; i < 20_000; i += 1) {
      parts.push(
        `<leerling key="L${i}" eckid="https://id.school/LL_${i}"><achternaam>Jansen</achternaam><roepnaam>Bo</roepnaam><geboortedatum>2016-03-01</geboortedatum><groep key="g${i % 8}"/></leerling>`,
      );
    }
    parts.push('</leerlingen></EDEX>');
    // How fast is measured by `npm run bench` (import-edexml-1000), not here.
    const r = await parseEdexml(Buffer.from(parts.join('\n')));
    expect(r.leerlingen).toHaveLength(20_000);
    expect(new Set(r.leerlingen.map((l) => l.eckid)).size).toBe(20_000);
    expect(r.problems).toEqual([]);
  });
});
