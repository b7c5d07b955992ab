/**
 * Pupil data in an EDEXML report follows pupil.read (issue 13): a beheerder may import (and so
 * preview) a school's file, but sees how many pupils leave or are missing, not who. The names and
 * keys of missing pupils come from the database, so they are more than the file already told.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import { asJson, edexmlXml, uploadApi, type EdexmlReport } from './import-test-support';

describe.each(testEngines())('EDEXML preview: names follow pupil.read (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let send: ReturnType<typeof uploadApi>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    cookies = await loginAll(testApi(database.db, engine));
    send = uploadApi(database.db, engine);
  });
  afterAll(async () => database.dispose());

  const post = (query: string, body: string, who: LoginName) =>
    send('POST', `/imports/edexml?${query}`, body, cookies[who]).then((r) => asJson<EdexmlReport>(r));
  const brinA = () => demo.school(demo.schoolA).brin;

  it('shows a beheerder, who may import but not read pupils, the counts of leavers and missing pupils only', async () => {
    const group5 = demo.group(demo.schoolA, 'Groep 5');
    const [stays, leaves] = demo.activePupilsOf(group5.id).map((id) => demo.pupil(id));
    if (!stays || !leaves) throw new Error('Groep 5 of the demo has fewer than two pupils');
    const listed = (p: typeof stays, extra: { uitstroomdatum?: string } = {}) => ({
      key: p.las_key,
      achternaam: p.achternaam,
      ...(p.voorvoegsel ? { voorvoegsel: p.voorvoegsel } : {}),
      roepnaam: p.roepnaam,
      groep: group5.las_key ?? '',
      ...extra,
    });
    const file = edexmlXml({
      brin: brinA(),
      schooljaar: demo.currentYear,
      peildatum: '2026-10-01',
      groups: [{ key: group5.las_key ?? '', naam: group5.name, jaargroep: group5.jaargroep }],
      pupils: [listed(stays), listed(leaves, { uitstroomdatum: '2026-12-18' })],
    });
    const query = `mode=preview&schoolId=${demo.schoolA}`;
    const ib = await post(query, file, 'ib');
    const beheerder = await post(query, file, 'beheerder');
    expect([ib.status, beheerder.status]).toEqual([200, 200]);
    // The IB sees who: the leaver from the file, the pupils the file lacks from the database.
    expect(ib.body.leaving.map((l) => l.key)).toEqual([leaves.las_key]);
    expect(ib.body.missing.length).toBeGreaterThan(1);
    // The beheerder sees how many, and no name from the database anywhere in the answer.
    expect(beheerder.body.counts).toEqual(ib.body.counts);
    expect(beheerder.body.counts.pupils).toMatchObject({ leaving: 1, missing: ib.body.missing.length });
    expect([beheerder.body.leaving, beheerder.body.missing]).toEqual([[], []]);
    const answer = JSON.stringify(beheerder.body);
    expect(ib.body.missing.map((m) => m.name).filter((name) => answer.includes(name))).toEqual([]);
  });
});
