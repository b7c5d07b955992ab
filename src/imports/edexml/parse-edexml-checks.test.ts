import { describe, expect, it } from 'vitest';
import { parseEdexml } from './parse-edexml';

const SCHOOL =
  '<school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode><xsdversie>2.1</xsdversie></school>';
const edex = (body: string, school = SCHOOL) => `<EDEX>${school}${body}</EDEX>`;
const codes = async (xml: string) =>
  (await parseEdexml(xml)).problems.map((p) => `${p.severity} ${p.code}${p.key ? ` ${p.key}` : ''}`);

describe('parseEdexml: checks on records and references', () => {
  it('refuses a second pupil with the same ECK-iD', async () => {
    const xml = edex(
      `<leerlingen><leerling key="a" eckid="https://id.school/LL_x"><achternaam>A</achternaam><jaargroep>H</jaargroep></leerling>
       <leerling key="b" eckid=" https://id.school/LL_x "><achternaam>B</achternaam><jaargroep>H</jaargroep></leerling></leerlingen>`,
    );
    const r = await parseEdexml(xml);
    expect(r.leerlingen.map((l) => [l.key, l.eckid])).toEqual([
      ['a', 'https://id.school/LL_x'],
      ['b', null],
    ]);
    expect(r.problems.map((p) => p.code)).toEqual(['edexml.eckid-dubbel']);
  });

  it('checks the group references of teachers, and the kind of group they point at', async () => {
    const xml = edex(
      `<groepen><groep key="g"><naam>5</naam><jaargroep>5</jaargroep></groep><samengestelde_groep key="s"><naam>S</naam></samengestelde_groep></groepen>
       <leerlingen><leerling key="p"><achternaam>P</achternaam><groep key="g"/></leerling></leerlingen>
       <leerkrachten><leerkracht key="t"><achternaam>T</achternaam><groepen><groep key="x"/><samengestelde_groep key="g"/><groep key="g"/></groepen></leerkracht></leerkrachten>`,
    );
    expect(await codes(xml)).toEqual(['error edexml.groep-onbekend t', 'error edexml.groep-soort t']);
  });

  it('reads one child the same as many (a single leerling, a single groep reference)', async () => {
    const r = await parseEdexml(
      edex(
        `<groepen><groep key="g"><naam>5</naam><jaargroep>5</jaargroep></groep></groepen>
         <leerlingen><leerling key="p"><achternaam>P</achternaam><groep key="g"/></leerling></leerlingen>
         <leerkrachten><leerkracht key="t"><achternaam>T</achternaam><groepen><groep key="g"/></groepen></leerkracht></leerkrachten>`,
      ),
    );
    expect(r.leerlingen.map((l) => l.groepKey)).toEqual(['g']);
    expect(r.leerkrachten.map((t) => t.groepKeys)).toEqual([['g']]);
    expect(r.problems).toEqual([]);
  });

  it('notes doubtful but usable data as warnings', async () => {
    const xml = edex(
      `<groepen><groep key="g"><jaargroep>5</jaargroep></groep><groep key="h"><naam>6</naam><jaargroep>6</jaargroep></groep></groepen>
       <leerlingen>
         <leerling key="p"><achternaam>P</achternaam><achternaam>Q</achternaam><groep key="g"/><groep key="h"/>
           <instroomdatum>2024-08-20</instroomdatum><uitstroomdatum>2020-01-01</uitstroomdatum></leerling>
       </leerlingen>
       <leerkrachten><leerkracht key="t"><achternaam>T</achternaam><emailadres>geen-adres</emailadres></leerkracht></leerkrachten>`,
    );
    const r = await parseEdexml(xml);
    expect(r.groepen[0]?.naam).toBe('g');
    expect(r.leerlingen[0]).toMatchObject({ achternaam: 'P', groepKey: 'g', jaargroep: '5' });
    expect((await codes(xml)).sort()).toEqual(
      [
        'warning edexml.groepsnaam-ontbreekt g',
        'warning edexml.dubbel-veld p',
        'warning edexml.meerdere-verwijzingen p',
        'warning edexml.uitstroom-voor-instroom p',
        'warning edexml.email-ongeldig t',
      ].sort(),
    );
  });

  it('reports a reference without key and a pupil without any name as errors', async () => {
    const xml = edex(
      `<groepen><groep key="g"><naam>5</naam><jaargroep>5</jaargroep></groep></groepen>
       <leerlingen><leerling key="p"><voorletters-1>P</voorletters-1><groep/></leerling></leerlingen>`,
    );
    expect(await codes(xml)).toEqual([
      'error edexml.naam-ontbreekt p',
      'error edexml.verwijzing-zonder-key p',
      'warning edexml.geen-groep p',
    ]);
  });

  it('ignores unknown elements anywhere, also between known ones', async () => {
    const r = await parseEdexml(
      edex(
        `<extra><leerlingen><leerling key="nep"><achternaam>Nep</achternaam></leerling></leerlingen></extra>
         <groepen><onbekend/><groep key="g"><naam>5</naam><kleur>rood</kleur><jaargroep>5</jaargroep></groep></groepen>
         <leerlingen><leerling key="p"><bijnaam>Pietje</bijnaam><achternaam>P</achternaam><groep key="g"><x/></groep></leerling></leerlingen>`,
      ),
    );
    expect(r.leerlingen.map((l) => l.key)).toEqual(['p']);
    expect(r.groepen.map((g) => [g.key, g.jaargroep])).toEqual([['g', '5']]);
    expect(r.problems).toEqual([]);
  });

  it('requires a school with a valid schooljaar, and accepts any consecutive YYYY-YYYY', async () => {
    expect(await codes(edex('<leerlingen/>', ''))).toEqual([
      'error edexml.school-ontbreekt',
      'warning edexml.geen-leerlingen',
    ]);
    expect(
      await codes(
        edex('<leerlingen/>', '<school><schooljaar>2025-2027</schooljaar><brincode>99zz</brincode></school>'),
      ),
    ).toEqual(['warning edexml.geen-leerlingen', 'error edexml.schooljaar-ongeldig']);
    const later = await parseEdexml(
      edex('<leerlingen/>', '<school><schooljaar>2031-2032</schooljaar><brincode>99ZZ</brincode></school>'),
    );
    expect(later.school?.schooljaar).toBe('2031-2032');
  });

  it('infers the version from the content when xsdversie is missing or unknown', async () => {
    const plain = '<school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode></school>';
    const pupil = (attrs: string, inner = '') =>
      `<leerlingen><leerling key="p"${attrs}><achternaam>P</achternaam>${inner}<jaargroep>H</jaargroep></leerling></leerlingen>`;
    expect((await parseEdexml(edex(pupil(''), plain))).version).toBe('1.03');
    expect((await parseEdexml(edex(pupil('', '<voornamen>Piet</voornamen>'), plain))).version).toBe('2.0');
    expect((await parseEdexml(edex(pupil(' eckid="e"'), plain))).version).toBe('2.1');
    const unknown = await parseEdexml(
      edex(pupil(''), plain.replace('</school>', '<xsdversie>9.9</xsdversie></school>')),
    );
    expect(unknown.version).toBe('1.03');
    expect(unknown.problems.map((p) => p.code)).toEqual(['edexml.versie-onbekend']);
  });

  it('reads only the first of two data blocks, and says so', async () => {
    const one =
      '<leerlinggegevens>' +
      SCHOOL +
      '<leerlingen><leerling key="a"><achternaam>A</achternaam><jaargroep>H</jaargroep></leerling></leerlingen></leerlinggegevens>';
    const r = await parseEdexml(`<wrapper>${one}${one.replace('key="a"', 'key="b"')}</wrapper>`);
    expect(r.leerlingen.map((l) => l.key)).toEqual(['a']);
    expect(r.problems.map((p) => p.code)).toEqual(['edexml.meerdere-blokken']);
  });
});
