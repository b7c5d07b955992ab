/**
 * The OSO document writer: well-formed, escaped, and in the element order of the OSO schema (the
 * sequences, copied from oso.xsd, are in export-test-support.ts).
 */
import { describe, expect, it } from 'vitest';
import { child, childText, expectSchemaOrder, parseXml } from './export-test-support';
import {
  LEERWINST_NS,
  OSO_NS,
  osoDocument,
  xmlDecimal,
  xmlEscape,
  type OsoLeerling,
  type OsoToets,
} from './oso';

const LEERLING: OsoLeerling = {
  leerlingnummer: '1<2>&3',
  roepnaam: 'Zoë "Z" O\'Neill',
  voorvoegsel: null,
  achternaam: 'van den Berg & Zn\u0007',
  geboortedatum: '2017-03-04',
  school: { name: 'De Kompas <test>', brin: '10AZ' },
};

const TOETS: OsoToets = {
  eldtoetscode: 'demo-rw',
  leergebied: 'rekenen-wiskunde',
  toetsnaam: 'Rekenen & wiskunde <demo>',
  toetsversie: '1.0',
  afnamedatum: '2026-01-20',
  jaargroep: '5',
  dl: 25,
  vaardigheidsscore: 123.5,
  referentiescores: [
    { code: 'IV', waarde: 'III', kwalificatie: null },
    { code: 'DLE', waarde: '24', kwalificatie: 'berekend' },
  ],
  opmerking: null,
};

describe('osoDocument', () => {
  const xml = osoDocument(
    LEERLING,
    [TOETS, { ...TOETS, vaardigheidsscore: null, referentiescores: [] }],
    new Date(0),
  );
  const root = parseXml(xml);

  it('wraps OSO toets records in the documented root, each in its own namespace', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root).toMatchObject({ name: 'leerwinst-overdracht', uri: LEERWINST_NS });
    expect(root.attributes).toEqual({ versie: '1', aangemaakt: '1970-01-01T00:00:00.000Z' });
    expect(root.children.map((c) => c.name)).toEqual(['leerling', 'toetslijst']);
    const lijst = child(root, 'toetslijst');
    expect(lijst?.uri).toBe(OSO_NS);
    expect(lijst?.children.map((c) => [c.name, c.uri])).toEqual([
      ['toets', OSO_NS],
      ['toets', OSO_NS],
    ]);
  });

  it('follows the element order of the OSO schema and leaves empty optional elements out', () => {
    expectSchemaOrder(root);
    const [first, second] = child(root, 'toetslijst')?.children ?? [];
    if (!first || !second) throw new Error('two toetsen expected');
    const resultaat = child(first, 'resultaat');
    expect(childText(child(resultaat ?? first, 'toetsscore') ?? first, 'vaardigheidsscore')).toBe('123.5');
    expect(resultaat?.children.map((c) => c.name)).toEqual([
      'toetsscore',
      'referentiescore',
      'referentiescore',
    ]);
    expect(child(second, 'resultaat')?.children).toEqual([]);
    expect(child(first, 'opmerking')).toBeUndefined();
  });

  it('escapes every text and attribute and drops characters XML cannot carry', () => {
    const leerling = child(root, 'leerling');
    expect(childText(leerling ?? root, 'leerlingnummer')).toBe('1<2>&3');
    expect(childText(leerling ?? root, 'roepnaam')).toBe('Zoë "Z" O\'Neill');
    expect(childText(leerling ?? root, 'achternaam')).toBe('van den Berg & Zn');
    expect(child(leerling ?? root, 'voorvoegsel')).toBeUndefined();
    expect(child(leerling ?? root, 'school')).toMatchObject({
      text: 'De Kompas <test>',
      attributes: { brin: '10AZ' },
    });
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('a\u0000b\uD800c\u{1F600}')).toBe('abc\u{1F600}');
  });

  it('writes decimals with a dot and without binary noise', () => {
    expect(xmlDecimal(123.5 - 100.2)).toBe('23.3');
    expect(xmlDecimal(-0)).toBe('0');
  });

  it('leaves the toetslijst out when there are no results, as the schema wants at least one toets', () => {
    const empty = parseXml(osoDocument(LEERLING, [], new Date(0)));
    expect(empty.children.map((c) => c.name)).toEqual(['leerling']);
  });
});
