/**
 * GET /bestuur/schooloverzicht: per school and jaargroep, for one vak at one moment, the share at III
 * or higher against the school's own ambition, and all schools together. Only the bestuur reads it;
 * its figures are the schools' own schooloverzicht figures; a cell under ten pupils keeps its size
 * only, and so does a total that would give such a cell away; no pupil is named. A bestuur account is
 * refused every pupil-level page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { testEngines } from '../../../testing/databases';
import { createOtherBestuur, insertUser, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput } from '../../../testing/http';
import {
  addSchooljaar,
  addToets,
  cellResults,
  demoCells,
  EMPTY_YEAR,
  insertResults,
  levels,
  ok,
  ogwWorld,
  verdictByHand,
  wilson90,
  type OgwWorld,
} from '../../../testing/ogw-expect';
import { rawApi, utf8 } from '../exports/export-test-support';
import type { SchooloverzichtResponse } from '../schooloverzicht/schooloverzicht.schema';
import type { BestuurGridResponse } from './bestuur-grid.schema';

const LAST_YEAR = '2025-2026';
const FIRST_YEAR = '2024-2025';

function pupilNamePattern(data: DemoData): RegExp {
  const names = new Set(data.leerling.flatMap((l) => [l.roepnaam, l.achternaam]));
  const escaped = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(${escaped.join('|')})(?![\\p{L}])`, 'u');
}

describe.each(testEngines())('bestuur grid (%s)', (engine) => {
  let world: OgwWorld;

  beforeAll(async () => {
    world = await ogwWorld(engine);
    const db = world.database.db;
    // 2023-2024 at M, groep 5 rekenen: 6 pupils at school A (4 at III or higher), 12 at school B (9);
    // spelling: 20 at school A (10) and 15 at school B (6). I is the top level, V the lowest.
    for (const schoolId of [world.demo.schoolA, world.demo.schoolB])
      await addSchooljaar(db, schoolId, EMPTY_YEAR);
    const at = (schoolId: string, vak: string, lv: readonly string[]) =>
      cellResults(world, { schoolId, vak, moment: 'M5', date: '2024-01-25', levels: lv });
    await insertResults(db, [
      ...at(world.demo.schoolA, 'rekenen-wiskunde', levels({ II: 2, III: 2, IV: 2 })),
      ...at(world.demo.schoolB, 'rekenen-wiskunde', levels({ I: 3, III: 6, V: 3 })),
      ...at(world.demo.schoolA, 'spelling', levels({ II: 10, IV: 10 })),
      ...at(world.demo.schoolB, 'spelling', levels({ III: 6, IV: 9 })),
    ]);
    // School B's three pupils at V had sat an older rekenen version two weeks before, at I: they count
    // once, with their latest sitting, as in the school's own schooloverzicht.
    const older = await addToets(db, {
      vak: 'rekenen-wiskunde',
      name: 'Rekenen (oudere versie)',
      version: '2.0',
      scaleKey: 'rekenen-oud',
    });
    await insertResults(
      db,
      cellResults(world, {
        schoolId: world.demo.schoolB,
        vak: 'rekenen-wiskunde',
        moment: 'M5',
        date: '2024-01-10',
        levels: levels({ I: 3 }),
        from: 9,
        toetsId: older,
      }),
    );
  });
  afterAll(async () => world.database.dispose());

  const grid = (who: LoginName | null, query = '') =>
    world.api.call<BestuurGridResponse>('GET', `/bestuur/schooloverzicht${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });
  const known = `?schooljaar=${EMPTY_YEAR}&moment=M`;

  it('answers 401 without a session and 403 to every role but the bestuur', async () => {
    expectError(await grid(null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'ib', 'ibOtherSchool', 'schoolleider', 'beheerder'] as const)
      expectError(await grid(who), 403, 'forbidden');
  });

  it('answers 400 naming the field for a malformed schooljaar, an unknown moment or vak', async () => {
    expectInvalidInput(await grid('bestuur', '?schooljaar=2025'), 'schooljaar');
    expectInvalidInput(await grid('bestuur', '?moment=X'), 'moment');
    const vak = expectError(await grid('bestuur', '?vak=gym'), 400, 'invalid_input');
    expect(vak.issues?.map((i) => i.field)).toEqual(['vak']);
  });

  it('gives per school and jaargroep the generated share against the school’s ambition', async () => {
    const body = ok(await grid('bestuur'));
    expect(body).toMatchObject({
      schooljaar: LAST_YEAR,
      moment: 'E',
      vak: 'rekenen-wiskunde',
      jaargroepen: [3, 4, 5, 6, 7, 8],
      minCellSize: 10,
    });
    expect(body.schooljaren).toEqual([LAST_YEAR, FIRST_YEAR]);
    const schools = [...world.data.school].sort((a, b) => a.name.localeCompare(b.name));
    expect(body.schools.map((s) => [s.id, s.name])).toEqual(schools.map((s) => [s.id, s.name]));
    let shown = 0;
    for (const school of body.schools) {
      const cells = demoCells(world.data, school.id, LAST_YEAR, 'E');
      for (const c of school.cells) {
        const e = cells.get(`${c.jaargroep}|rekenen-wiskunde`);
        if (!e) throw new Error('no expected cell');
        const ambition = world.data.ogw.ambitie.find(
          (a) =>
            a.school_id === school.id &&
            a.schooljaar === LAST_YEAR &&
            a.vak === 'rekenen-wiskunde' &&
            a.jaargroep === c.jaargroep &&
            a.moment === 'E' &&
            a.kind === 'atOrAbove',
        );
        const target = (JSON.parse(ambition?.target ?? '{}') as { minShare: number }).minShare;
        const interval = wilson90(e.atOrAbove, e.n);
        // A cell under ten pupils (a small school's jaargroep) keeps its size and ambition only.
        if (e.n < body.minCellSize) {
          expect(c).toEqual({
            jaargroep: c.jaargroep,
            n: e.n,
            value: null,
            interval: null,
            ambition: target,
            verdict: null,
            suppressed: true,
          });
          continue;
        }
        shown += 1;
        expect(c).toMatchObject({
          n: e.n,
          ambition: target,
          suppressed: false,
          verdict: verdictByHand(e.atOrAbove / e.n, interval, target, 'atLeast'),
        });
        expect(c.value).toBeCloseTo(e.atOrAbove / e.n, 12);
        expect(c.interval?.low).toBeCloseTo(interval.low, 8);
        expect(c.interval?.high).toBeCloseTo(interval.high, 8);
      }
    }
    expect(shown).toBeGreaterThanOrEqual(body.jaargroepen.length);
  });

  it('has the same figures as each school’s own schooloverzicht', async () => {
    for (const [vak, moment, schooljaar] of [
      ['rekenen-wiskunde', 'E', LAST_YEAR],
      ['begrijpend-lezen', 'M', FIRST_YEAR],
    ] as const) {
      const body = ok(await grid('bestuur', `?vak=${vak}&moment=${moment}&schooljaar=${schooljaar}`));
      for (const [schoolId, who] of [
        [world.demo.schoolA, 'ib'],
        [world.demo.schoolB, 'ibOtherSchool'],
      ] as const) {
        const own = ok(
          await world.api.call<SchooloverzichtResponse>(
            'GET',
            `/schools/${schoolId}/schooloverzicht?schooljaar=${schooljaar}&moment=${moment}`,
            {
              cookie: world.cookies[who],
            },
          ),
        );
        const row = body.schools.find((s) => s.id === schoolId);
        for (const c of row?.cells ?? []) {
          const figure = own.cells
            .find((x) => x.jaargroep === c.jaargroep && x.vak === vak)
            ?.figures.find((f) => f.kind === 'atOrAbove');
          // The school sees every cell; the bestuur a cell under ten pupils by its size only.
          expect([c.n, c.value, c.interval, c.ambition, c.verdict]).toEqual(
            c.n < body.minCellSize
              ? [figure?.n, null, null, figure?.target, null]
              : [figure?.n, figure?.value, figure?.interval, figure?.target, figure?.verdict],
          );
        }
      }
    }
  });

  it('adds all schools together per jaargroep', async () => {
    const body = ok(await grid('bestuur', '?vak=spelling&moment=E'));
    let added = 0;
    for (const t of body.total) {
      const parts = world.data.school.map((s) =>
        demoCells(world.data, s.id, LAST_YEAR, 'E').get(`${t.jaargroep}|spelling`),
      );
      const n = parts.reduce((a, c) => a + (c?.n ?? 0), 0);
      const count = parts.reduce((a, c) => a + (c?.atOrAbove ?? 0), 0);
      // A total that would give away the hidden cells (under ten pupils together) keeps its size only.
      const hidden = parts.reduce((a, c) => a + (c && c.n < body.minCellSize ? c.n : 0), 0);
      const suppressed = hidden > 0 && hidden < body.minCellSize;
      expect([t.n, t.ambition, t.verdict, t.suppressed]).toEqual([n, null, null, suppressed]);
      if (suppressed) {
        expect([t.value, t.interval]).toEqual([null, null]);
        continue;
      }
      added += 1;
      expect(t.value).toBeCloseTo(count / n, 12);
      expect(t.interval?.low).toBeCloseTo(wilson90(count, n).low, 8);
    }
    expect(added).toBeGreaterThanOrEqual(body.jaargroepen.length - 1);
  });

  it('shows a cell under ten pupils with its size only, and no total that would give it away', async () => {
    const body = ok(await grid('bestuur', known));
    const five = (schoolId: string) =>
      body.schools.find((s) => s.id === schoolId)?.cells.find((c) => c.jaargroep === 5);
    expect(five(world.demo.schoolA)).toEqual({
      jaargroep: 5,
      n: 6,
      value: null,
      interval: null,
      ambition: null,
      verdict: null,
      suppressed: true,
    });
    expect(five(world.demo.schoolB)).toMatchObject({ n: 12, value: 9 / 12, suppressed: false });
    const own = ok(
      await world.api.call<SchooloverzichtResponse>(
        'GET',
        `/schools/${world.demo.schoolB}/schooloverzicht${known}`,
        { cookie: world.cookies.ibOtherSchool },
      ),
    );
    const figure = own.cells
      .find((x) => x.jaargroep === 5 && x.vak === 'rekenen-wiskunde')
      ?.figures.find((f) => f.kind === 'atOrAbove');
    expect([figure?.n, figure?.value]).toEqual([12, 9 / 12]);
    // 18 pupils together, but total minus school B is school A's 4 of 6: the total is withheld too.
    expect(body.total.find((c) => c.jaargroep === 5)).toMatchObject({
      n: 18,
      value: null,
      interval: null,
      suppressed: true,
    });
    // Spelling: 20 and 15, both shown, and the total of 35 with 16 at III or higher.
    const spelling = ok(await grid('bestuur', `${known}&vak=spelling`));
    const total = spelling.total.find((c) => c.jaargroep === 5);
    expect(total).toMatchObject({ n: 35, suppressed: false });
    expect(total?.value).toBeCloseTo(16 / 35, 12);
    // A jaargroep without results is an empty cell, not a zero.
    expect(spelling.total.find((c) => c.jaargroep === 3)).toMatchObject({
      n: 0,
      value: null,
      suppressed: true,
    });
  });

  it('contains no pupil name and no pupil id', async () => {
    const pattern = pupilNamePattern(world.data);
    const group = await world.api.call(
      'GET',
      `/groups/${world.demo.group(world.demo.schoolA, 'Groep 5').id}`,
      { cookie: world.cookies.ib },
    );
    expect(JSON.stringify(ok(group))).toMatch(pattern);
    for (const query of ['', known, '?vak=spelling&moment=M', '?vak=technisch-lezen&schooljaar=2024-2025']) {
      const text = JSON.stringify(ok(await grid('bestuur', query)));
      expect(text).not.toMatch(pattern);
      for (const pupil of world.data.leerling) expect(text.includes(pupil.id)).toBe(false);
    }
  });

  it("shows another bestuur none of this bestuur's schools, and this bestuur none of theirs", async () => {
    const other = await createOtherBestuur(world.database.db);
    await insertUser(world.database.db, {
      name: 'Olga Overkant',
      email: 'grid.elders@leerwinst.example',
      role: 'bestuur',
      bestuurId: other.bestuurId,
    });
    const cookie = await world.api.login('grid.elders@leerwinst.example');
    const theirs = ok(
      await world.api.call<BestuurGridResponse>('GET', '/bestuur/schooloverzicht', { cookie }),
    );
    expect(theirs.schools.map((s) => s.id)).toEqual([other.schoolId]);
    // No year of this bestuur's results is offered to theirs, which has none.
    expect(theirs.schooljaren).toEqual([]);
    expect(theirs.schools[0]?.cells.every((c) => c.n === 0)).toBe(true);
    expect(theirs.total.every((c) => c.n === 0)).toBe(true);
    expect(ok(await grid('bestuur')).schools.map((s) => s.id)).not.toContain(other.schoolId);
  });

  it('refuses the bestuur every page with pupils in it, which the IB opens', async () => {
    const { schoolA } = world.demo;
    const groupId = world.demo.group(schoolA, 'Groep 5').id;
    const pupilId = world.demo.activePupilsOf(groupId)[0] ?? '';
    const paths = [
      `/groups/${groupId}`,
      `/groups/${groupId}/datamuur`,
      `/groups/${groupId}/groepsoverzicht`,
      `/groups/${groupId}/analysis`,
      `/groups/${groupId}/cycle`,
      `/groups/${groupId}/export?format=csv`,
      `/pupils/${pupilId}`,
      `/pupils/${pupilId}/analysis`,
      `/pupils/${pupilId}/oso.xml`,
      `/schools/${schoolA}/groups`,
      `/schools/${schoolA}/datamuur?jaargroep=5`,
      `/schools/${schoolA}/results/export?format=csv`,
    ];
    // Raw bytes: some of these pages are downloads, which the JSON test client cannot read.
    const raw = rawApi(world.database.db, engine);
    const get = async (path: string, cookie: string) => {
      const response = await raw(path, cookie);
      return { status: response.status, text: utf8(response.bytes) };
    };
    for (const path of paths) {
      expect({ path, status: (await get(path, world.cookies.ib)).status }).toEqual({ path, status: 200 });
      const refused = await get(path, world.cookies.bestuur);
      expect({ path, status: refused.status, body: JSON.parse(refused.text) as unknown }).toMatchObject({
        path,
        status: 403,
        body: { error: { code: 'forbidden' } },
      });
    }
  });
});
