/**
 * GET/PUT /schools/{id}/welzijn-ambities and DELETE /welzijn-ambities/{id}: ambitions on social safety
 * and satisfaction with their verdicts, against pupils' lists and a survey made here (the demo's own are
 * removed first). Every share is counted by hand from the rows below and every interval comes from the
 * textbook Wilson formula (testing/statistics-expect.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, createOtherBestuur, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { wilson90 } from '../../../testing/statistics-expect';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { auditRowsOf, uploadCsv, withoutDemoTevredenheid } from '../schooladvies/schooladvies-test-support';
import type { WelzijnAmbitionListResponse, WelzijnAmbitionResponse } from './welzijn-ambities.schema';
import { insertSeoScores } from '../../../testing/seo-scores';

const YEAR = '2025-2026';
const WRITES = ['welzijn_ambitie', 'audit_log'] as const;

/** Parents' Veiligheid: 88 % of 126 is 110,88, so 111 parents; the team's survey has 8 respondents. */
const SURVEY = [
  'datum;groep;thema;n;gemiddelde;schaal;positief;instrument',
  '12-03-2026;ouders;Veiligheid;126;3,4;1-4;88;Vensters',
  '20-03-2026;team;Werkdruk;8;6,5;1-10;50;Vensters',
].join('\n');

const shown = (count: number, n: number) => ({
  n,
  share: expect.closeTo(count / n, 12) as unknown as number,
  interval: {
    low: expect.closeTo(wilson90(count, n).low, 8) as unknown as number,
    high: expect.closeTo(wilson90(count, n).high, 8) as unknown as number,
  },
});

