import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixturePath } from '../test-helpers';
import { parseEdexml } from './parse-edexml';
import type { EdexmlResult } from './types';

const parseFixture = (name: string) => parseEdexml(createReadStream(fixturePath(`edexml/${name}`)));
const codes = (r: EdexmlResult) =>
  r.problems.map((p) => `${p.severity} ${p.code}${p.key ? ` ${p.key}` : ''}`);
const pupil = (r: EdexmlResult, key: string) => r.leerlingen.find((l) => l.key === key);

describe('parseEdexml: the official Edustandaard examples', () => {
  it('reads EDEXML.Voorbeeld.2.1.xml completely', async () => {
    const r = await parseFixture('EDEXML.Voorbeeld.2.1.xml');
    expect(r).toMatchObject({
      readable: true,
      form: 'edexml',
      container: 'EDEX',
      namespace: null,
      scope: 'volledig',
    });
    expect(r.version).toBe('2.1');
    expect(r.school).toEqual({
      schooljaar: '2014-2015',
      peildatum: '2014-10-01',
      brincode: '99ZZ',
      dependancecode: null,
      instellingsnummer: null,
      schoolkey: '41323',
      aanmaakdatum: '2014-11-25T14:33:33',
      auteur: 'Geert Evers',
      xsdversie: '2.1',
    });
    expect(r.vestigingen.map((v) => v.key)).toEqual(['VH', 'VB']);
    expect(r.groepen.map((g) => `${g.key}:${g.kind}:${g.jaargroep}`)).toEqual([
      '001:stamgroep:0',
      'sg3:samengesteld:null',
      '002:stamgroep:1',
      '003:stamgroep:1',
      'GRP4A:stamgroep:4',
      'GRP4B:stamgroep:4',
      'sg1:samengesteld:null',
      'sg2:samengesteld:null',
    ]);
    expect(pupil(r, '00001')).toEqual({
      key: '00001',
      keyStable: true,
      eckid: 'https://id.school/LL_123467890abcdefghijklmnopqrstuvwxzABCDEFGHIJKLMNOPQRSTUVWXYZ!@#$%^_-',
      achternaam: 'ie',
      voorvoegsel: 'imp',
      voornamen: null,
      voorletters: 'W',
      roepnaam: 'Wimpie',
      roepnaamSource: 'roepnaam',
      geboortedatum: '2006-06-21',
      geslacht: '1',
      groep3Start: '2013-08-16',
      jaargroep: '4',
      jaargroepSource: 'leerling',
      groepKey: 'GRP4B',
      samengesteldeGroepKeys: ['sg1', 'sg2'],
      vestigingKey: 'VH',
      instroomdatum: null,
      uitstroomdatum: null,
      line: 77,
    });
    expect(pupil(r, '00002')).toMatchObject({
      roepnaam: 'Ismaël',
      roepnaamSource: 'voornamen',
      groepKey: null,
    });
    expect(pupil(r, '12345')).toMatchObject({
      voorvoegsel: "van 't",
      jaargroep: 'H',
      uitstroomdatum: '2014-07-18',
    });
    const lk3 = r.leerkrachten.find((t) => t.key === 'LK3');
    expect(lk3?.fileRoles).toEqual([
      { trustedForPermissions: false, rol: 'STA', rolomschrijving: null, groepKey: 'GRP4A' },
      { trustedForPermissions: false, rol: 'OWA', rolomschrijving: null, groepKey: 'GRP4A' },
    ]);
    expect(r.leerkrachten.find((t) => t.key === 'LK2')).toMatchObject({
      groepKeys: ['002', '001'],
      samengesteldeGroepKeys: ['sg1', 'sg2', 'sg3'],
      fileRoles: [
        { trustedForPermissions: false, rol: null, rolomschrijving: 'Manusje van alles', groepKey: null },
      ],
    });
    // 00002 has a jaargroep but no groep: imported, with a note.
    expect(codes(r)).toEqual(['warning edexml.geen-groep 00002']);
  });

  it('reads EDEXML.Voorbeeld.2.0.xml, where a pupil may have only a roepnaam', async () => {
    const r = await parseFixture('EDEXML.Voorbeeld.2.0.xml');
    expect(r.version).toBe('2.0');
    expect(r.leerlingen.every((l) => l.eckid === null)).toBe(true);
    expect(pupil(r, '00001')).toMatchObject({ achternaam: null, roepnaam: 'Wimpie', groepKey: 'GRP4B' });
    expect(r.leerkrachten.find((t) => t.key === 'LK1')?.emailadres).toBe('j.van.bemmen@oefenweb.nl');
    expect(codes(r)).toEqual([
      'warning edexml.achternaam-ontbreekt 00001',
      'warning edexml.geen-groep 00002',
      'warning edexml.achternaam-ontbreekt LK3',
    ]);
  });

  it.each(['EDEXML.Voorbeeld.2.0-Vla.xml', 'EDEXML.Voorbeeld.2.1-Vla.xml'])(
    'reads the Flemish variant %s (instellingsnummer instead of brincode)',
    async (file) => {
      const r = await parseFixture(file);
      expect(r.readable).toBe(true);
      expect(r.school).toMatchObject({ brincode: null, instellingsnummer: '1234', schoolkey: '41323' });
      expect(r.groepen.map((g) => g.key)).toEqual(['sg1', 'sg2', '001', '002', '003', 'KL4A', 'KL4B']);
      expect(pupil(r, '00001')).toMatchObject({
        groepKey: 'KL4B',
        jaargroep: '6',
        samengesteldeGroepKeys: ['sg1', 'sg2'],
      });
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    },
  );
});

