/**
 * The demo's leerlingzorg, loaded and read through the API as the IB and the teacher see it on first
 * start: the jaarplanning of groepsbesprekingen, leerling- and zorgteambesprekingen with their
 * decisions, afspraken on the teacher's home page, and two OPPs. Whether an OPP is on track is worked
 * out here from the generated results with the domain's own rules (DL from the start of groep 3, DLE
 * from the demo's DLE table, leerrendement since the baseline), not with the server's code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { didactischeLeeftijd, dleLookup } from '../domain/dl';
import { compareMeetpunten, meetpuntOf } from '../domain/moments';
import { leerrendementSince } from '../domain/opp';
import { testEngines } from '../testing/databases';
import { LOGIN, TEST_NOW } from '../testing/fixtures';
import { demoWorld, ok, type DemoWorld } from '../testing/world';
import type { Afspraak } from '../server/features/afspraken/afspraken.schema';
import type { PupilAnalysisResponse } from '../server/features/analysis/analysis.schema';
import type {
  BesprekingDetail,
  PupilsToDiscussResponse,
} from '../server/features/besprekingen/besprekingen.schema';
import type { OppResponse } from '../server/features/opp/opp-response.schema';
import { OppContentSchema, type OppContent } from '../server/features/opp/opp.schema';
import type { PupilZorgResponse } from '../server/features/zorg/zorg.schema';
import type { LoginName } from '../testing/fixtures';
import { generateDemo } from './generator';

const TODAY = TEST_NOW.toISOString().slice(0, 10);

interface List {
  schooljaar: string;
  besprekingen: {
    id: string;
    kind: string;
    status: string;
    plannedOn: string;
    group: { id: string } | null;
    periode: { id: string } | null;
  }[];
  periods: { id: string }[];
}

describe.each(testEngines())('the demo’s leerlingzorg (%s)', (engine) => {
  let world: DemoWorld;

  beforeAll(async () => {
    world = await demoWorld(engine);
  });
  afterAll(async () => world.database.dispose());

  const get = <T>(who: LoginName, path: string) =>
    world.api.call<T>('GET', path, { cookie: world.cookies[who] });
  const zorg = () => world.data.zorg;
  const lastYear = () => world.data.summary.schooljaren.at(-2) ?? '';

  /** Per vak with an LRV: the leerrendement since the baseline at the latest result, by hand. */
  function figuresByHand(oppId: string) {
    const opp = zorg().opp.find((o) => o.id === oppId);
    const pupil = world.demo.pupil(opp?.leerling_id ?? '');
    const content = OppContentSchema.parse(JSON.parse(opp?.content ?? '{}'));
    const table = (toetsId: string) =>
      dleLookup(
        world.data.dle_point
          .filter((p) => p.toets_id === toetsId)
          .map((p) => ({ minScore: p.min_score, dle: p.dle })),
      );
    return content.vakken.flatMap((v) => {
      const b = v.baseline;
      if (!b || v.lrv === null) return [];
      const ofVak = new Set(world.data.toets.filter((t) => t.vak === v.vak).map((t) => t.id));
      const results = world.demo
        .resultsOf(pupil.id)
        .filter((r) => ofVak.has(r.toets_id))
        .map((r) => ({ ...r, afnamedatum: r.afnamedatum ?? null, score: r.vaardigheidsscore ?? null }));
      const base = results.find(
        (r) => r.toets_id === b.toetsId && r.schooljaar === b.schooljaar && r.moment === b.moment,
      );
      const dl = (r: { afnamedatum: string | null }) =>
        didactischeLeeftijd(pupil.groep3_start ?? '', r.afnamedatum ?? '');
      const dle = (r: { toets_id: string; score: number | null }) => table(r.toets_id)(r.score);
      const from = meetpuntOf({ schooljaar: b.schooljaar, moment: b.moment, afnamedatum: null });
      const latest = results
        .filter((r) => compareMeetpunten(meetpuntOf(r), from) > 0)
        .filter((r) => dl(r) !== null && dle(r) !== null)
        .sort((x, y) => (x.afnamedatum ?? '').localeCompare(y.afnamedatum ?? ''))
        .at(-1);
      if (!base || !latest) throw new Error(`no baseline or later result for ${v.vak}`);
      const since = leerrendementSince({ dl: b.dl, dle: b.dle }, { dl: dl(latest), dle: dle(latest) });
      return [
        {
          vak: v.vak,
          lrv: v.lrv,
          since,
          onTrack: since !== null && since >= v.lrv,
          base: { dl: dl(base), dle: dle(base), score: base.score },
          baseline: b,
        },
      ];
    });
  }

  it('holds the jaarplanning: a groepsbespreking per stamgroep and period, held ones answered, coming ones planned', async () => {
    const now = ok(await get<List>('ib', `/schools/${world.demo.schoolA}/besprekingen`));
    const groups = world.demo.groupsOf(world.demo.schoolA);
    const groeps = now.besprekingen.filter((b) => b.kind === 'groepsbespreking');
    expect(now.periods.length).toBe(2);
    for (const g of groups)
      expect(
        groeps
          .filter((b) => b.group?.id === g.id)
          .map((b) => b.periode?.id)
          .sort(),
      ).toEqual(now.periods.map((p) => p.id).sort());
    for (const b of groeps) expect(b.status).toBe(b.plannedOn < TODAY ? 'gehouden' : 'gepland');
    expect(now.besprekingen.some((b) => b.kind === 'zorgteam')).toBe(true);

    const before = ok(
      await get<List>('ib', `/schools/${world.demo.schoolA}/besprekingen?schooljaar=${lastYear()}`),
    );
    const held = before.besprekingen.filter((b) => b.kind === 'groepsbespreking' && b.status === 'gehouden');
    expect(held.length).toBe(2 * world.demo.groupsOf(world.demo.schoolA, lastYear()).length);
    const group5 = world.demo.group(world.demo.schoolA, 'Groep 5', lastYear()).id;
    const one = held.find((b) => b.group?.id === group5);
    const detail = ok(await get<BesprekingDetail>('ib', `/besprekingen/${one?.id ?? ''}`));
    expect(Object.values(detail.answers).every((a) => a.trim().length > 20)).toBe(true);
    expect(detail).toMatchObject({ readOnly: false, frozenAt: null, agenda: { kind: 'groep' } });
    expect(detail.agenda.kind === 'groep' && detail.agenda.results.length).toBe(4);
    const other = ok(await get<List>('ibOtherSchool', `/schools/${world.demo.schoolB}/besprekingen`));
    expect(other.besprekingen.filter((b) => b.kind === 'groepsbespreking').length).toBe(
      2 * world.demo.groupsOf(world.demo.schoolB).length,
    );
  });

  it('has leerling- and zorgteambesprekingen with decisions, raised pupils, and a zorgteam with an expert and consent', async () => {
    const aboutPupils = zorg().bespreking.filter((b) => b.school_id === world.demo.schoolA && b.leerling_id);
    const details = await Promise.all(
      aboutPupils.map(async (b) => ok(await get<BesprekingDetail>('ib', `/besprekingen/${b.id}`))),
    );
    const held = details.filter((d) => d.status === 'gehouden');
    expect(held.length).toBeGreaterThanOrEqual(3);
    for (const d of held) {
      expect(d.decision?.code).toBeTruthy();
      expect(Object.values(d.answers).every((a) => a.trim().length > 20)).toBe(true);
    }
    const withExpert = held.filter(
      (d) => d.kind === 'zorgteam' && d.deelnemers.some((p) => p.kind === 'extern'),
    );
    expect(withExpert.map((d) => d.consentWarning)).toEqual(withExpert.map(() => null));
    const orthopedagoog = withExpert.find((d) => d.deelnemers.some((p) => p.role === 'orthopedagoog'));
    expect(orthopedagoog?.deelnemers.find((p) => p.kind === 'extern')).toMatchObject({
      organisation: 'Samenwerkingsverband De Brug',
    });
    const page = ok(await get<PupilZorgResponse>('ib', `/pupils/${orthopedagoog?.pupil?.id ?? ''}/zorg`));
    expect(page.toestemmingen.some((t) => t.scope === 'extern_deskundige' && t.valid)).toBe(true);
    expect(page.zorgniveau.history.length).toBeGreaterThanOrEqual(2);
    expect(page.verzorgers.some((v) => v.gezag)).toBe(true);

    const raised = zorg().bespreking_leerling[0];
    const raising = ok(await get<BesprekingDetail>('ib', `/besprekingen/${raised?.bespreking_id ?? ''}`));
    expect(raising.raisedPupils.map((r) => r.pupil.id)).toContain(raised?.leerling_id);
    const toDiscuss = ok(
      await get<PupilsToDiscussResponse>('ib', `/schools/${world.demo.schoolA}/pupils-to-discuss`),
    );
    expect(toDiscuss.pupils.some((p) => p.reasons.some((r) => r.code === 'raised'))).toBe(true);
  });

  it('shows the teacher open afspraken on the home page, one of them past its deadline', async () => {
    const teacher = world.demo.account(LOGIN.leerkracht);
    const home = ok(await get<{ afspraken: Afspraak[] }>('leerkracht', '/me/afspraken')).afspraken;
    expect(home.length).toBeGreaterThan(0);
    expect(home.every((a) => a.owner.id === teacher.id && a.status === 'open')).toBe(true);
    expect(home.some((a) => a.overdue)).toBe(true);
    expect(ok(await get<{ afspraken: Afspraak[] }>('ib', '/me/afspraken')).afspraken.length).toBeGreaterThan(
      0,
    );
    const all = ok(
      await get<{ afspraken: Afspraak[] }>('ib', `/schools/${world.demo.schoolA}/afspraken`),
    ).afspraken;
    expect(new Set(all.map((a) => a.status))).toEqual(new Set(['open', 'gedaan']));
  });

  it('has two vastgesteld OPPs in school A: one on track and one under its LRV, as the results say', async () => {
    const opps = zorg().opp;
    expect(opps.map((o) => [o.school_id, o.status])).toEqual([
      [world.demo.schoolA, 'vastgesteld'],
      [world.demo.schoolA, 'vastgesteld'],
    ]);
    const verdicts: boolean[] = [];
    for (const opp of opps) {
      const byHand = figuresByHand(opp.id);
      for (const f of byHand)
        expect({ dl: f.baseline.dl, dle: f.baseline.dle, score: f.baseline.score }).toEqual(f.base);
      const view = ok(await get<OppResponse>('ib', `/opp/${opp.id}`));
      expect(view).toMatchObject({ status: 'vastgesteld', version: 3, vastgesteldOn: opp.vastgesteld_on });
      expect(
        view.perVak.filter((v) => v.lrv !== null).map((v) => [v.vak, v.leerrendementSince, v.onTrack]),
      ).toEqual(byHand.map((f) => [f.vak, f.since, f.onTrack]));
      expect(
        [...view.versions].sort((x, y) => x.version - y.version).map((v) => [v.version, v.status, v.event]),
      ).toEqual([
        [1, 'concept', 'aangemaakt'],
        [2, 'concept', 'gewijzigd'],
        [3, 'vastgesteld', 'vastgesteld'],
      ]);
      const agreed = view.overleggen.find((o) => o.outcome === 'instemming');
      const agreedOn = zorg().opp_versie.find((v) => v.opp_id === opp.id && v.version === agreed?.oppVersion);
      expect(agreedOn?.content).toBe(opp.content);
      expect(view.content.uitstroomprofiel).not.toBeNull();
      const stored = await world.database.db
        .selectFrom('leerling')
        .select('opp_since')
        .where('id', '=', opp.leerling_id)
        .executeTakeFirst();
      expect(stored?.opp_since).toBe(opp.vastgesteld_on);
      verdicts.push(byHand.every((f) => f.onTrack));
    }
    expect(verdicts.sort()).toEqual([false, true]);
  });

  it('signals the pupil under the OPP’s expectation and lists them to discuss, not the one on track', async () => {
    const [first, second] = zorg().opp;
    const under = figuresByHand(first?.id ?? '').every((f) => f.onTrack) ? second : first;
    const onTrack = under === first ? second : first;
    const underVakken = figuresByHand(under?.id ?? '')
      .filter((f) => !f.onTrack)
      .map((f) => f.vak);
    const signals = async (pupilId: string) =>
      ok(await get<PupilAnalysisResponse>('ib', `/pupils/${pupilId}/analysis`)).signals.filter(
        (s) => s.rule === 'onder_lrv',
      );
    expect((await signals(under?.leerling_id ?? '')).map((s) => s.vak)).toEqual(underVakken);
    expect(await signals(onTrack?.leerling_id ?? '')).toEqual([]);
    const list = ok(
      await get<PupilsToDiscussResponse>('ib', `/schools/${world.demo.schoolA}/pupils-to-discuss`),
    );
    const reasons = (id: string | undefined) =>
      list.pupils.find((p) => p.pupil.id === id)?.reasons.map((r) => r.code) ?? [];
    expect(reasons(under?.leerling_id)).toContain('under_opp');
    expect(reasons(onTrack?.leerling_id)).not.toContain('under_opp');
  });

  it('stores every OPP content in the shape the OPP feature reads', () => {
    const contents = [...zorg().opp.map((o) => o.content), ...zorg().opp_versie.map((v) => v.content)];
    expect(contents.length).toBe(8);
    for (const text of contents) {
      const parsed = OppContentSchema.safeParse(JSON.parse(text));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
  });
});

describe('the demo’s leerlingzorg, generated', () => {
  it('is the same for the same seed and day, and only adds to the demo', () => {
    const options = { seed: 7, schools: 2, years: 2, now: TEST_NOW };
    const a = generateDemo(options);
    expect(JSON.stringify(generateDemo(options).zorg)).toBe(JSON.stringify(a.zorg));
    const ids = new Set([...a.leerling, ...a.groep, ...a.toetsresultaat].map((r) => r.id));
    const made = Object.values(a.zorg).flatMap((rows: { id?: string }[]) =>
      rows.flatMap((r) => (r.id ? [r.id] : [])),
    );
    expect(made.filter((id) => ids.has(id))).toEqual([]);
    expect(new Set(made).size).toBe(made.length);
    const content: OppContent[] = a.zorg.opp.map((o) => OppContentSchema.parse(JSON.parse(o.content)));
    expect(content.length).toBe(2);
  });
});
