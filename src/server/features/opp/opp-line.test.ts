/**
 * Known answers for the OPP's figures. Two pupils of Groep 5 started groep 3 in 2024-2025; both scored
 * 40 at M4 (2026-01-26) and 50 at E4 (2026-06-08) on version 1 of a made-up rekenen toets. Their OPP
 * sets an LRV of 60 % for rekenen from that E4 baseline.
 *
 * DL (months of education since September of groep 3, ten per year, a started month counts):
 *   E4 2026-06-08: 20 · M5 2027-01-25: 25 · E5 2027-06-07: 30.
 * DLE table of version 1 (the DLE of the highest row the score reaches):
 *   20→5 30→10 40→12 45→14 50→16 55→18 58→19 60→20 70→25 80→30 90→35 100→40
 * DLE table of version 2 (another scale):
 *   100→15 120→20 130→22 140→24 150→26 160→30 180→35 200→40
 *
 * Expected line: baseline DLE 16 at DL 20, plus 0.6 × every month since, at the nominal DL of each
 * coming moment (M5 25, E5 30 … E8 60):
 *   M5 16+3=19 · E5 22 · M6 25 · E6 28 · M7 31 · E7 34 · M8 37 · E8 40
 * Score that keeps the pupil on it (the lowest score whose DLE reaches the expected DLE), version 1:
 *   19→58 · 22→70 · 25→70 · 28→80 · 31→90 · 34→90 · 37→100 · 40→100
 * and once the latest result is on version 2:
 *   19→120 · 22→130 · 25→150 · 28→160 · 31→180 · 34→180 · 37→200 · 40→200
 *
 * Later results: Onder scores 55 at M5 (DLE 18): (18 − 16) / (25 − 20) = 40 % < 60 %, under the line;
 * Op scores 58 (DLE 19): 3 / 5 = 60 %, exactly on it. Their leerrendement over all years, DLE / DL =
 * 18 / 25 = 72 % and 76 %, is above 60 % for both: only the figure since the baseline tells them apart.
 * Onder then takes E5 on version 2 with 140 (DLE 24): 8 / 10 = 80 %, and the line breaks at E5.
 * AVI: Onder's OPP expects E4 at M5; Onder reads M4 there, one level under.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { ok } from '../../../testing/world';
import type { GroupAnalysisResponse, PupilAnalysisResponse } from '../analysis/analysis.schema';
import {
  E4,
  E5,
  insertPupil,
  insertResult,
  M4,
  M5,
  oppWorld,
  vastgesteldOpp,
  type OppWorld,
} from './opp-test-support';
import type { OppResponse } from './opp-response.schema';

const MOMENTS = ['M5', 'E5', 'M6', 'E6', 'M7', 'E7', 'M8', 'E8'];
const DLS = [25, 30, 35, 40, 45, 50, 55, 60];
const LINE_DLE = [19, 22, 25, 28, 31, 34, 37, 40];

describe.each(testEngines())('the OPP’s expected line and real leerrendement (%s)', (engine) => {
  let w: OppWorld;
  const pupils = { onder: '', op: '' };
  const opps = { onder: '', op: '' };

  beforeAll(async () => {
    w = await oppWorld(engine);
    const db = w.world.database.db;
    for (const name of ['onder', 'op'] as const) {
      pupils[name] = await insertPupil(db, w, name === 'onder' ? 'Olaf' : 'Otto');
      await insertResult(db, pupils[name], { toetsId: w.toetsen.v1, ...M4, score: 40 });
      await insertResult(db, pupils[name], { toetsId: w.toetsen.v1, ...E4, score: 50 });
    }
    await insertResult(db, pupils.onder, { toetsId: w.toetsen.avi, ...E4, score: null, niveau: 'E3' });
    opps.onder = (await vastgesteldOpp(w, pupils.onder, { lrv: 60 })).id;
    // The AVI expectation is set on technisch lezen of the same OPP, through a bijstelling.
    const onder = ok(await w.calls.get(opps.onder));
    const adjusted = ok(
      await w.calls.step(onder.id, { version: onder.version, step: 'bijstellen', reason: 'AVI' }),
    );
    const content = {
      ...adjusted.content,
      vakken: adjusted.content.vakken.map((v) =>
        v.vak === 'technisch-lezen' ? { ...v, avi: [{ moment: 'M5', level: 'E4' as const }] } : v,
      ),
    };
    const saved = ok(await w.calls.save(onder.id, { version: adjusted.version, content }));
    ok(
      await w.calls.overleg(onder.id, {
        heldOn: '2026-11-27',
        participants: 'Ouders, IB',
        parentsView: 'Goed',
        outcome: 'instemming',
      }),
      201,
    );
    ok(await w.calls.step(onder.id, { version: saved.version, step: 'vaststellen' }));
    opps.op = (await vastgesteldOpp(w, pupils.op, { lrv: 60 })).id;
  });
  afterAll(async () => w.world.database.dispose());

  const rekenen = (opp: OppResponse) => {
    const vak = opp.perVak.find((v) => v.vak === 'rekenen-wiskunde');
    if (!vak) throw new Error('no rekenen in the OPP');
    return vak;
  };
  const signalsOf = async (pupilId: string) =>
    ok(
      await w.world.api.call<PupilAnalysisResponse>('GET', `/pupils/${pupilId}/analysis`, {
        cookie: w.world.cookies.leerkracht,
      }),
    ).signals.filter((s) => s.rule === 'onder_lrv');

  it('draws the expected line to E8 with the score per meetpunt from the toets’s DLE table', async () => {
    const vak = rekenen(ok(await w.calls.get(opps.onder)));
    expect(vak.baseline).toMatchObject({ moment: 'E4', score: 50, dl: 20, dle: 16 });
    expect(vak.expectedLine).toEqual(
      MOMENTS.map((moment, i) => ({
        moment,
        dl: DLS[i],
        dle: LINE_DLE[i],
        score: [58, 70, 70, 80, 90, 90, 100, 100][i],
      })),
    );
    // Nothing measured since the baseline yet.
    expect([vak.results, vak.leerrendementSince, vak.onTrack, vak.versionBreaks]).toEqual([
      [],
      null,
      null,
      [],
    ]);
  });

  it('gives no onder_lrv signal before a result since the baseline', async () => {
    expect(await signalsOf(pupils.onder)).toEqual([]);
    expect(await signalsOf(pupils.op)).toEqual([]);
  });

  it('holds a later result against the line: 40 % is under an LRV of 60 %, 60 % is on it', async () => {
    const db = w.world.database.db;
    await insertResult(db, pupils.onder, { toetsId: w.toetsen.v1, ...M5, score: 55 });
    await insertResult(db, pupils.op, { toetsId: w.toetsen.v1, ...M5, score: 58 });
    await insertResult(db, pupils.onder, { toetsId: w.toetsen.avi, ...M5, score: null, niveau: 'M4' });
    const onder = rekenen(ok(await w.calls.get(opps.onder)));
    expect(onder.results).toMatchObject([
      {
        moment: 'M5',
        meetpunt: '2026-2027 M',
        score: 55,
        dl: 25,
        dle: 18,
        expectedDle: 19,
        leerrendementSince: 40,
      },
    ]);
    expect([onder.leerrendementSince, onder.onTrack]).toEqual([40, false]);
    const op = rekenen(ok(await w.calls.get(opps.op)));
    expect(op.results).toMatchObject([
      { moment: 'M5', dl: 25, dle: 19, expectedDle: 19, leerrendementSince: 60 },
    ]);
    expect([op.leerrendementSince, op.onTrack]).toEqual([60, true]);
  });

  it('fires onder_lrv with both figures for the pupil under the line, not for the one on it', async () => {
    expect(await signalsOf(pupils.onder)).toEqual([
      {
        rule: 'onder_lrv',
        vak: 'rekenen-wiskunde',
        severity: 'high',
        params: { kind: 'lrv', leerrendement: 40, expected: 60 },
      },
      {
        rule: 'onder_lrv',
        vak: 'technisch-lezen',
        severity: 'high',
        params: { kind: 'avi', level: 'M4', moment: 'M5', expected: 'E4' },
      },
    ]);
    expect(await signalsOf(pupils.op)).toEqual([]);
    // The group's analysis says the same for the same meetpunt.
    const group = ok(
      await w.world.api.call<GroupAnalysisResponse>(
        'GET',
        `/groups/${w.groupId}/analysis?meetpunt=${encodeURIComponent('2026-2027 M')}`,
        { cookie: w.world.cookies.leerkracht },
      ),
    );
    const ofPupil = (id: string) =>
      group.pupils
        .find((p) => p.id === id)
        ?.signals.filter((s) => s.rule === 'onder_lrv')
        .map((s) => s.vak);
    expect(ofPupil(pupils.onder)).toEqual(['rekenen-wiskunde', 'technisch-lezen']);
    expect(ofPupil(pupils.op)).toEqual([]);
  });

  it('compares AVI by level at the moment the OPP names', async () => {
    const tl = ok(await w.calls.get(opps.onder)).perVak.find((v) => v.vak === 'technisch-lezen');
    expect([tl?.avi, tl?.onTrack, tl?.expectedLine]).toEqual([
      [{ moment: 'M5', expected: 'E4', actual: 'M4', below: true }],
      false,
      [],
    ]);
  });

  it('breaks the line where the toets version changes, and takes the scores from the new version', async () => {
    await insertResult(w.world.database.db, pupils.onder, { toetsId: w.toetsen.v2, ...E5, score: 140 });
    const vak = rekenen(ok(await w.calls.get(opps.onder)));
    expect(vak.results.map((r) => [r.moment, r.toetsId, r.dle, r.leerrendementSince])).toEqual([
      ['M5', w.toetsen.v1, 18, 40],
      ['E5', w.toetsen.v2, 24, 80],
    ]);
    expect(vak.versionBreaks).toEqual([
      {
        meetpunt: '2026-2027 E',
        from: { toetsId: w.toetsen.v1, toetsName: 'Rekenen OPP-test 1' },
        to: { toetsId: w.toetsen.v2, toetsName: 'Rekenen OPP-test 2' },
      },
    ]);
    expect(vak.expectedLine.map((p) => p.score)).toEqual([120, 130, 150, 160, 180, 180, 200, 200]);
    expect([vak.leerrendementSince, vak.onTrack]).toEqual([80, true]);
  });

  it('freezes an evaluation’s figures: a later result changes the line, not the evaluation', async () => {
    const evaluate = (id: string) =>
      w.calls.evaluatie(id, {
        evaluatedOn: '2026-11-28',
        withParents: true,
        vakken: [{ vak: 'rekenen-wiskunde', reason: 'Meer oefentijd nodig', adjusted: false }],
        note: 'Besproken met ouders',
      });
    const onder = ok(await evaluate(opps.onder), 201);
    const op = ok(await evaluate(opps.op), 201);
    expect(onder.status).toBe('geevalueerd');
    // Onder: latest E5 on version 2 (DLE 24): leerwinst 8 months of DLE, no score growth across versions.
    expect(onder.evaluaties[0]?.vakken).toEqual([
      {
        vak: 'rekenen-wiskunde',
        lrv: 60,
        baseline: rekenen(onder).baseline,
        meetpunt: '2026-2027 E',
        leerrendementSince: 80,
        onTrack: true,
        leerwinstDle: 8,
        leerwinstScore: null,
        reason: 'Meer oefentijd nodig',
        adjusted: false,
      },
    ]);
    // Op: M5 58 on the same version: 3 months of DLE, 8 points of score.
    expect(op.evaluaties[0]?.vakken[0]).toMatchObject({
      meetpunt: '2026-2027 M',
      leerrendementSince: 60,
      onTrack: true,
      leerwinstDle: 3,
      leerwinstScore: 8,
    });
    // A year after the evaluation with the verzorgers.
    expect(op.terms.evaluatie).toEqual({ due: '2027-11-28', overdue: false, soon: false });
    await insertResult(w.world.database.db, pupils.op, { toetsId: w.toetsen.v1, ...E5, score: 60 });
    const later = ok(await w.calls.get(opps.op));
    expect(rekenen(later).leerrendementSince).toBe(40);
    expect(later.evaluaties[0]?.vakken[0]?.leerrendementSince).toBe(60);
  });
});