describe('parseEdexml: made files with the hard cases', () => {
  it('reads EDEXML 1.03: groep or jaargroep per pupil, no eckid, sensitive fields never read', async () => {
    const r = await parseFixture('edexml-1.03.xml');
    expect(r.version).toBe('1.03');
    expect(r.school).toMatchObject({
      schooljaar: '2019-2020',
      brincode: '12AB',
      dependancecode: '01',
      xsdversie: '1.03',
    });
    expect(pupil(r, 'L-1001')).toMatchObject({
      achternaam: 'Berg',
      voorvoegsel: 'van den',
      groepKey: 'G3',
      jaargroep: '3',
      jaargroepSource: 'groep',
      groep3Start: null,
      instroomdatum: '2017-02-12',
    });
    expect(pupil(r, 'L-1002')).toMatchObject({
      achternaam: 'Yılmaz',
      roepnaam: 'E',
      roepnaamSource: 'voorletters',
      groepKey: null,
      jaargroep: '4',
      uitstroomdatum: '2020-01-31',
    });
    expect(r.leerkrachten.map((t) => [t.key, t.groepKeys])).toEqual([
      ['T-01', ['G3']],
      ['T-02', ['G3', 'G4']],
    ]);
    const json = JSON.stringify(r);
    for (const secret of ['123456789', '1234AB', 'rugzak']) expect(json).not.toContain(secret);
    expect(codes(r)).toEqual(['warning edexml.achternaam-ontbreekt L-1003']);
  });

  it('reads EDEXML 2.1 with twins, a combination group, samengestelde groepen, accents, voorvoegsels and a leaver', async () => {
    const r = await parseFixture('edexml-2.1-lastige-gevallen.xml');
    expect(r.school).toMatchObject({ schooljaar: '2025-2026', dependancecode: null });
    expect(r.groepen.find((g) => g.key === 'G45')).toMatchObject({ naam: 'Groep 4/5 Uilen', jaargroep: 'C' });
    const [a, b] = [pupil(r, '5001'), pupil(r, '5002')];
    // Same name, same birth date, same group: only the key (and ECK-iD) tells them apart.
    const person = (l: typeof a) =>
      l && { ...l, key: '', eckid: '', samengesteldeGroepKeys: [], vestigingKey: null, line: 0 };
    expect(person(a)).toEqual(person(b));
    expect(a?.key).not.toBe(b?.key);
    expect([a?.eckid, b?.eckid]).toEqual([
      'https://id.school/LL_tweeling-a',
      'https://id.school/LL_tweeling-b',
    ]);
    expect(r.leerlingen.map((l) => [l.key, l.groepKey, l.jaargroep, l.jaargroepSource])).toEqual([
      ['5001', 'G45', '5', 'leerling'],
      ['5002', 'G45', '5', 'leerling'],
      ['5003', 'G45', '4', 'leerling'],
      ['5004', 'G6', '6', 'groep'],
      ['#tmp-17', 'G6', '6', 'groep'],
    ]);
    expect(pupil(r, '5003')).toMatchObject({
      achternaam: 'Çelik',
      roepnaam: 'Ömer',
      roepnaamSource: 'voornamen',
      samengesteldeGroepKeys: ['LEES-45', 'PLUS'],
    });
    expect(pupil(r, '5001')).toMatchObject({ roepnaam: 'Zoë', voorvoegsel: 'de', groep3Start: '2023-08-21' });
    expect(pupil(r, '5004')).toMatchObject({
      voorvoegsel: "'t",
      achternaam: 'Hart',
      uitstroomdatum: '2026-01-09',
    });
    expect(pupil(r, '#tmp-17')).toMatchObject({ keyStable: false, voorvoegsel: 'van der', geslacht: '9' });
    // The vendor block's <leerling key="9999"> and <groep key="BESTAAT-NIET"> are not ours.
    expect(pupil(r, '9999')).toBeUndefined();
    expect(r.leerkrachten[0]?.fileRoles.map((f) => [f.rol, f.groepKey])).toEqual([
      ['IB', null],
      ['DIR', null],
      ['LRK', 'G45'],
    ]);
    expect(r.leerkrachten.flatMap((t) => t.fileRoles).every((f) => f.trustedForPermissions === false)).toBe(
      true,
    );
    expect(codes(r)).toEqual(['warning edexml.key-instabiel #tmp-17']);
  });

  it('reports every mistake of a bad export with its key and line, in Dutch', async () => {
    const r = await parseFixture('edexml-2.0-problemen.xml');
    expect(r.readable).toBe(true);
    expect(codes(r)).toEqual([
      'error edexml.jaargroep-onbekend B',
      'error edexml.key-dubbel A',
      'error edexml.jaargroep-ontbreekt GEEN-JG',
      'error edexml.groep-onbekend p1',
      'error edexml.key-dubbel p2',
      'error edexml.naam-ontbreekt p3',
      'warning edexml.jaargroep-ontbreekt p3',
      'error edexml.datum-ongeldig p4',
      'warning edexml.jaargroep-ontbreekt p5',
      'warning edexml.geslacht-onbekend p6',
      'error edexml.groep-soort p6',
      'error edexml.key-ontbreekt',
      'error edexml.jaargroep-onbekend #p7',
      'warning edexml.key-instabiel #p7',
      'warning edexml.jaargroep-ontbreekt #p7',
    ]);
    const p4 = r.problems.find((p) => p.key === 'p4' && p.code === 'edexml.datum-ongeldig');
    expect(p4?.message).toBe(
      'Leerling p4 (regel 51): geboortedatum "2015-02-31" is geen geldige datum (verwacht jjjj-mm-dd).',
    );
    expect(p4?.line).toBe(51);
    // The first of two records with one key is kept.
    expect(pupil(r, 'p2')?.achternaam).toBe('Eerste');
    expect(r.groepen.find((g) => g.key === 'A')?.naam).toBe('Groep 5/6');
  });
});

