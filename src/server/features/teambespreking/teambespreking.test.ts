/**
 * The teambespreking: GET/POST /schools/{id}/teambesprekingen, GET/PUT /teambesprekingen/{id}. The
 * school's IB and schoolleider read and write it; a leerkracht has no access, nor has the bestuur, which
 * reads figures but not the team's talk (403: it holds a role at the school, so the school is no secret
 * to it); another school's staff find no such school or bespreking. Saving carries the version, so
 * a stale save is refused with the other person's text; the schooloverzicht is kept as it stood, so
 * later results change the live overview but not the snapshot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { newId } from '../../db/ids';
import { countRows, LOGIN, TEST_NOW, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import {
  addSchooljaar,
  cellResults,
  EMPTY_YEAR,
  insertResults,
  levels,
  ok,
  ogwWorld,
  wilson90,
  type OgwWorld,
} from '../../../testing/ogw-expect';
import type { SchooloverzichtResponse } from '../schooloverzicht/schooloverzicht.schema';
import type { TeambesprekingResponse } from './teambespreking.schema';

const LAST_YEAR = '2025-2026';
const WRITES = ['teambespreking', 'audit_log'] as const;
const ANSWERS = {
  behaald: 'Rekenen groep 5 niet: te weinig automatiseren.',
  maatregelen: 'Dagelijks 10 minuten.',
  ambities: 'Blijven.',
};

describe.each(testEngines())('teambespreking (%s)', (engine) => {
  let world: OgwWorld;
  let made: TeambesprekingResponse;

  beforeAll(async () => {
    world = await ogwWorld(engine);
    made = ok(await create({ schooljaar: LAST_YEAR, moment: 'E', heldOn: '2026-06-25' }), 201);
  });
  afterAll(async () => world.database.dispose());

  const cookie = (who: LoginName | null) => (who ? world.cookies[who] : undefined);
  const create = (body: object, who: LoginName | null = 'ib', schoolId = world.demo.schoolA) =>
    world.api.call<TeambesprekingResponse>('POST', `/schools/${schoolId}/teambesprekingen`, {
      cookie: cookie(who),
      body,
    });
  const list = (who: LoginName | null, schoolId = world.demo.schoolA) =>
    world.api.call<{ items: { id: string; heldOn: string }[] }>(
      'GET',
      `/schools/${schoolId}/teambesprekingen`,
      { cookie: cookie(who) },
    );
  const read = (who: LoginName | null, id = made.id) =>
    world.api.call<TeambesprekingResponse>('GET', `/teambesprekingen/${id}`, { cookie: cookie(who) });
  const save = (who: LoginName | null, body: object, id = made.id) =>
    world.api.call<TeambesprekingResponse>('PUT', `/teambesprekingen/${id}`, { cookie: cookie(who), body });
  const overview = async (query: string) =>
    ok(
      await world.api.call<SchooloverzichtResponse>(
        'GET',
        `/schools/${world.demo.schoolA}/schooloverzicht${query}`,
        {
          cookie: world.cookies.ib,
        },
      ),
    );
  const nameOf = (who: LoginName) => world.demo.account(LOGIN[who]).name;
  const counts = () => countRows(world.database.db, WRITES);
  const valid = { schooljaar: LAST_YEAR, moment: 'M', heldOn: '2026-02-12' };

  it('lets only the school’s IB and schoolleider read: 401, 403 for leerkracht, beheerder and the bestuur, 404 for another school', async () => {
    expectError(await list(null), 401, 'unauthenticated');
    expectError(await read(null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'beheerder', 'bestuur'] as const) {
      expectError(await list(who), 403, 'forbidden');
      expectError(await read(who), 403, 'forbidden');
    }
    for (const who of ['ibOtherSchool'] as const) {
      expectSameNotFound(await list(who), await list(who, unknownId()));
      expectSameNotFound(await read(who), await read(who, unknownId()));
    }
    for (const who of ['ib', 'schoolleider'] as const) {
      expect(ok(await list(who)).items.map((i) => i.id)).toContain(made.id);
      expect(ok(await read(who)).id).toBe(made.id);
    }
  });

  it('refuses to start or save one without the right, and writes nothing', async () => {
    const before = await counts();
    expectError(await create(valid, null), 401, 'unauthenticated');
    expectError(await save(null, { version: 1, answers: ANSWERS }), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'bestuur', 'beheerder'] as const) {
      expectError(await create(valid, who), 403, 'forbidden');
      expectError(await save(who, { version: 1, answers: ANSWERS }), 403, 'forbidden');
    }
    expectSameNotFound(
      await create(valid, 'ibOtherSchool'),
      await create(valid, 'ibOtherSchool', unknownId()),
    );
    expectSameNotFound(
      await save('ibOtherSchool', { version: 1, answers: ANSWERS }),
      await save('ibOtherSchool', { version: 1, answers: ANSWERS }, unknownId()),
    );
    expect(await counts()).toEqual(before);
    expect(ok(await read('ib')).version).toBe(1);
  });

  it('answers 400 naming the field for a bad moment, schooljaar or date, and for bad answers', async () => {
    const before = await counts();
    expectInvalidInput(await create({ ...valid, moment: 'X' }), 'moment');
    expectInvalidInput(await create({ ...valid, schooljaar: '2025' }), 'schooljaar');
    expectInvalidInput(await create({ ...valid, heldOn: '12-02-2026' }), 'heldOn');
    expectInvalidInput(await create({ schooljaar: LAST_YEAR, moment: 'M' }), 'heldOn');
    const unknown = expectError(await create({ ...valid, schooljaar: '2019-2020' }), 400, 'invalid_input');
    expect(unknown.issues?.map((i) => i.field)).toEqual(['schooljaar']);
    expectInvalidInput(await save('ib', { answers: ANSWERS }), 'version');
    expectInvalidInput(await save('ib', { version: 0, answers: ANSWERS }), 'version');
    expectInvalidInput(
      await save('ib', { version: 1, answers: { ...ANSWERS, maatregelen: 'x'.repeat(10_001) } }),
      'answers.maatregelen',
    );
    expectInvalidInput(
      await save('ib', { version: 1, answers: { behaald: 'ja', maatregelen: '' } }),
      'answers.ambities',
    );
    expect(await counts()).toEqual(before);
  });

  it('starts with empty answers and the schooloverzicht of that moment, and lists newest first', async () => {
    const live = await overview(`?schooljaar=${LAST_YEAR}&moment=E`);
    const { abilities: _a, groups: _g, ...snapshot } = live;
    expect(made).toMatchObject({
      schoolId: world.demo.schoolA,
      schooljaar: LAST_YEAR,
      moment: 'E',
      heldOn: '2026-06-25',
      version: 1,
      answers: { behaald: '', maatregelen: '', ambities: '' },
      updatedBy: nameOf('ib'),
      snapshotAt: world.at(0),
    });
    expect(made.snapshot).toEqual(snapshot);
    expect(made.snapshot.cells.length).toBe(24);
    const later = ok(await create({ ...valid, heldOn: '2026-07-01' }, 'schoolleider'), 201);
    expect(later.updatedBy).toBe(nameOf('schoolleider'));
    const items = ok(await list('ib')).items;
    expect(items.map((i) => i.heldOn)).toEqual([...items.map((i) => i.heldOn)].sort().reverse());
    expect(items[0]?.id).toBe(later.id);
    const audit = await world.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'teambespreking.create')
      .execute();
    expect(audit.map((a) => a.entity_id).sort()).toEqual([made.id, later.id].sort());
  });

  it('saves the answers with the version, and refuses a stale save with the other person’s text', async () => {
    const mine = { behaald: 'Schoolleider: spelling wel.', maatregelen: '', ambities: '' };
    const started = ok(await create({ ...valid, heldOn: '2026-02-20' }), 201);
    const saved = ok(await save('ib', { version: 1, answers: ANSWERS }, started.id));
    expect(saved).toMatchObject({ version: 2, answers: ANSWERS, updatedBy: nameOf('ib') });
    const before = await counts();
    // The schoolleider opened version 1 too, and saves after the IB.
    const stale = save('schoolleider', { version: 1, answers: mine }, started.id);
    const error = expectError(await stale, 409, 'conflict');
    expect(error.message).toContain(nameOf('ib'));
    expect(error.current).toMatchObject({
      id: started.id,
      version: 2,
      answers: ANSWERS,
      updatedBy: nameOf('ib'),
    });
    expect(await counts()).toEqual(before);
    expect(ok(await read('schoolleider', started.id))).toMatchObject({ version: 2, answers: ANSWERS });
    // Merged onto the current version, the save goes through.
    const merged = ok(
      await save(
        'schoolleider',
        { version: 2, answers: { ...ANSWERS, behaald: `${ANSWERS.behaald} ${mine.behaald}` } },
        started.id,
      ),
    );
    expect(merged).toMatchObject({ version: 3, updatedBy: nameOf('schoolleider') });
    expect(merged.snapshot).toEqual(started.snapshot);
  });

  it('keeps the figures of the day when more results come in later', async () => {
    await addSchooljaar(world.database.db, world.demo.schoolA, EMPTY_YEAR);
    const first = cellResults(world, {
      vak: 'rekenen-wiskunde',
      moment: 'M5',
      date: '2024-01-25',
      levels: levels({ II: 3, III: 3, IV: 6 }),
    });
    await insertResults(world.database.db, first);
    const query = `?schooljaar=${EMPTY_YEAR}&moment=M`;
    const started = ok(await create({ schooljaar: EMPTY_YEAR, moment: 'M', heldOn: '2024-02-15' }), 201);
    const cellOf = (o: { cells: SchooloverzichtResponse['cells'] }) =>
      o.cells.find((c) => c.jaargroep === 5 && c.vak === 'rekenen-wiskunde');
    const day = cellOf(started.snapshot)?.figures[0];
    expect(day).toMatchObject({ n: 12, value: 0.5 });
    expect(day?.interval?.low).toBeCloseTo(wilson90(6, 12).low, 8);

    // The catch-up sitting: eight more pupils, all at I.
    await insertResults(
      world.database.db,
      cellResults(world, {
        vak: 'rekenen-wiskunde',
        moment: 'M5',
        date: '2024-02-20',
        levels: levels({ I: 8 }),
        from: 12,
      }),
    );
    const live = cellOf(await overview(query))?.figures[0];
    expect(live?.n).toBe(20);
    expect(live?.value).toBeCloseTo(14 / 20, 12);

    const again = ok(await read('schoolleider', started.id));
    expect(again.snapshot).toEqual(started.snapshot);
    expect(cellOf(again.snapshot)?.figures[0]).toMatchObject({ n: 12, value: 0.5 });
    const saved = ok(await save('ib', { version: 1, answers: ANSWERS }, started.id));
    expect(saved.snapshot).toEqual(started.snapshot);
  });

  it('opens a bespreking saved when figures carried a Dutch label, with each goal read back from it', async () => {
    type Goal = SchooloverzichtResponse['cells'][number]['figures'][number]['goal'];
    // The wording the schooloverzicht used to store, written out here.
    const pct = (share: number) => `${String(Math.round(share * 1000) / 10).replace('.', ',')} %`;
    const oldLabel = (goal: Goal) => {
      if (goal.kind === 'atOrAbove') return `minstens ${pct(goal.minShare)} op ${goal.level} of hoger`;
      if (goal.kind === 'atMostLowest') return `hoogstens ${pct(goal.maxShare)} op V`;
      if (goal.kind === 'usualShare') return `aandeel op ${goal.level} of hoger (geen ambitie)`;
      throw new Error(`the demo sets no ${goal.kind}`);
    };
    const old = {
      ...made.snapshot,
      cells: made.snapshot.cells.map((cell) => ({
        ...cell,
        figures: cell.figures.map(({ goal, ...figure }) => ({ ...figure, label: oldLabel(goal) })),
      })),
    };
    const kinds = new Set(made.snapshot.cells.flatMap((c) => c.figures.map((f) => f.goal.kind)));
    expect([...kinds].sort()).toEqual(['atMostLowest', 'atOrAbove']);
    // A cell without an ambition, as the schooloverzicht showed it: the usual share.
    const [first, ...rest] = old.cells;
    if (!first?.figures[0]) throw new Error('the snapshot has no figure');
    const usual = { ...first.figures[0], ambitionId: null, label: 'aandeel op III of hoger (geen ambitie)' };
    const stored = { ...old, cells: [{ ...first, figures: [usual] }, ...rest] };
    const row = await world.database.db
      .selectFrom('teambespreking')
      .selectAll()
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    const id = newId(TEST_NOW.getTime());
    await world.database.db
      .insertInto('teambespreking')
      .values({ ...row, id, snapshot: JSON.stringify(stored) })
      .execute();
    const opened = ok(await read('ib', id)).snapshot;
    expect(opened.cells.slice(1)).toEqual(made.snapshot.cells.slice(1));
    expect(opened.cells[0]?.figures).toEqual([
      {
        ...made.snapshot.cells[0]?.figures[0],
        ambitionId: null,
        goal: { kind: 'usualShare', system: 'I-V', level: 'III' },
      },
    ]);
  });
});
