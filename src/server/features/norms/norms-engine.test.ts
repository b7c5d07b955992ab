/**
 * School norms at work: after a school imports its own norm table for a demo toets, a result without a
 * level from the LVS gets the level of the school's table; a level the LVS gave is kept and a
 * disagreement is reported in levelNote. Other schools keep the general norms. The same for DLE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { levelFromNorms, type NormRow } from '../../../domain/norms';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  demoTables,
  expectedEnrichment,
  expectedLevel,
  type DemoResult,
  type EngineTables,
} from '../../../testing/engine-expect';
import { demoLookup, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import type { PupilAnalysisResponse } from '../analysis/analysis.schema';
import type { z } from 'zod';
import type { NormListResponse } from './norms.schema';

const cell = (n: number) => String(n).replace('.', ',');

describe.each(testEngines())('imported school norms in the engine (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let general: EngineTables;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    general = demoTables(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const toetsOf = (vak: string) => {
    const t = data.toets.find((x) => x.vak === vak);
    if (!t) throw new Error(`no demo toets for ${vak}`);
    return t;
  };
  const inSchool = (schoolId: string) => {
    const pupils = new Set(data.leerling.filter((l) => l.school_id === schoolId).map((l) => l.id));
    return (r: DemoResult) => pupils.has(r.leerling_id);
  };
  async function historyEntry(r: DemoResult, who: LoginName) {
    const response = await api.call<PupilAnalysisResponse>('GET', `/pupils/${r.leerling_id}/analysis`, {
      cookie: cookies[who],
    });
    expect(response.status).toBe(200);
    return response.body.vakken.flatMap((v) => v.history).find((h) => h.id === r.id);
  }

  it('computes levels from the school’s own norm table; LVS levels stay, with a note where the table disagrees', async () => {
    const toets = toetsOf('spelling');
    expect(toets.level_system).toBe('I-V');
    const generalRows = [...(general.norms.get(toets.id)?.values() ?? [])];
    // The school's table: every cut one level band (II − III) higher than the general one.
    const ownRows: NormRow[] = generalRows.map((row) => {
      const band = (row.cuts.II ?? 0) - (row.cuts.III ?? 0);
      const cuts = Object.fromEntries(Object.entries(row.cuts).map(([level, cut]) => [level, cut + band]));
      return { ...row, cuts };
    });
    const own: EngineTables = {
      ...general,
      norms: new Map([...general.norms, [toets.id, new Map(ownRows.map((r) => [r.moment, r]))]]),
    };
    const ownLevel = (r: DemoResult) => {
      const row = own.norms.get(toets.id)?.get(r.moment);
      return row && r.vaardigheidsscore != null ? levelFromNorms(r.vaardigheidsscore, row, 'I-V') : null;
    };
    const onToets = data.toetsresultaat.filter((r) => r.toets_id === toets.id);
    const ofA = onToets.filter(inSchool(demo.schoolA));
    const withoutLevel = ofA.filter(
      (r) => !r.niveau && ownLevel(r) !== expectedEnrichment(data, general, r).level,
    );
    const disagreeing = ofA.filter((r) => r.niveau && expectedLevel(r, 'I-V', own).levelNote !== null);
    const agreeing = ofA.filter((r) => r.niveau && !disagreeing.includes(r));
    const otherSchool = onToets
      .filter(inSchool(demo.schoolB))
      .filter((r) => !r.niveau && ownLevel(r) !== expectedEnrichment(data, general, r).level);
    for (const list of [withoutLevel, disagreeing, agreeing, otherSchool])
      expect(list.length).toBeGreaterThan(0);
    const sampleA = [...withoutLevel.slice(0, 3), ...disagreeing.slice(0, 3), ...agreeing.slice(0, 2)];

    for (const r of sampleA) {
      const before = await historyEntry(r, 'ib');
      expect(before).toMatchObject(expectedEnrichment(data, general, r));
      expect(before?.levelNote).toBeNull();
    }

    const csv = [
      'Toetscode;Versie;Moment;I;II;III;IV;Gemiddelde',
      ...ownRows.map((row) =>
        [
          toets.code,
          toets.version,
          row.moment,
          ...(['I', 'II', 'III', 'IV'] as const).map((l) => cell(row.cuts[l] ?? 0)),
          cell(row.gemiddelde ?? 0),
        ].join(';'),
      ),
    ].join('\r\n');
    const imported = await api.call('POST', '/norms/import', {
      cookie: cookies.ib,
      body: { csv, schoolId: demo.schoolA },
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ normRows: ownRows.length, dlePoints: 0 });

    for (const r of withoutLevel.slice(0, 3)) {
      const after = await historyEntry(r, 'ib');
      expect(after).toMatchObject(expectedEnrichment(data, own, r));
      expect(after).toMatchObject({ level: ownLevel(r), levelSource: 'norm', levelNote: null });
      expect(after?.level).not.toBe(expectedEnrichment(data, general, r).level);
    }
    for (const r of disagreeing.slice(0, 3)) {
      const after = await historyEntry(r, 'ib');
      expect(after).toMatchObject(expectedEnrichment(data, own, r));
      expect(after).toMatchObject({ level: r.niveau, levelSource: 'lvs' });
      expect(after?.levelNote).toContain(
        `Het LVS gaf ${r.niveau}, de ingeladen normtabel geeft ${ownLevel(r)}`,
      );
    }
    for (const r of agreeing.slice(0, 2)) {
      expect(await historyEntry(r, 'ib')).toMatchObject({
        level: r.niveau,
        levelSource: 'lvs',
        levelNote: null,
      });
    }
    // School B did not load these norms: its results keep the general table.
    for (const r of otherSchool.slice(0, 2)) {
      expect(await historyEntry(r, 'ibOtherSchool')).toMatchObject(expectedEnrichment(data, general, r));
    }
  });

  it('computes DLE and leerrendement from the school’s own DLE table, and lists that table’s points', async () => {
    const toets = toetsOf('rekenen-wiskunde');
    const points = (general.dle.get(toets.id) ?? []).map((p) => ({ minScore: p.minScore, dle: p.dle + 3 }));
    const csv = [
      'toets;versie;vaardigheidsscore;dle',
      ...points.map((p) => [toets.code, toets.version, cell(p.minScore), cell(p.dle)].join(';')),
    ].join('\n');
    const imported = await api.call('POST', '/norms/import', {
      cookie: cookies.ib,
      body: { csv, schoolId: demo.schoolA },
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ normRows: 0, dlePoints: points.length });

    const own: EngineTables = { ...general, dle: new Map([...general.dle, [toets.id, points]]) };
    const onToets = data.toetsresultaat.filter((r) => r.toets_id === toets.id);
    const changed = (r: DemoResult) =>
      expectedEnrichment(data, own, r).dle !== expectedEnrichment(data, general, r).dle;
    const ofA = onToets.filter(inSchool(demo.schoolA)).filter(changed).slice(0, 3);
    const ofB = onToets.filter(inSchool(demo.schoolB)).filter(changed).slice(0, 2);
    expect(ofA.length).toBeGreaterThan(0);
    expect(ofB.length).toBeGreaterThan(0);
    for (const r of ofA) expect(await historyEntry(r, 'ib')).toMatchObject(expectedEnrichment(data, own, r));
    for (const r of ofB)
      expect(await historyEntry(r, 'ibOtherSchool')).toMatchObject(expectedEnrichment(data, general, r));

    const list = await api.call<z.infer<typeof NormListResponse>>('GET', `/norms?schoolId=${demo.schoolA}`, {
      cookie: cookies.ib,
    });
    expect(list.body.toetsen.find((t) => t.toetsId === toets.id)?.dlePoints).toBe(points.length);
  });
});