describe('parseEdexml: UWLR answers', () => {
  it('reads a SOAP answer with the UWLR namespace on every element', async () => {
    const r = await parseFixture('uwlr-leerlinggegevens.xml');
    expect(r).toMatchObject({
      readable: true,
      form: 'uwlr',
      container: 'leerlinggegevens',
      namespace: 'http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens',
      scope: 'volledig',
      version: '2.1',
    });
    expect(r.school).toMatchObject({ schooljaar: '2025-2026', brincode: '03AB', xsdversie: '2.2' });
    expect(r.groepen.map((g) => [g.key, g.kind])).toEqual([
      ['g-7a', 'stamgroep'],
      ['sg-rt', 'samengesteld'],
    ]);
    expect(pupil(r, 'u-1')).toMatchObject({
      eckid: 'https://id.school/LL_u1',
      samengesteldeGroepKeys: ['sg-rt'],
    });
    expect(pupil(r, 'u-2')).toMatchObject({ jaargroep: '7', jaargroepSource: 'groep' });
    expect(r.problems).toEqual([]);
  });

  it('reads the same data with a default namespace instead of a prefix', async () => {
    const prefixed = fixtureBytes('edexml/uwlr-leerlinggegevens.xml').toString('utf8');
    const unprefixed = prefixed.replace(/<(\/?)ll:/g, '<$1').replace('xmlns:ll=', 'xmlns=');
    const [a, b] = await Promise.all([parseEdexml(prefixed), parseEdexml(unprefixed)]);
    expect(b.namespace).toBe(a.namespace);
    expect(b.leerlingen).toEqual(a.leerlingen);
    expect(b.groepen).toEqual(a.groepen);
  });

  it('does not check group keys in an answer that holds only pupils', async () => {
    const xml = `<leerlinggegevens-leerlingen xmlns="http://www.edustandaard.nl/leerresultaten/2/leerlinggegevens">
      <school><schooljaar>2025-2026</schooljaar><brincode>03AB</brincode><xsdversie>2.2</xsdversie></school>
      <leerlingen><leerling key="x"><achternaam>Ali</achternaam><jaargroep>5</jaargroep><groep key="g-5"/></leerling></leerlingen>
    </leerlinggegevens-leerlingen>`;
    const r = await parseEdexml(xml);
    expect(r).toMatchObject({ scope: 'leerlingen', form: 'uwlr', problems: [] });
    expect(pupil(r, 'x')?.groepKey).toBe('g-5');
  });

  it('turns a SOAP fault and a "geen wijzigingen" answer into a message, not an import', async () => {
    const fault = await parseEdexml(
      '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>Onbekende brincode</faultstring></s:Fault></s:Body></s:Envelope>',
    );
    expect(fault).toMatchObject({ readable: false, leerlingen: [] });
    expect(fault.problems).toEqual([
      expect.objectContaining({
        code: 'uwlr.fout',
        message: 'Het administratiesysteem meldt een fout: Onbekende brincode.',
      }),
    ]);
    const none = await parseEdexml(
      '<leerlinggegevens_antwoord><geenwijzigingen/></leerlinggegevens_antwoord>',
    );
    expect(none.readable).toBe(false);
    expect(codes(none)).toEqual(['warning uwlr.geen-wijzigingen']);
  });
});