describe.each(testEngines())('welzijn ambities (%s)', (engine) => {
  let world: DemoWorld;
  let schoolA: string;

  beforeAll(async () => {
    world = await demoWorld(engine);
    schoolA = world.demo.schoolA;
    const db = world.database.db;
    await db.deleteFrom('seo_score').execute();
    await withoutDemoTevredenheid(world);
    const g5 = world.demo.activePupilsOf(world.demo.group(schoolA, 'Groep 5', YEAR).id);
    const add = (id: string, schaal: string, band: 'laag' | 'gemiddeld' | 'hoog') =>
      insertSeoScores(db, [
        {
          school_id: schoolA,
          leerling_id: id,
          instrument: 'kanvas',
          lijst: 'leerling',
          schaal,
          schooljaar: YEAR,
          afnamedatum: '2026-03-10',
          band,
        },
      ]);
    // Safety: 12 pupils, 9 favourable (6 hoog, 3 gemiddeld) and 3 laag. Well-being: only 6 pupils.
    const bands = [...Array<'hoog'>(6).fill('hoog'), ...Array<'gemiddeld'>(3).fill('gemiddeld')];
    for (const [i, id] of g5.slice(0, 12).entries()) await add(id, 'veiligheidsbeleving', bands[i] ?? 'laag');
    for (const id of g5.slice(0, 6)) await add(id, 'welbevinden', 'hoog');
    ok(await uploadCsv(world, 'ib', `/schools/${schoolA}/imports/tevredenheid`, SURVEY));
  });
  afterAll(async () => world.database.dispose());

  const list = (who: LoginName | null, school = schoolA, query = `?schooljaar=${YEAR}`) =>
    world.api.call<WelzijnAmbitionListResponse>('GET', `/schools/${school}/welzijn-ambities${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });
  const set = (who: LoginName | null, body: object, school = schoolA) =>
    world.api.call<WelzijnAmbitionResponse>('PUT', `/schools/${school}/welzijn-ambities`, {
      cookie: who ? world.cookies[who] : undefined,
      body,
    });
  const drop = (who: LoginName | null, id: string) =>
    world.api.call<{ id: string }>('DELETE', `/welzijn-ambities/${id}`, {
      cookie: who ? world.cookies[who] : undefined,
    });
  const counts = () => countRows(world.database.db, WRITES);
  const safety = (minPercent: number) => ({
    schooljaar: YEAR,
    measure: { source: 'seo', domain: 'veiligheid' },
    minPercent,
  });

  it('sets an ambition on safety: 9 of 12 feel safe against 90 %, certainly below', async () => {
    world.at(10);
    const created = ok(await set('schoolleider', safety(90)), 201);
    expect(created).toMatchObject({
      measure: { source: 'seo', domain: 'veiligheid' },
      minPercent: 90,
      version: 1,
      outcome: { ...shown(9, 12), verdict: 'onder-zeker' },
    });
    // By hand: the interval's top is about 89,5 %, under the ambition.
    expect(created.outcome.interval?.high).toBeLessThan(0.9);
    const rows = await auditRowsOf(world, 'welzijn-ambitie.aangemaakt');
    expect(rows.at(-1)).toMatchObject({
      entity: 'welzijn_ambitie',
      entity_id: created.id,
      school_id: schoolA,
    });
  });

  it('setting the same measure again changes it (version 2), and 70 % is then met within the margin', async () => {
    world.at(20);
    const changed = ok(await set('ib', safety(70)), 200);
    expect(changed).toMatchObject({ version: 2, minPercent: 70, outcome: { verdict: 'boven-marge' } });
    expect((await world.database.db.selectFrom('welzijn_ambitie').selectAll().execute()).length).toBe(1);
    expect((await auditRowsOf(world, 'welzijn-ambitie.gewijzigd')).at(-1)?.details).toMatchObject({
      minPercent: 70,
      was: 90,
    });
  });

  it('gives well-being of 6 pupils no figure, only its N', async () => {
    const a = ok(
      await set('ib', {
        schooljaar: YEAR,
        measure: { source: 'seo', domain: 'welbevinden' },
        minPercent: 80,
      }),
      201,
    );
    expect(a.outcome).toEqual({ n: 6, share: null, interval: null, verdict: 'te-weinig' });
  });

  it('judges the parents: 111 of 126 positive against 80 % is certainly met, against 90 % below within the margin', async () => {
    const parents = (minPercent: number) => ({
      schooljaar: YEAR,
      measure: { source: 'tevredenheid', groep: 'ouders', thema: ' veiligheid' },
      minPercent,
    });
    const met = ok(await set('ib', parents(80)), 201);
    expect(met).toMatchObject({
      measure: { source: 'tevredenheid', groep: 'ouders', themaKey: 'veiligheid', thema: 'Veiligheid' },
      outcome: { ...shown(111, 126), verdict: 'boven-zeker' },
    });
    expect(ok(await set('ib', parents(90))).outcome.verdict).toBe('onder-marge');
    const team = ok(
      await set('ib', {
        schooljaar: YEAR,
        measure: { source: 'tevredenheid', groep: 'team', thema: 'Werkdruk' },
        minPercent: 50,
      }),
      201,
    );
    expect(team.outcome).toEqual({ n: 8, share: null, interval: null, verdict: 'te-weinig' });
  });

  it('lists them (safety, well-being, then the surveys by group) with the themes the school can choose from; another schooljaar has none', async () => {
    const body = ok(await list('schoolleider'));
    expect(body.ambitions.map((a) => [a.measure.source, a.minPercent, a.outcome.verdict])).toEqual([
      ['seo', 70, 'boven-marge'],
      ['seo', 80, 'te-weinig'],
      ['tevredenheid', 90, 'onder-marge'],
      ['tevredenheid', 50, 'te-weinig'],
    ]);
    expect(body.themas).toEqual([
      { groep: 'ouders', key: 'veiligheid', thema: 'Veiligheid' },
      { groep: 'team', key: 'werkdruk', thema: 'Werkdruk' },
    ]);
    expect(ok(await list('bestuur')).ambitions).toHaveLength(4);
    expect(ok(await list('ib', schoolA, '?schooljaar=2024-2025')).ambitions).toEqual([]);
  });

  it('answers 401 without a session and 403 to a role without the right', async () => {
    const before = await counts();
    expectError(await list(null), 401, 'unauthenticated');
    expectError(await set(null, safety(80)), 401, 'unauthenticated');
    expectError(await drop(null, unknownId()), 401, 'unauthenticated');
    expectError(await list('leerkracht'), 403, 'forbidden');
    expectError(await set('leerkracht', safety(80)), 403, 'forbidden');
    expectError(await set('bestuur', safety(80)), 403, 'forbidden');
    expectError(await drop('bestuur', unknownId()), 403, 'forbidden');
    expect(await counts()).toEqual(before);
  });

  it('answers another school like one that does not exist, and writes nothing', async () => {
    const before = await counts();
    const other = await createOtherBestuur(world.database.db);
    expectSameNotFound(await list('ib', other.schoolId), await list('ib', unknownId()));
    expectSameNotFound(await set('ib', safety(80), other.schoolId), await set('ib', safety(80), unknownId()));
    const ours = ok(await list('ib')).ambitions[0];
    if (!ours) throw new Error('no ambition to try');
    expectSameNotFound(await drop('ibOtherSchool', ours.id), await drop('ibOtherSchool', unknownId()));
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the field, and writes nothing', async () => {
    const before = await counts();
    expectInvalidInput(await set('ib', safety(150)), 'minPercent');
    expectInvalidInput(await set('ib', safety(87.5)), 'minPercent');
    expectInvalidInput(await set('ib', { ...safety(80), schooljaar: '2025' }), 'schooljaar');
    expectInvalidInput(
      await set('ib', { ...safety(80), measure: { source: 'tevredenheid', groep: 'buren', thema: 'x' } }),
      'measure.groep',
    );
    expectInvalidInput(await list('ib', schoolA, ''), 'schooljaar');
    expect(await counts()).toEqual(before);
  });

  it('drops an ambition, audited', async () => {
    const before = ok(await list('ib')).ambitions;
    const first = before[0];
    if (!first) throw new Error('no ambition to drop');
    expect(ok(await drop('schoolleider', first.id))).toEqual({ id: first.id });
    expect(ok(await list('ib')).ambitions.map((a) => a.id)).toEqual(before.slice(1).map((a) => a.id));
    expect((await auditRowsOf(world, 'welzijn-ambitie.verwijderd')).at(-1)).toMatchObject({
      entity_id: first.id,
      school_id: schoolA,
    });
    expectSameNotFound(await drop('ib', first.id), await drop('ib', unknownId()));
  });
});
