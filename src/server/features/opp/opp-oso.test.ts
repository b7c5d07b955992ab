/**
 * The OPP travels with the pupil in the OSO transfer: after the toetslijst, OSO's opp block with the
 * day it took effect (the first vaststelling), the day it ended, and the OPP as a TXT document in a
 * Base64-encoded ZIP file. The ZIP is read back here with node:zlib, field by field, not with our writer.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { ok } from '../../../testing/world';
import { child, childText, parseXml, rawApi, utf8, type XmlNode } from '../exports/export-test-support';
import { OSO_NS } from '../exports/oso';
import { E4, insertPupil, insertResult, oppWorld, vastgesteldOpp, type OppWorld } from './opp-test-support';

/** The one file of a ZIP archive, checked against its local header, central directory and end record. */
function unzipOne(bytes: Buffer): { name: string; text: string } {
  expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
  const [method, crc, packed, size] = [
    bytes.readUInt16LE(8),
    bytes.readUInt32LE(14),
    bytes.readUInt32LE(18),
    bytes.readUInt32LE(22),
  ];
  const nameEnd = 30 + bytes.readUInt16LE(26);
  const dataStart = nameEnd + bytes.readUInt16LE(28);
  const data = inflateRawSync(bytes.subarray(dataStart, dataStart + packed));
  expect([method, data.length, crc32(data)]).toEqual([8, size, crc]);
  const end = bytes.length - 22;
  expect([bytes.readUInt32LE(end), bytes.readUInt16LE(end + 10)]).toEqual([0x06054b50, 1]);
  expect(bytes.readUInt32LE(bytes.readUInt32LE(end + 16))).toBe(0x02014b50);
  return { name: bytes.subarray(30, nameEnd).toString('utf8'), text: data.toString('utf8') };
}

describe.each(testEngines())('the OPP in the OSO transfer (%s)', (engine) => {
  let w: OppWorld;
  let get: ReturnType<typeof rawApi>;
  let pupilId: string;
  let conceptPupil: string;

  beforeAll(async () => {
    w = await oppWorld(engine);
    get = rawApi(w.world.database.db, engine);
    const db = w.world.database.db;
    pupilId = await insertPupil(db, w, 'Ouassim');
    await insertResult(db, pupilId, { toetsId: w.toetsen.v1, ...E4, score: 50 });
    await vastgesteldOpp(w, pupilId, { lrv: 60 });
    conceptPupil = await insertPupil(db, w, 'Coco');
    ok(await w.calls.create(conceptPupil, { decidedOn: '2026-11-20' }), 201);
  });
  afterAll(async () => w.world.database.dispose());

  async function oppBlock(id: string, who: 'ib' | 'leerkracht' = 'ib'): Promise<XmlNode | undefined> {
    const response = await get(`/pupils/${id}/oso.xml`, w.world.cookies[who]);
    expect(response.status).toBe(200);
    return child(parseXml(utf8(response.bytes)), 'opp');
  }

  it('holds the vastgesteld OPP with its ingangsdatum and the OPP as a document', async () => {
    const block = await oppBlock(pupilId, 'leerkracht');
    expect(block?.uri).toBe(OSO_NS);
    expect(block?.children.map((c) => c.name)).toEqual(['opp_ingangdatum', 'document']);
    expect(childText(block as XmlNode, 'opp_ingangdatum')).toBe('2026-11-28');
    const document = child(block as XmlNode, 'document') as XmlNode;
    expect(document.children.map((c) => c.name)).toEqual(['bestandsnaam', 'omschrijving', 'bestandsinhoud']);
    expect([childText(document, 'bestandsnaam'), childText(document, 'omschrijving')]).toEqual([
      'ontwikkelingsperspectief.txt',
      'OPP',
    ]);
    const file = unzipOne(Buffer.from(childText(document, 'bestandsinhoud') ?? '', 'base64'));
    expect(file.name).toBe('ontwikkelingsperspectief.txt');
    const lines = file.text.split('\r\n');
    expect(lines).toContain('Leerling: Ouassim Oppenheim');
    expect(lines).toContain('Uitstroomprofiel: Vmbo, kaderberoepsgerichte leerweg');
    expect(lines).toContain('  Startpunt: Rekenen OPP-test 1, E4 (2025-2026), score 50: DLE 16 bij DL 20.');
    expect(lines).toContain('  Leerrendementsverwachting: 60 %.');
    expect(lines).toContain(
      '26-11-2026: de ouders stemmen in. Zienswijze van de ouders: Wij vinden dit een goed plan.',
    );
  });

  it('adds the einddatum once the OPP has ended', async () => {
    const opp = ok(await w.calls.get(await oppIdOf(pupilId)));
    ok(await w.calls.step(opp.id, { version: opp.version, step: 'beeindigen', endedOn: '2026-12-15' }));
    const block = await oppBlock(pupilId);
    expect(block?.children.map((c) => c.name)).toEqual(['opp_ingangdatum', 'opp_einddatum', 'document']);
    expect(childText(block as XmlNode, 'opp_einddatum')).toBe('2026-12-15');
  });

  it('leaves a concept out: it never took effect', async () => {
    expect(await oppBlock(conceptPupil)).toBeUndefined();
  });

  async function oppIdOf(id: string): Promise<string> {
    const row = await w.world.database.db
      .selectFrom('opp')
      .select('id')
      .where('leerling_id', '=', id)
      .executeTakeFirstOrThrow();
    return row.id;
  }
});
