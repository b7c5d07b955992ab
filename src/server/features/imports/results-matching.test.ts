/**
 * POST /imports/results: a catalog instrument becomes a toets on first use and keeps the catalog's
 * moments afterwards; a pupil is found by LAS key, then by ECK-iD.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { instrumentByCode } from '../../../imports';
import { testEngines, type TestDatabase } from '../../../testing/databases';
import type { DemoLookup, LoginName } from '../../../testing/fixtures';
import {
  reportOf,
  resultsQuery,
  resultsSuite,
  type PlacedPupil,
  type uploadApi,
} from './import-test-support';

describe.each(testEngines())('results import: toetsen and pupils (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let send: ReturnType<typeof uploadApi>;
  let pupils: PlacedPupil[];

  beforeAll(async () => {
    ({ database, data, demo, cookies, send, pupils } = await resultsSuite(engine));
  });
  afterAll(async () => database.dispose());

  const upload = async (bytes: Uint8Array | string) => {
    const response = await send('POST', resultsQuery(demo.schoolA), bytes, cookies.ib);
    expect(response.status).toBe(200);
    return reportOf(response.text);
  };
  const pupil = (i: number) => {
    const p = pupils[i];
    if (!p) throw new Error(`the demo has fewer than ${i + 1} pupils in groep 3-8`);
    return p;
  };
  const demoToets = (vak: string) => data.toets.find((t) => t.vak === vak) ?? data.toets[0];

  it('turns a catalog instrument into a toets on first use, and reuses it (with its moments) afterwards', async () => {
    const instrument = instrumentByCode('boom-rekenen-wiskunde');
    const cito = instrumentByCode('cito-3.0-rekenen-wiskunde');
    if (!instrument || !cito) throw new Error('catalog changed');
    // Boom is normed continuously: no moment column, the date is the moment.
    const picked = pupils.slice(21, 24);
    const file = [
      'Leerlingnummer;Toets;Afnamedatum;Vaardigheidsscore',
      ...picked.map((p, i) => `${p.key};Boom Rekenen-Wiskunde;1${i}-11-2026;${50 + i}`),
    ].join('\n');
    const first = await upload(file);
    expect(first).toMatchObject({
      status: 'imported',
      newToetsen: [`${instrument.name} ${instrument.version}`],
    });
    expect(first.counts.new).toBe(picked.length);
    const toetsen = await database.db
      .selectFrom('toets')
      .selectAll()
      .where('code', '=', instrument.code)
      .execute();
    expect(toetsen.map((t) => [t.school_id, t.scale_key, t.level_system, t.version])).toEqual([
      [null, instrument.scaleKey, instrument.levelSystem, instrument.version],
    ]);
    const results = await database.db
      .selectFrom('toetsresultaat')
      .select(['moment', 'afnamedatum'])
      .where('toets_id', '=', toetsen[0]?.id ?? '')
      .execute();
    expect(results.every((r) => r.moment === r.afnamedatum)).toBe(true);

    const again = await upload(file);
    expect(again).toMatchObject({
      status: 'imported',
      newToetsen: [],
      counts: { new: 0, changed: 0, unchanged: picked.length },
    });

    // A fixed-moment catalog test keeps its list of moments once it is a toets row.
    const p = pupil(24);
    const citoRow = (moment: string) =>
      `Leerlingnummer;Toets;Moment;Afnamedatum;Vaardigheidsscore\n${p.key};${cito.name};${moment};20-01-2027;150`;
    expect((await upload(citoRow('M2'))).problems.map((x) => x.code)).toEqual(['resultaat.moment']);
    expect((await upload(citoRow(`M${p.jaargroep}`))).status).toBe('imported');
    const refused = await upload(citoRow('M2'));
    expect(refused.status).toBe('refused');
    expect(refused.problems.map((x) => x.code)).toEqual(['resultaat.moment']);
  });

  it('finds the pupil by LAS key first, then by ECK-iD', async () => {
    const [p1, p2, p3] = [pupil(30), pupil(31), pupil(32)];
    const eckid = (p: PlacedPupil) => `https://id.school/LL_${p.key}`;
    for (const p of [p1, p3])
      await database.db
        .updateTable('leerling')
        .set({ eckid: eckid(p) })
        .where('id', '=', p.id)
        .execute();
    const toets = demoToets('rekenen-wiskunde');
    const file = [
      'Leerlingnummer;ECK-iD;Toets;Moment;Afnamedatum;Vaardigheidsscore',
      `;${eckid(p1)};${toets?.code};M7;12-01-2027;61`,
      // Key and ECK-iD of different pupils: the key wins.
      `${p2.key};${eckid(p1)};${toets?.code};M7;12-01-2027;62`,
      // A key the school does not know, with a known ECK-iD.
      `99999999;${eckid(p3)};${toets?.code};M7;12-01-2027;63`,
    ].join('\n');
    const report = await upload(file);
    expect(report.status).toBe('imported');
    const scores = await database.db
      .selectFrom('toetsresultaat')
      .select(['leerling_id', 'vaardigheidsscore'])
      .where('toets_id', '=', toets?.id ?? '')
      .where('moment', '=', 'M7')
      .where('schooljaar', '=', demo.currentYear)
      .execute();
    expect(scores.map((s) => [s.leerling_id, s.vaardigheidsscore]).sort()).toEqual(
      [
        [p1.id, 61],
        [p2.id, 62],
        [p3.id, 63],
      ].sort(),
    );
  });
});
