/**
 * GET /pupils/{id}/oso.xml: the same scope as the pupil page, and a document that, parsed back, holds
 * one OSO toets record per generated result with its score, level and DLE, in the schema's order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { resultTimeKey } from '../../../domain/moments';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoTables, expectedEnrichment, type EngineTables } from '../../../testing/engine-expect';
import {
  demoLookup,
  LOGIN,
  seedDemo,
  unknownId,
  type DemoLookup,
  type LoginName,
} from '../../../testing/fixtures';
import { expectError, expectSameNotFound, loginAll, testApi } from '../../../testing/http';
import {
  child,
  childText,
  expectSchemaOrder,
  parseXml,
  rawApi,
  utf8,
  type XmlNode,
} from './export-test-support';
import { LEERWINST_NS, OSO_NS } from './oso';

const NASTY_SURNAME = `O'Brien & <Zn> "de jongere"`;
/** OSO's leergebied in words, as a receiving school reads it ("rekenen", "begrijpend lezen"). */
const LEERGEBIED: Record<string, string> = {
  'rekenen-wiskunde': 'rekenen-wiskunde',
  spelling: 'spelling',
  'begrijpend-lezen': 'begrijpend lezen',
  'technisch-lezen': 'technisch lezen',
};

describe.each(testEngines())('OSO export (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let get: ReturnType<typeof rawApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let tables: EngineTables;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  /** In the leerkracht's group now; never in it; of the school but without any result. */
  let own: string;
  let never: string;
  let withoutResults: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    tables = demoTables(data);
    api = testApi(database.db, engine);
    get = rawApi(database.db, engine);
    cookies = await loginAll(api);
    const pupils = demo.pupilsByTeacher(LOGIN.leerkracht);
    own = pupils.current.find((id) => demo.resultsOf(id).length > 0) ?? '';
    never = pupils.never.find((id) => demo.resultsOf(id).length > 0) ?? '';
    withoutResults = pupils.never.find((id) => demo.resultsOf(id).length === 0) ?? '';
    for (const id of [own, never, withoutResults]) expect(id).not.toBe('');
    // Characters that must be escaped, in a name as an import could bring them.
    await database.db
      .updateTable('leerling')
      .set({ achternaam: NASTY_SURNAME })
      .where('id', '=', own)
      .execute();
  });
  afterAll(async () => database.dispose());

  const path = (pupilId: string) => `/pupils/${pupilId}/oso.xml`;

  async function document(pupilId: string, who: LoginName = 'leerkracht'): Promise<XmlNode> {
    const response = await get(path(pupilId), as(who));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="oso-toetsresultaten-${pupilId}.xml"`,
    );
    return parseXml(utf8(response.bytes));
  }

  it('answers 401 without a session', async () => {
    expectError(await api.call('GET', path(own)), 401, 'unauthenticated');
  });

  it.each(['bestuur', 'beheerder'] as const)(
    'answers 403 to the %s, who may not read pupils',
    async (who) => {
      expectError(await api.call('GET', path(own), { cookie: as(who) }), 403, 'forbidden');
    },
  );

  it('answers a pupil never in the leerkracht\u2019s group exactly like a missing pupil', async () => {
    expectSameNotFound(
      await api.call('GET', path(never), { cookie: as('leerkracht') }),
      await api.call('GET', path(unknownId()), { cookie: as('leerkracht') }),
    );
  });

  it.each(['leerkrachtOtherSchool', 'ibOtherSchool'] as const)(
    'answers a pupil of school A to the %s exactly like a missing pupil',
    async (who) => {
      expectSameNotFound(
        await api.call('GET', path(own), { cookie: as(who) }),
        await api.call('GET', path(unknownId()), { cookie: as(who) }),
      );
    },
  );

  it('answers 400 naming pupilId for an id longer than 64 characters', async () => {
    const error = expectError(
      await api.call('GET', path('x'.repeat(65)), { cookie: as('ib') }),
      400,
      'invalid_input',
    );
    expect(error.issues?.map((i) => i.field)).toEqual(['pupilId']);
  });

  it('holds one OSO toets record per generated result, with score, level and DLE', async () => {
    const root = await document(own);
    expect(root).toMatchObject({ name: 'leerwinst-overdracht', uri: LEERWINST_NS });
    const pupil = demo.pupil(own);
    const leerling = child(root, 'leerling');
    if (!leerling) throw new Error('no leerling');
    expect(childText(leerling, 'leerlingnummer')).toBe(pupil.las_key);
    expect(childText(leerling, 'roepnaam')).toBe(pupil.roepnaam);
    expect(childText(leerling, 'achternaam')).toBe(NASTY_SURNAME);
    expect(child(leerling, 'school')?.attributes.brin).toBe(demo.school(demo.schoolA).brin);

    const lijst = child(root, 'toetslijst');
    expect(lijst?.uri).toBe(OSO_NS);
    expectSchemaOrder(root);
    const records = lijst?.children ?? [];
    const results = demo.resultsOf(own);
    expect(records.length).toBe(results.length);
    expect(records.every((r) => r.name === 'toets' && r.uri === OSO_NS)).toBe(true);

    const summary = (t: XmlNode) => {
      const id = child(t, 'toetsidentificatie') ?? t;
      const afname = child(t, 'afname') ?? t;
      const resultaat = child(t, 'resultaat') ?? t;
      return {
        eldtoetscode: childText(id, 'eldtoetscode'),
        leergebied: childText(id, 'leergebied'),
        toetsnaam: childText(id, 'toetsnaam'),
        afnamedatum: childText(afname, 'afnamedatum'),
        jaargroep: childText(afname, 'jaargroep'),
        dl: childText(afname, 'dl') ?? null,
        vaardigheidsscore:
          childText(child(resultaat, 'toetsscore') ?? resultaat, 'vaardigheidsscore') ?? null,
        referentiescores: resultaat.children
          .filter((c) => c.name === 'referentiescore')
          .map((r) => ({
            code: childText(r, 'codereferentiescore'),
            groep: childText(r, 'codevergelijkingsgroep'),
            waarde: childText(r, 'waarde'),
            berekend: child(r, 'kwalificatie') !== undefined,
          })),
      };
    };
    const expected = results
      .map((r) => {
        const toets = demo.toets(r.toets_id);
        const e = expectedEnrichment(data, tables, r);
        return {
          eldtoetscode: toets.code,
          leergebied: LEERGEBIED[toets.vak],
          toetsnaam: toets.name,
          afnamedatum: r.afnamedatum ?? undefined,
          jaargroep: r.moment.slice(1),
          dl: e.dl === null ? null : String(e.dl),
          vaardigheidsscore: r.vaardigheidsscore == null ? null : String(r.vaardigheidsscore),
          referentiescores: [
            ...(e.level
              ? [{ code: 'IV', groep: 'Landelijk', waarde: e.level, berekend: e.levelSource === 'norm' }]
              : []),
            ...(e.dle === null
              ? []
              : [{ code: 'DLE', groep: 'Landelijk', waarde: String(e.dle), berekend: r.dle == null }]),
          ],
        };
      })
      .sort(
        (a, b) =>
          (a.afnamedatum ?? '').localeCompare(b.afnamedatum ?? '') || a.toetsnaam.localeCompare(b.toetsnaam),
      );
    expect(records.map(summary)).toEqual(expected);
    expect(expected.some((t) => t.referentiescores.some((r) => r.code === 'DLE'))).toBe(true);
  });

  it('leaves the toetslijst out for a pupil without results', async () => {
    const root = await document(withoutResults, 'ib');
    expect(root.children.map((c) => c.name)).toEqual(['leerling']);
  });

  it('stands in the usual date of the moment for a missing afnamedatum, and says so', async () => {
    const result = demo.resultsOf(never)[0];
    if (!result) throw new Error('no result');
    await database.db
      .updateTable('toetsresultaat')
      .set({ afnamedatum: null })
      .where('id', '=', result.id)
      .execute();
    const root = await document(never, 'ib');
    expectSchemaOrder(root);
    const estimated = (child(root, 'toetslijst')?.children ?? []).filter((t) => child(t, 'opmerking'));
    expect(estimated.length).toBe(1);
    const record = estimated[0];
    if (!record) throw new Error('no record');
    expect(childText(child(record, 'afname') ?? record, 'afnamedatum')).toBe(
      resultTimeKey({ schooljaar: result.schooljaar, moment: result.moment, afnamedatum: null }),
    );
    expect(childText(record, 'opmerking')).toContain('Afnamedatum onbekend');
  });

  it('writes one export.oso audit row with the number of records; nothing when refused', async () => {
    const rows = () =>
      database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'export.oso')
        .where('user_id', '=', demo.account(LOGIN.leerkracht).id)
        .execute();
    const before = await rows();
    const response = await get(path(own), as('leerkracht'));
    expect(response.status).toBe(200);
    const after = await rows();
    expect(after.length).toBe(before.length + 1);
    const row = after.find((r) => !before.some((b) => b.id === r.id));
    expect(row).toMatchObject({
      entity: 'leerling',
      entity_id: own,
      leerling_id: own,
      school_id: demo.schoolA,
    });
    expect(JSON.parse(row?.details ?? '{}')).toEqual({ toetsen: demo.resultsOf(own).length });
    expect((await get(path(never), as('leerkracht'))).status).toBe(404);
    expect((await rows()).length).toBe(after.length);
  });
});
