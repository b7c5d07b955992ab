/**
 * The agenda fills itself from the data. For a groepsbespreking of groep 5 (last schooljaar, period 1,
 * closed by the M toetsen) the figures are worked out here from the generated results and ambitions
 * (share at III or higher, 90 % Wilson interval, verdict), not with the server's code; the OPP's
 * leerrendement since the baseline is worked out by hand from a baseline the test sets. Vaststellen
 * freezes the agenda: a later change of the results moves a live agenda but not the frozen one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { TEST_NOW } from '../../../testing/fixtures';
import { meetpuntByHand, expectedCells } from '../../../testing/statistics-expect';
import { insertResults, verdictByHand, wilson90 } from '../../../testing/ogw-expect';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { newId } from '../../db/ids';
import { bumpResultsVersion } from '../../results-version';
import type { GroupAnalysisResponse, PupilAnalysisResponse } from '../analysis/analysis.schema';
import type { GroupAgenda, PupilAgenda } from './agenda.schema';
import { callers, LAST_YEAR, pupilsInGroupOn } from './besprekingen-test-support';

const MEETPUNT = `${LAST_YEAR} M`;

describe.each(testEngines())('the agenda of a bespreking (%s)', (engine) => {
  let world: DemoWorld;
  let api: ReturnType<typeof callers>;
  let groupId: string;
  let periode: { id: string; endDate: string };

  beforeAll(async () => {
    world = await demoWorld(engine);
    api = callers(world);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5', LAST_YEAR).id ?? '';
    const first = (await api.periods(LAST_YEAR))[0];
    if (!first) throw new Error('no period');
    periode = first;
  });
  afterAll(async () => world.database.dispose());

  const planGroepsbespreking = async () =>
    ok(
      await api.create('ib', {
        kind: 'groepsbespreking',
        groepId: groupId,
        periodeId: periode.id,
        plannedOn: '2026-02-05',
      }),
      201,
    );
  const groupAgendaOf = (agenda: unknown) => agenda as GroupAgenda;

  /** The group's cells at the meetpunt, from the generated rows and ambitions. */
  function expectedGroupCells() {
    const inGroup = new Set(pupilsInGroupOn(world.data, groupId, periode.endDate));
    const results = world.data.toetsresultaat.filter(
      (r) => inGroup.has(r.leerling_id) && meetpuntByHand(r) === MEETPUNT,
    );
    return [...expectedCells(world.data, results, MEETPUNT).values()].map((e) => {
      const ambition = world.data.ogw.ambitie.find(
        (a) =>
          a.school_id === world.demo.schoolA &&
          a.schooljaar === LAST_YEAR &&
          a.vak === e.vak &&
          a.jaargroep === e.jaargroep &&
          a.moment === 'M' &&
          a.kind === 'atOrAbove',
      );
      const target = JSON.parse(ambition?.target ?? '{}') as { minShare: number };
      const value = e.atOrAbove / e.n;
      const interval = wilson90(e.atOrAbove, e.n);
      return {
        jaargroep: e.jaargroep,
        vak: e.vak,
        n: e.n,
        ambitionId: ambition?.id,
        value,
        interval,
        target: target.minShare,
        verdict: verdictByHand(value, interval, target.minShare, 'atLeast'),
      };
    });
  }

  it('shows per vak the group’s share at III or higher at the closing meetpunt, with N, interval and verdict', async () => {
    // A pupil of groep 6 who sat the groep 5 rekenen toets: in the school's jaargroep 5, not in this group.
    const other = world.demo.activePupilsOf(
      world.demo.group(world.demo.schoolA, 'Groep 6', LAST_YEAR).id ?? '',
    )[0];
    const toets = world.data.toets.find((t) => t.vak === 'rekenen-wiskunde' && t.level_system === 'I-V');
    await insertResults(world.database.db, [
      {
        leerlingId: other ?? '',
        toetsId: toets?.id ?? '',
        schooljaar: LAST_YEAR,
        moment: 'M5',
        date: '2026-01-20',
        niveau: 'I',
      },
    ]);
    await bumpResultsVersion(world.database.db, TEST_NOW);
    const made = await planGroepsbespreking();
    const agenda = groupAgendaOf(made.agenda);
    expect(agenda).toMatchObject({
      kind: 'groep',
      group: { id: groupId, name: 'Groep 5', schooljaar: LAST_YEAR },
      periode: { id: periode.id, closingKind: 'M' },
      meetpunt: MEETPUNT,
    });
    const expected = expectedGroupCells();
    expect(expected.length).toBe(4);
    expect(agenda.results.map((c) => `${c.jaargroep}|${c.vak}`).sort()).toEqual(
      expected.map((e) => `${e.jaargroep}|${e.vak}`).sort(),
    );
    const verdicts = new Set<string>();
    for (const e of expected) {
      const cell = agenda.results.find((c) => c.vak === e.vak);
      expect(cell?.n).toBe(e.n);
      expect(cell?.figures.length).toBe(1);
      const figure = cell?.figures[0];
      expect(figure).toMatchObject({
        ambitionId: e.ambitionId,
        kind: 'atOrAbove',
        n: e.n,
        target: e.target,
        verdict: e.verdict,
      });
      expect(figure?.value).toBeCloseTo(e.value, 12);
      expect(figure?.interval?.low).toBeCloseTo(e.interval.low, 8);
      expect(figure?.interval?.high).toBeCloseTo(e.interval.high, 8);
      verdicts.add(e.verdict);
    }
    expect(verdicts.size).toBeGreaterThan(0);
  });

  it('lists the signalled pupils as the group analysis gives them at that meetpunt, and the period’s groepsplannen', async () => {
    const plan = ok(
      await api.call<{ id: string }>('ib', 'POST', `/groups/${groupId}/plans`, {
        periodeId: periode.id,
        vak: 'spelling',
        vorm: 'groepsplan',
      }),
      201,
    );
    const made = await planGroepsbespreking();
    const agenda = groupAgendaOf(made.agenda);
    const analysis = ok(
      await api.call<GroupAnalysisResponse>(
        'ib',
        'GET',
        `/groups/${groupId}/analysis?meetpunt=${encodeURIComponent(MEETPUNT)}`,
      ),
    );
    const signalled = analysis.pupils.filter((p) => p.signals.length > 0);
    expect(signalled.length).toBeGreaterThan(0);
    expect(agenda.signalled.map((s) => s.pupil.id).sort()).toEqual(signalled.map((p) => p.id).sort());
    for (const s of agenda.signalled)
      expect(s.signals).toEqual(signalled.find((p) => p.id === s.pupil.id)?.signals);
    expect(agenda.plans).toEqual([
      expect.objectContaining({
        id: plan.id,
        vak: 'spelling',
        vorm: 'groepsplan',
        status: 'concept',
        evaluation: null,
      }),
    ]);
  });

  it('shows pupils with an OPP and whether their leerrendement since the baseline keeps to the LRV', async () => {
    const analysis = ok(
      await api.call<GroupAnalysisResponse>(
        'ib',
        'GET',
        `/groups/${groupId}/analysis?meetpunt=${encodeURIComponent(MEETPUNT)}`,
      ),
    );
    const measured = analysis.pupils.filter((p) => {
      const current = p.vakken['rekenen-wiskunde']?.current;
      return current?.dl != null && current.dle != null;
    });
    const [under, onTrack] = measured;
    if (!under || !onTrack) throw new Error('need two pupils with a DL and DLE for rekenen');
    // Ten months of education since the baseline and five months of DLE gained: 50 % by hand.
    const baselineOf = (p: typeof under) => {
      const current = p.vakken['rekenen-wiskunde']?.current;
      return { dl: (current?.dl ?? 0) - 10, dle: (current?.dle ?? 0) - 5 };
    };
    const iso = TEST_NOW.toISOString();
    const ib = world.demo.account('ib@leerwinst.example').id;
    const oppFor = (pupilId: string, baseline: { dl: number; dle: number }, lrv: number) => ({
      id: newId(TEST_NOW.getTime()),
      leerling_id: pupilId,
      school_id: world.demo.schoolA,
      status: 'vastgesteld' as const,
      decided_on: '2025-10-01',
      vastgesteld_on: '2025-11-01',
      ended_on: null,
      content: JSON.stringify({
        uitstroomprofiel: 'vmbo-kb',
        vakken: [{ vak: 'rekenen-wiskunde', baseline, lrv }],
      }),
      version: 1,
      created_by: ib,
      created_at: iso,
      updated_by: ib,
      updated_at: iso,
    });
    await world.database.db
      .insertInto('opp')
      .values([oppFor(under.id, baselineOf(under), 80), oppFor(onTrack.id, baselineOf(onTrack), 40)])
      .execute();
    const agenda = groupAgendaOf((await planGroepsbespreking()).agenda);
    const entry = (id: string) => agenda.opps.find((o) => o.pupil.id === id);
    expect(agenda.opps.length).toBe(2);
    expect(entry(under.id)).toMatchObject({
      onTrack: false,
      opp: { status: 'vastgesteld', uitstroomprofiel: 'vmbo-kb' },
      vakken: [
        { vak: 'rekenen-wiskunde', lrv: 80, leerrendementSince: 50, onTrack: false, meetpunt: MEETPUNT },
      ],
    });
    expect(entry(onTrack.id)).toMatchObject({
      onTrack: true,
      vakken: [{ lrv: 40, leerrendementSince: 50, onTrack: true }],
    });
  });

  it('fills a leerlingbespreking with the pupil analysis, the zorgniveau, observations and earlier besprekingen', async () => {
    const pupilId =
      world.demo.activePupilsOf(world.demo.group(world.demo.schoolA, 'Groep 5').id ?? '')[0] ?? '';
    ok(
      await api.call('ib', 'PUT', `/pupils/${pupilId}/zorgniveau`, {
        niveau: 3,
        reason: 'Rekenen blijft achter.',
      }),
    );
    ok(
      await api.call('leerkracht', 'POST', `/pupils/${pupilId}/observations`, {
        aspect: 'werkhouding',
        waardering: 2,
      }),
      201,
    );
    const first = ok(
      await api.create('ib', { kind: 'leerlingbespreking', leerlingId: pupilId, plannedOn: '2026-10-01' }),
      201,
    );
    const second = ok(
      await api.create('ib', { kind: 'zorgteam', leerlingId: pupilId, plannedOn: '2026-12-01' }),
      201,
    );
    const agenda = second.agenda as PupilAgenda;
    const analysis = ok(await api.call<PupilAnalysisResponse>('ib', 'GET', `/pupils/${pupilId}/analysis`));
    expect(agenda.vakken).toEqual(analysis.vakken);
    expect(agenda.signals).toEqual(analysis.signals);
    expect(agenda.zorgniveau).toMatchObject({
      niveau: 3,
      label: 'Ondersteuning met hulp van de IB',
      reason: 'Rekenen blijft achter.',
    });
    expect(agenda.observations).toEqual([expect.objectContaining({ aspect: 'werkhouding', waardering: 2 })]);
    expect(agenda.earlier.map((b) => b.id)).toEqual([first.id]);
    expect((first.agenda as PupilAgenda).earlier).toEqual([]);
    expect(agenda.group?.name).toBe('Groep 5');
    expect(second.questions).toEqual(['ontwikkeling', 'doelenKomendePeriode', 'oppAanpassen']);
  });

  it('freezes the agenda when vastgesteld: later results move a live agenda, never the frozen one', async () => {
    const frozen = await planGroepsbespreking();
    const held = ok(await api.status('ib', frozen.id, { version: 1, status: 'vastgesteld' }));
    expect(held).toMatchObject({ status: 'vastgesteld', readOnly: true, version: 2, heldOn: '2026-11-28' });
    expect(held.frozenAt).toBe(TEST_NOW.toISOString());
    expect(held.agenda).toEqual(frozen.agenda);
    expect(held.versions).toEqual([
      expect.objectContaining({ version: 2, status: 'vastgesteld', reason: 'vastgesteld' }),
    ]);

    // A later import rewrites every rekenen result of the group at that meetpunt to V.
    const inGroup = pupilsInGroupOn(world.data, groupId, periode.endDate);
    const rekenen = world.data.toets
      .filter((t) => t.vak === 'rekenen-wiskunde' && t.level_system === 'I-V')
      .map((t) => t.id ?? '');
    await world.database.db
      .updateTable('toetsresultaat')
      .set({ niveau: 'V' })
      .where('leerling_id', 'in', inGroup)
      .where('toets_id', 'in', rekenen)
      .where('schooljaar', '=', LAST_YEAR)
      .where('moment', '=', 'M5')
      .execute();
    await bumpResultsVersion(world.database.db, TEST_NOW);

    const live = groupAgendaOf((await planGroepsbespreking()).agenda);
    const rekenenOf = (agenda: GroupAgenda) =>
      agenda.results.find((c) => c.vak === 'rekenen-wiskunde')?.figures[0];
    expect(rekenenOf(live)).toMatchObject({ value: 0, verdict: 'onder-zeker' });
    const again = ok(await api.read('schoolleider', frozen.id));
    expect(again.agenda).toEqual(frozen.agenda);
    expect(rekenenOf(groupAgendaOf(again.agenda))?.value).toBeGreaterThan(0);
  });
});
