/**
 * GET and PUT /groups/{id}/groepsoverzicht-groep: the groepsoverzicht's group section (what the group
 * asks of the teacher, the group's factors, the teacher's ondersteuningsbehoeften), saved with a version
 * like a pupil's row, audited without its texts, and carried into the next period until confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, unknownId } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { LoginName } from '../../../testing/fixtures';
import type { GroupSectionResponse, SavedGroupSection } from './groepsoverzicht-groep.schema';

const WRITES = ['groepsoverzicht_groep', 'audit_log'] as const;
const texts = {
  groepVraagt: 'Een groep die veel structuur vraagt bij overgangen en korte, heldere instructies.',
  groepsfactoren: 'Stimulerend: helpen elkaar graag. Belemmerend: onrustig na de pauze.',
  leerkrachtBehoeften: 'Ik heb nodig: een collega die meekijkt bij de start van de middag.',
};

describe.each(testEngines())('groepsoverzicht group section (%s)', (engine) => {
  let world: DemoWorld;
  let groupId: string;
  let periods: { id: string; name: string }[];

  beforeAll(async () => {
    world = await demoWorld(engine);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    const response = await world.api.call<{ periods: { id: string; name: string }[] }>(
      'GET',
      `/schools/${world.demo.schoolA}/periods?schooljaar=${world.demo.currentYear}`,
      { cookie: world.cookies.ib },
    );
    periods = ok(response).periods;
  });
  afterAll(async () => world.database.dispose());

  const p1 = () => periods[0]?.id ?? '';
  const p2 = () => periods[1]?.id ?? '';
  const get = (group: string, periode: string, who: LoginName | null = 'leerkracht') =>
    world.api.call<GroupSectionResponse>('GET', `/groups/${group}/groepsoverzicht-groep?periode=${periode}`, {
      cookie: who ? world.cookies[who] : undefined,
    });
  const put = (group: string, body: object, who: LoginName | null = 'leerkracht') =>
    world.api.call<SavedGroupSection>('PUT', `/groups/${group}/groepsoverzicht-groep`, {
      cookie: who ? world.cookies[who] : undefined,
      body,
    });
  const counts = () => countRows(world.database.db, WRITES);

  it('refuses without a session (401), a role without the right (403), and another school or group like a missing one', async () => {
    const body = { periodeId: p1(), version: 0, ...texts };
    const before = await counts();
    expectError(await get(groupId, p1(), null), 401, 'unauthenticated');
    expectError(await put(groupId, body, null), 401, 'unauthenticated');
    expectError(await get(groupId, p1(), 'bestuur'), 403, 'forbidden');
    expectError(await put(groupId, body, 'schoolleider'), 403, 'forbidden');
    for (const who of ['leerkracht7', 'ibOtherSchool', 'leerkrachtOtherSchool'] as const) {
      expectSameNotFound(await get(groupId, p1(), who), await get(unknownId(), p1(), who));
      expectSameNotFound(await put(groupId, body, who), await put(unknownId(), body, who));
    }
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the field for bad input, and writes nothing', async () => {
    const body = { periodeId: p1(), version: 0, ...texts };
    const before = await counts();
    expectInvalidInput(await put(groupId, { ...body, version: -1 }), 'version');
    expectInvalidInput(await put(groupId, { ...body, groepVraagt: 'x'.repeat(4001) }), 'groepVraagt');
    expectInvalidInput(await put(groupId, { ...body, leerkrachtBehoeften: 3 }), 'leerkrachtBehoeften');
    const { periodeId: _, ...withoutPeriod } = body;
    expectInvalidInput(await put(groupId, withoutPeriod), 'periodeId');
    const error = expectError(await put(groupId, { ...body, periodeId: unknownId() }), 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toEqual(['periodeId']);
    expect(await counts()).toEqual(before);
  });

  it('starts empty, saves the texts as version 1, reads them back, and audits one row without the texts', async () => {
    const empty = ok(await get(groupId, p1()));
    expect(empty.section).toEqual({
      groepVraagt: '',
      groepsfactoren: '',
      leerkrachtBehoeften: '',
      version: 0,
      updatedBy: null,
      updatedAt: null,
    });
    expect(empty.carriedFrom).toBeNull();
    expect(empty.abilities).toContain('groepsoverzicht.write');
    const at = world.at(60);
    const saved = ok(await put(groupId, { periodeId: p1(), version: 0, ...texts }));
    expect(saved).toEqual({ ...texts, version: 1, updatedBy: 'Sanne de Wit', updatedAt: at });
    expect(ok(await get(groupId, p1(), 'ib')).section).toEqual(saved);
    const audits = await world.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'details'])
      .where('action', '=', 'groepsoverzicht.groep.update')
      .execute();
    expect(audits).toEqual([
      {
        action: 'groepsoverzicht.groep.update',
        entity: 'groep',
        entity_id: groupId,
        details: JSON.stringify({ periode: p1(), version: 1 }),
      },
    ]);
  });

  it('refuses a save based on an older version with the text as it stands (409), and changes nothing', async () => {
    ok(
      await put(
        groupId,
        { periodeId: p1(), version: 1, ...texts, groepsfactoren: 'Door de IB aangevuld.' },
        'ib',
      ),
    );
    const before = await counts();
    const stale = await put(groupId, { periodeId: p1(), version: 1, ...texts, groepVraagt: 'Mijn tekst' });
    const error = expectError(stale, 409, 'conflict');
    expect(error.message).toContain('Ingrid Bakker');
    expect(await counts()).toEqual(before);
    expect(ok(await get(groupId, p1())).section).toMatchObject({
      version: 2,
      groepsfactoren: 'Door de IB aangevuld.',
    });
  });

  it('carries the section into the next period until it is saved there; the earlier period keeps its own', async () => {
    const next = ok(await get(groupId, p2()));
    expect(next.carriedFrom).toEqual({ periodeId: p1(), name: periods[0]?.name, groupName: null });
    expect(next.section).toMatchObject({ ...texts, groepsfactoren: 'Door de IB aangevuld.', version: 0 });
    const confirmed = ok(
      await put(groupId, { periodeId: p2(), version: 0, ...texts, groepVraagt: 'Nu rustiger.' }),
    );
    expect(confirmed.version).toBe(1);
    const after = ok(await get(groupId, p2()));
    expect(after.carriedFrom).toBeNull();
    expect(after.section.groepVraagt).toBe('Nu rustiger.');
    expect(ok(await get(groupId, p1())).section.groepVraagt).toBe(texts.groepVraagt);
  });
});
