/**
 * The groepsoverzicht across periods and gaps: what the teacher wrote in the previous period comes
 * along marked "uit …", until it is confirmed (saved as this period's row) or changed; an observation
 * made before the period began is marked; each vak is at its own latest meetpunt; a pupil who missed
 * a test is shown with the latest earlier result, never with it in the meetpunt's place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { TEST_NOW } from '../../../testing/fixtures';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { newId } from '../../db/ids';
import { bumpResultsVersion } from '../../results-version';
import type { GroepsoverzichtResponse, SavedRow } from './groepsoverzicht.schema';

const texts = (prefix: string) => ({
  stimulerend: `${prefix}: werkt graag samen`,
  belemmerend: `${prefix}: snel afgeleid`,
  behoeftePedagogisch: `${prefix}: heeft nodig dat de start rustig is`,
  behoefteDidactisch: `${prefix}: heeft nodig dat het concreet begint`,
});

describe.each(testEngines())('groepsoverzicht carry-over and gaps (%s)', (engine) => {
  let world: DemoWorld;
  let groupId: string;

  beforeAll(async () => {
    world = await demoWorld(engine);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
  });
  afterAll(async () => world.database.dispose());

  const overview = async (periode?: string, id = groupId, who: 'leerkracht' | 'ib' = 'leerkracht') =>
    ok(
      await world.api.call<GroepsoverzichtResponse>(
        'GET',
        `/groups/${id}/groepsoverzicht${periode ? `?periode=${periode}` : ''}`,
        { cookie: world.cookies[who] },
      ),
    );
  const save = (pupilId: string, body: object, id = groupId, who: 'leerkracht' | 'ib' = 'leerkracht') =>
    world.api.call<SavedRow>('PUT', `/groups/${id}/groepsoverzicht/${pupilId}`, {
      cookie: world.cookies[who],
      body,
    });
  const pupilIn = (o: GroepsoverzichtResponse, id: string) => {
    const found = o.pupils.find((p) => p.id === id);
    if (!found) throw new Error(`no row for ${id}`);
    return found;
  };

  it('carries the previous period’s factors and needs into the next, marked, until confirmed', async () => {
    const first = await overview();
    const [p1, p2] = first.periods;
    if (!p1 || !p2) throw new Error('need two periods');
    const pupil = world.demo.activePupilsOf(groupId)[0] ?? '';
    await world.database.db
      .deleteFrom('groepsoverzicht_rij')
      .where('leerling_id', '=', pupil)
      .where('periode_id', '=', p2.id)
      .execute();
    const written = texts('Periode 1');
    world.at(10);
    const version = pupilIn(await overview(p1.id), pupil).row.version;
    ok(await save(pupil, { periodeId: p1.id, version, ...written }));
    const next = pupilIn(await overview(p2.id), pupil);
    expect(next.carriedFrom).toEqual({ periodeId: p1.id, name: p1.name, schooljaar: first.group.schooljaar });
    expect(next.row).toMatchObject({ ...written, version: 0 });
    // Confirming is one save of the same texts at version 0: the row becomes this period's own.
    world.at(20);
    const confirmed = ok(await save(pupil, { periodeId: p2.id, version: 0, ...written }));
    expect(confirmed).toMatchObject({ ...written, version: 1 });
    const after = pupilIn(await overview(p2.id), pupil);
    expect([after.carriedFrom, after.row.version]).toEqual([null, 1]);
    // The first period keeps its own row, untouched.
    expect(pupilIn(await overview(p1.id), pupil).row).toMatchObject(written);
  });

  it('carries last year’s last period into the first period of the new year, in the pupil’s new group', async () => {
    const now = await overview();
    const pupil = world.demo.activePupilsOf(groupId)[1] ?? '';
    const lastYear = world.data.summary.schooljaren.at(-2) ?? '';
    const placement = world.data.plaatsing.find(
      (p) =>
        p.leerling_id === pupil &&
        world.data.groep.find(
          (g) =>
            g.id === p.groep_id &&
            world.data.schooljaar.some((s) => s.id === g.schooljaar_id && s.name === lastYear),
        ),
    );
    const before = placement?.groep_id ?? '';
    expect(before).not.toBe('');
    const old = await overview(undefined, before, 'ib');
    const lastPeriod = old.periods.at(-1);
    const firstThisYear = now.periods[0];
    if (!lastPeriod || !firstThisYear) throw new Error('no periods');
    // Nothing of its own yet in this year's first period (the demo may have written one).
    await world.database.db
      .deleteFrom('groepsoverzicht_rij')
      .where('leerling_id', '=', pupil)
      .where('periode_id', '=', firstThisYear.id)
      .execute();
    const written = texts('Vorig jaar');
    const version = pupilIn(await overview(lastPeriod.id, before, 'ib'), pupil).row.version;
    ok(await save(pupil, { periodeId: lastPeriod.id, version, ...written }, before, 'ib'));
    const carried = pupilIn(await overview(firstThisYear.id), pupil);
    expect(carried.carriedFrom).toEqual({
      periodeId: lastPeriod.id,
      name: lastPeriod.name,
      schooljaar: lastYear,
    });
    expect(carried.row).toMatchObject({ ...written, version: 0 });
  });

  it('marks an observation made before the period began, not one made in it', async () => {
    const o = await overview();
    const [p1, p2] = o.periods;
    if (!p1 || !p2) throw new Error('need two periods');
    const pupil = world.demo.activePupilsOf(groupId)[2] ?? '';
    world.at(30);
    const made = await world.api.call('POST', `/pupils/${pupil}/observations`, {
      cookie: world.cookies.leerkracht,
      body: { aspect: 'werkhouding', waardering: 2, toelichting: 'Begint laat aan zijn werk.' },
    });
    expect(made.status).toBe(201);
    const today = TEST_NOW.toISOString().slice(0, 10);
    expect(today >= p1.startDate && today <= p1.endDate).toBe(true);
    const seen = (g: GroepsoverzichtResponse) =>
      pupilIn(g, pupil).observations.find((x) => x.aspect === 'werkhouding');
    expect(seen(await overview(p1.id))).toMatchObject({ date: today, earlier: false, waardering: 2 });
    expect(seen(await overview(p2.id))).toMatchObject({ date: today, earlier: true });
  });

  it('puts each vak at its own latest meetpunt: after rekenen alone is tested, the others keep theirs', async () => {
    const before = await overview();
    const earlier = before.meetpunt ?? '';
    const pupils = world.demo.activePupilsOf(groupId);
    const toets = world.data.toets.find((t) => t.vak === 'rekenen-wiskunde' && t.level_system === 'I-V');
    const schooljaar = before.group.schooljaar;
    const date = `${schooljaar.slice(5)}-01-20`;
    await world.database.db
      .insertInto('toetsresultaat')
      .values(
        pupils.map((leerling_id) => ({
          id: newId(),
          leerling_id,
          toets_id: toets?.id ?? '',
          schooljaar,
          moment: 'M5',
          afnamedatum: date,
          ruwe_score: null,
          vaardigheidsscore: 60,
          niveau: 'III',
          functioneringsniveau: null,
          dle: null,
          import_id: null,
          created_at: TEST_NOW.toISOString(),
          updated_at: TEST_NOW.toISOString(),
        })),
      )
      .execute();
    await bumpResultsVersion(world.database.db, TEST_NOW);
    const after = await overview(before.periods[0]?.id);
    const rekenenNow = `${schooljaar} M`;
    expect(after.meetpunt).toBe(rekenenNow);
    expect(after.vakMeetpunten).toEqual(
      Object.fromEntries(after.vakken.map((v) => [v, v === 'rekenen-wiskunde' ? rekenenNow : earlier])),
    );
    // The others were at an earlier meetpunt with results of their own, not at none.
    expect(earlier).toMatch(/^\d{4}-\d{4} [BME]$/);
    expect(earlier).not.toBe(rekenenNow);
    const tested = after.pupils.filter((p) => pupils.includes(p.id));
    for (const vak of after.vakken.filter((v) => v !== 'rekenen-wiskunde')) {
      const shown = tested.filter(
        (p) => p.vakken[vak]?.level && /^[BME]\d$/.test(p.vakken[vak]?.moment ?? ''),
      );
      expect(shown.length).toBeGreaterThan(tested.length / 2);
    }
    for (const p of after.pupils.filter((x) => pupils.includes(x.id))) {
      expect(p.vakken['rekenen-wiskunde']).toMatchObject({ level: 'III', moment: 'M5', score: 60 });
      // The other vakken are as they were: their latest results, not "geen toetsgegevens".
      for (const vak of after.vakken.filter((v) => v !== 'rekenen-wiskunde'))
        expect(p.vakken[vak]).toEqual(pupilIn(before, p.id).vakken[vak]);
    }
  });

  it('shows a pupil who missed the latest test with the earlier result as such, and leaves them out of the clusters', async () => {
    const o = await overview();
    const vak = 'spelling';
    const meetpunt = o.vakMeetpunten[vak] ?? '';
    const pupil = o.pupils.find((p) => p.vakken[vak]?.level && p.vakken[vak]?.moment);
    if (!pupil) throw new Error('no pupil with a spelling result');
    const was = pupil.vakken[vak];
    const [schooljaar, kind] = meetpunt.split(' ');
    await world.database.db
      .deleteFrom('toetsresultaat')
      .where('leerling_id', '=', pupil.id)
      .where('schooljaar', '=', schooljaar ?? '')
      .where('moment', 'like', `${kind ?? ''}%`)
      .where(
        'toets_id',
        'in',
        world.data.toets.filter((t) => t.vak === vak).map((t) => t.id ?? ''),
      )
      .execute();
    await bumpResultsVersion(world.database.db, TEST_NOW);
    const after = await overview();
    const now = pupilIn(after, pupil.id).vakken[vak];
    expect(now).toMatchObject({ level: null, score: null, instructie: null });
    expect(now?.last).toEqual({
      level: was?.previousLevel,
      moment: expect.any(String),
      schooljaar: expect.any(String),
    });
    expect(now?.last?.moment).not.toBe(was?.moment);
    expect(after.clusters[vak]?.[pupil.id]).toBeUndefined();
  });
});
