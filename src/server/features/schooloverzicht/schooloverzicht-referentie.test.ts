/**
 * Groep 8 referentieniveaus in the schooloverzicht: doorstroomtoets results (levels <1F, 1F, 2F/1S)
 * over the last three schooljaren together, beside the Inspectie's signaleringswaarden (1F 85 % for
 * every school, 2F/1S by schoolweging from the table). Expectations come from the generated
 * doorstroomtoets; results the test adds show that a year joins the pool and that the doorstroomtoets
 * never replaces the LVS result of the same vak and moment in a cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftSchooljaar } from '../../../domain/schooljaar';
import { testEngines } from '../../../testing/databases';
import { meetpuntOfResult } from '../../../testing/engine-expect';
import {
  addToets,
  cellResults,
  demoResultsOf,
  EMPTY_YEAR,
  insertResults,
  levels,
  ogwWorld,
  ok,
  verdictByHand,
  wilson90,
  type OgwWorld,
} from '../../../testing/ogw-expect';
import type { SchooloverzichtResponse } from './schooloverzicht.schema';

const YEAR = '2025-2026';
const REF_VAKKEN = ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen'];

describe.each(testEngines())('referentieniveaus in the schooloverzicht (%s)', (engine) => {
  let world: OgwWorld;
  let before: SchooloverzichtResponse;
  let after: SchooloverzichtResponse;
  let added: string[];

  const read = async (moment: 'M' | 'E') =>
    ok(
      await world.api.call<SchooloverzichtResponse>(
        'GET',
        `/schools/${world.demo.schoolA}/schooloverzicht?schooljaar=${YEAR}&moment=${moment}`,
        { cookie: world.cookies.schoolleider },
      ),
    );

  /** The generated doorstroomtoets levels of school A per vak, in the three years up to YEAR. */
  function demoLevels(vak: string): string[] {
    const refToetsen = new Set(
      world.data.toets.filter((t) => t.level_system === 'REF' && t.vak === vak).map((t) => t.id),
    );
    const first = shiftSchooljaar(YEAR, -2);
    return demoResultsOf(world.data, world.demo.schoolA)
      .filter((r) => refToetsen.has(r.toets_id) && r.schooljaar >= first && r.schooljaar <= YEAR)
      .map((r) => r.niveau ?? '');
  }

  beforeAll(async () => {
    world = await ogwWorld(engine);
    before = await read('E');
    // Twelve pupils of the otherwise empty year sit the rekenen doorstroomtoets.
    const rekenen = world.data.toets.find((t) => t.level_system === 'REF' && t.vak === 'rekenen-wiskunde');
    added = levels({ '2F/1S': 4, '1F': 6, '<1F': 2 });
    await insertResults(
      world.database.db,
      cellResults(world, {
        vak: 'rekenen-wiskunde',
        moment: 'M8',
        date: '2024-02-08',
        toetsId: rekenen?.id ?? '',
        levels: added,
      }),
    );
    after = await read('E');
  });
  afterAll(async () => world.database.dispose());

  it('pools the generated doorstroomtoets per vak for 1F and 2F/1S, with intervals and signaleringswaarden', () => {
    expect(before.referentie.map((r) => `${r.vak} ${r.indicator}`)).toEqual(
      REF_VAKKEN.flatMap((vak) => [`${vak} 1F`, `${vak} 2F/1S`]),
    );
    const weging = world.data.school.find((s) => s.id === world.demo.schoolA)?.schoolweging ?? null;
    const band = world.data.ogw.signaleringswaarde.find(
      (b) =>
        weging !== null &&
        (b.from_weging == null || weging >= b.from_weging) &&
        (b.to_weging == null || weging < b.to_weging),
    );
    expect(band).toBeDefined();
    for (const r of before.referentie) {
      const found = demoLevels(r.vak);
      const bar = r.indicator === '1F' ? ['1F', '2F/1S'] : ['2F/1S'];
      const count = found.filter((l) => bar.includes(l)).length;
      expect(r.n).toBe(found.length);
      expect(r.n).toBeGreaterThan(20);
      expect(r.share).toBeCloseTo(count / found.length, 10);
      const interval = wilson90(count, found.length);
      expect(r.interval?.low).toBeCloseTo(interval.low, 6);
      expect(r.interval?.high).toBeCloseTo(interval.high, 6);
      expect(r.signaleringswaarde).toBe(r.indicator === '1F' ? 0.85 : band?.share);
      expect(r.signaleringVerdict).toBe(
        verdictByHand(count / found.length, interval, r.signaleringswaarde ?? Number.NaN, 'atLeast'),
      );
      expect(r.ambition).toBeNull();
      expect(r.ambitionVerdict).toBeNull();
      expect(r.schooljaren).not.toContain(EMPTY_YEAR);
    }
  });

  it('takes a third year into the pool once it has results', () => {
    for (const r of after.referentie) {
      const old = before.referentie.find((b) => b.vak === r.vak && b.indicator === r.indicator);
      if (r.vak !== 'rekenen-wiskunde') {
        expect(r).toEqual(old);
        continue;
      }
      const bar = r.indicator === '1F' ? ['1F', '2F/1S'] : ['2F/1S'];
      const found = [...demoLevels(r.vak), ...added];
      expect(r.schooljaren).toEqual([EMPTY_YEAR, ...(old?.schooljaren ?? [])]);
      expect(r.n).toBe(found.length);
      expect(r.share).toBeCloseTo(found.filter((l) => bar.includes(l)).length / found.length, 10);
    }
  });

  it('keeps the doorstroomtoets out of the I–V cells of groep 8, also when it is taken after the LVS toets', async () => {
    const m8 = demoResultsOf(world.data, world.demo.schoolA).filter(
      (r) => meetpuntOfResult(r) === `${YEAR} M` && r.moment === 'M8' && r.vaardigheidsscore !== null,
    );
    const lvsDate = m8.map((r) => r.afnamedatum ?? '').sort()[0] ?? '';
    const later = world.data.toetsresultaat.find(
      (r) => r.schooljaar === YEAR && r.moment === 'M8' && r.vaardigheidsscore === null,
    );
    // The generated doorstroomtoets already comes after the LVS toets; the cells must not notice it.
    expect((later?.afnamedatum ?? '') > lvsDate).toBe(true);
    const overview = await read('M');
    for (const vak of REF_VAKKEN) {
      const cell = overview.cells.find((c) => c.vak === vak && c.jaargroep === 8);
      const lvs = m8.filter((r) => world.data.toets.find((t) => t.id === r.toets_id)?.vak === vak);
      expect(cell?.n).toBe(lvs.length);
      expect(cell?.toets).not.toMatch(/doorstroomtoets/i);
    }
  });

  it('changes no I–V cell for a second doorstroomtoets taken later in the year', async () => {
    const other = await addToets(world.database.db, {
      vak: 'spelling',
      name: 'Eindtoets taal (test)',
      version: '2025',
      scaleKey: 'test-eindtoets-taal',
      levelSystem: 'REF',
    });
    const cellBefore = (await read('M')).cells.find((c) => c.vak === 'spelling' && c.jaargroep === 8);
    await insertResults(
      world.database.db,
      cellResults(world, {
        vak: 'spelling',
        moment: 'M8',
        schooljaar: YEAR,
        date: '2026-03-20',
        toetsId: other,
        levels: levels({ '1F': 3 }),
      }),
    );
    const cellAfter = (await read('M')).cells.find((c) => c.vak === 'spelling' && c.jaargroep === 8);
    expect(cellAfter?.n).toBe(cellBefore?.n);
    expect(cellAfter?.figures.map((f) => f.value)).toEqual(cellBefore?.figures.map((f) => f.value));
  });
});
