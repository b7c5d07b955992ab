/**
 * GET /norms?schoolId= and POST /norms/import: who may, what a refusal looks like, all or nothing, and
 * what is stored. The effect of imported norms on levels and DLE is in norms-engine.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { DEMO_TOETSEN } from '../../../demo/norms';
import { momentOrder } from '../../../domain/functioneringsniveau';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  demoLookup,
  LOGIN,
  seedDemo,
  TEST_NOW,
  unknownId,
  type DemoLookup,
  type LoginName,
} from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import type { z } from 'zod';
import { twoSchoolUser } from '../imports/roles-test-support';
import type { NormImportResponse, NormListResponse } from './norms.schema';

const WRITES = ['norm_row', 'dle_point', 'audit_log'] as const;
const HEADER = 'toets;versie;moment;I;II;III;IV;gemiddelde';
/** Moments as a school reads them: M3, E3, M4 … */
const inSchoolOrder = (moments: string[]) =>
  [...moments].sort((a, b) => (momentOrder(a) ?? 99) - (momentOrder(b) ?? 99));

describe.each(testEngines())('norms API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  const spelling = DEMO_TOETSEN.find((t) => t.vak === 'spelling') ?? DEMO_TOETSEN[0];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const list = (schoolId: string, who?: LoginName) =>
    api.call<z.infer<typeof NormListResponse>>('GET', `/norms?schoolId=${encodeURIComponent(schoolId)}`, {
      cookie: who ? as(who) : undefined,
    });
  const importCsv = (body: Record<string, unknown>, who?: LoginName) =>
    api.call<z.infer<typeof NormImportResponse>>('POST', '/norms/import', {
      cookie: who ? as(who) : undefined,
      body,
    });
  /** A valid line for the demo spelling toets: the general row of this moment, its cuts raised by `shift`. */
  const line = (moment: string, shift = 1, toets = spelling?.code ?? '') => {
    const row = data.norm_row.find(
      (r) => r.toets_id === toetsId(spelling?.vak) && r.moment === moment && !r.school_id,
    );
    const cuts = JSON.parse(row?.cuts ?? '{}') as Record<string, number>;
    const cell = (n: number | undefined) => String(n).replace('.', ',');
    const levels = ['I', 'II', 'III', 'IV'].map((l) => cell((cuts[l] ?? Number.NaN) + shift));
    return [toets, spelling?.version, moment, ...levels, cell(row?.mean ?? undefined)].join(';');
  };
  const toetsId = (vak: string | undefined) => data.toets.find((t) => t.vak === vak)?.id ?? '';

  it('answers 401 without a session', async () => {
    expectError(await list(demo.schoolA), 401, 'unauthenticated');
    expectError(
      await importCsv({ csv: `${HEADER}\n${line('M5')}`, schoolId: demo.schoolA }),
      401,
      'unauthenticated',
    );
  });

  it.each(['leerkracht', 'bestuur'] as const)(
    'answers 403 to the %s, who may not manage norms',
    async (who) => {
      const before = await countRows(database.db, WRITES);
      expectError(await list(demo.schoolA, who), 403, 'forbidden');
      expectError(
        await importCsv({ csv: `${HEADER}\n${line('M5')}`, schoolId: demo.schoolA }, who),
        403,
        'forbidden',
      );
      expect(await countRows(database.db, WRITES)).toEqual(before);
    },
  );

  it('answers 403 to a leerkracht of school A who is IB at school B, and writes nothing', async () => {
    // A role at the school without 'norms.manage': the school is known to the user, the action is not hers.
    const cookie = await twoSchoolUser(
      database.db,
      api,
      { role: 'ib', schoolId: demo.schoolB },
      { role: 'leerkracht', schoolId: demo.schoolA },
    );
    const before = await countRows(database.db, WRITES);
    expectError(await api.call('GET', `/norms?schoolId=${demo.schoolA}`, { cookie }), 403, 'forbidden');
    const body = { csv: `${HEADER}\n${line('M5')}`, schoolId: demo.schoolA };
    expectError(await api.call('POST', '/norms/import', { cookie, body }), 403, 'forbidden');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers school A to the IB of school B exactly like a missing school, and writes nothing', async () => {
    const before = await countRows(database.db, WRITES);
    expectSameNotFound(await list(demo.schoolA, 'ibOtherSchool'), await list(unknownId(), 'ibOtherSchool'));
    const csv = `${HEADER}\n${line('M5')}`;
    expectSameNotFound(
      await importCsv({ csv, schoolId: demo.schoolA }, 'ibOtherSchool'),
      await importCsv({ csv, schoolId: unknownId() }, 'ibOtherSchool'),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers 400 naming the field for a missing schoolId or an empty file, and writes nothing', async () => {
    const before = await countRows(database.db, WRITES);
    expectInvalidInput(await api.call('GET', '/norms', { cookie: as('ib') }), 'schoolId');
    expectInvalidInput(await importCsv({ csv: '', schoolId: demo.schoolA }, 'ib'), 'csv');
    expectInvalidInput(await importCsv({ csv: `${HEADER}\n${line('M5')}` }, 'ib'), 'schoolId');
    expectInvalidInput(
      await importCsv(
        { csv: `${HEADER}\n${line('M5')}`, schoolId: demo.schoolA, label: 'x'.repeat(201) },
        'ib',
      ),
      'label',
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('lists the demo toetsen with their general norm moments and DLE points', async () => {
    const response = await list(demo.schoolA, 'ib');
    expect(response.status).toBe(200);
    const expected = data.toets.map((t) => {
      const rows = data.norm_row.filter((r) => r.toets_id === t.id && !r.school_id);
      return {
        toetsId: t.id,
        name: t.name,
        version: t.version,
        vak: t.vak,
        levelSystem: t.level_system ?? null,
        moments: inSchoolOrder(rows.map((r) => r.moment)),
        dlePoints: data.dle_point.filter((p) => p.toets_id === t.id && !p.school_id).length,
        source: 'algemeen',
        label: rows[0]?.label ?? null,
      };
    });
    expect([...response.body.toetsen].sort((a, b) => a.toetsId.localeCompare(b.toetsId))).toEqual(
      expected.sort((a, b) => a.toetsId.localeCompare(b.toetsId)),
    );
    // The scales have norms and DLE points; the doorstroomtoets reports referentieniveaus only.
    const scales = expected.filter((t) => t.levelSystem !== 'REF');
    expect(scales.length).toBeGreaterThan(0);
    expect(scales.every((t) => t.moments.length > 0 && t.dlePoints > 0)).toBe(true);
    expect(expected.filter((t) => t.levelSystem === 'REF').every((t) => t.moments.length === 0)).toBe(true);
  });

  it('refuses a file with bad lines as a whole, naming exactly those lines, and writes nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const csv = [
      HEADER,
      line('M3'),
      line('E3').replace(/;[^;]*;([^;]*;[^;]*;[^;]*;[^;]*)$/, ';abc;$1'),
      line('M4'),
      line('E4', 1, 'demo-onbekend'),
      line('M5'),
    ].join('\r\n');
    const response = await importCsv({ csv, schoolId: demo.schoolA }, 'ib');
    const error = expectError(response, 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toEqual(['regel 3', 'regel 5']);
    expect(error.issues?.[0]?.message).toContain("'abc' is geen getal");
    expect(error.issues?.[1]?.message).toContain("Onbekende toets 'demo-onbekend'");
    expect(error.message).toContain('2 problemen');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('refuses two lines for the same toets and moment, also when one names it by code and one by name', async () => {
    const before = await countRows(database.db, WRITES);
    const csv = [HEADER, line('M6'), line('E6'), line('M6', 2, spelling?.name)].join('\n');
    const error = expectError(await importCsv({ csv, schoolId: demo.schoolA }, 'ib'), 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toEqual(['regel 4']);
    expect(error.issues?.[0]?.message).toContain('regel 2');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('imports school norms for a toets, lists them as the school’s own, and replaces them on a second import', async () => {
    const moments = ['M3', 'E3', 'M4', 'E4', 'M5', 'E5'];
    const csv = [HEADER, ...moments.map((m) => line(m))].join('\n');
    const response = await importCsv({ csv, schoolId: demo.schoolA, label: 'Licentie 2026' }, 'ib');
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      normRows: moments.length,
      dlePoints: 0,
      toetsen: [`${spelling?.name} ${spelling?.version}`],
    });
    const own = () =>
      database.db.selectFrom('norm_row').selectAll().where('school_id', '=', demo.schoolA).execute();
    const rows = await own();
    expect(rows.map((r) => r.moment).sort()).toEqual([...moments].sort());
    expect(
      rows.every((r) => r.toets_id === toetsId('spelling') && r.created_by === demo.account(LOGIN.ib).id),
    ).toBe(true);

    const listed = (await list(demo.schoolA, 'ib')).body.toetsen.find(
      (t) => t.toetsId === toetsId('spelling'),
    );
    expect(listed).toMatchObject({ source: 'school', label: 'Licentie 2026' });
    // Own rows replace the general ones per moment: the other moments keep the general norms.
    const generalMoments = data.norm_row
      .filter((r) => r.toets_id === toetsId('spelling') && !r.school_id)
      .map((r) => r.moment);
    expect([...(listed?.moments ?? [])].sort()).toEqual([...new Set([...generalMoments, ...moments])].sort());
    const elsewhere = (await list(demo.schoolB, 'ibOtherSchool')).body.toetsen.find(
      (t) => t.vak === 'spelling',
    );
    expect(elsewhere?.source).toBe('algemeen');

    const again = await importCsv({ csv: [HEADER, line('M3', 5)].join('\n'), schoolId: demo.schoolA }, 'ib');
    expect(again.status).toBe(201);
    const after = await own();
    expect(after.length).toBe(rows.length);
    const m3 = after.find((r) => r.moment === 'M3');
    const general = data.norm_row.find(
      (r) => r.toets_id === toetsId('spelling') && r.moment === 'M3' && !r.school_id,
    );
    const generalCuts = JSON.parse(general?.cuts ?? '{}') as Record<string, number>;
    expect((JSON.parse(m3?.cuts ?? '{}') as Record<string, number>).III).toBeCloseTo(
      (generalCuts.III ?? 0) + 5,
      9,
    );
  });

  it('writes a norms.import audit row with the school and the counts', async () => {
    const rows = () =>
      database.db.selectFrom('audit_log').selectAll().where('action', '=', 'norms.import').execute();
    const before = await rows();
    expect(
      (
        await importCsv(
          { csv: [HEADER, line('M7'), line('E7')].join('\n'), schoolId: demo.schoolA },
          'schoolleider',
        )
      ).status,
    ).toBe(201);
    const after = await rows();
    expect(after.length).toBe(before.length + 1);
    const row = after.find((r) => !before.some((b) => b.id === r.id));
    expect(row).toMatchObject({
      user_id: demo.account(LOGIN.schoolleider).id,
      school_id: demo.schoolA,
      at: TEST_NOW.toISOString(),
    });
    expect(JSON.parse(row?.details ?? '{}')).toEqual({ rows: 2, dlePoints: 0 });
  });

  it('refuses cut scores of another level system than the toets uses, naming the line', async () => {
    const before = await countRows(database.db, ['norm_row']);
    const csv = [
      'toets;versie;moment;A;B;C;D;gemiddelde',
      `${spelling?.code ?? ''};${spelling?.version ?? ''};M6;140;130;120;110;125`,
    ].join('\n');
    const response = await importCsv({ csv, schoolId: demo.schoolA }, 'ib');
    const error = expectError(response, 400, 'invalid_input');
    expect(error.issues).toEqual([
      { field: 'regel 2', message: expect.stringContaining('geen grensscores voor I-V') },
    ]);
    expect(await countRows(database.db, ['norm_row'])).toEqual(before);
  });
});
