/**
 * Damaged files through the whole import, in apply mode: random truncations, insertions, deletions and
 * copied slices of a valid EDEXML file and of a valid results CSV. The import must never throw or
 * hang, and a report that says 'refused' must mean that nothing at all was written. `npm test` runs a
 * short version; `npm run fuzz` a long one (see imports/test-helpers.ts).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzzCounter, fuzzRuns } from '../../../imports/test-helpers';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, seedDemo, TEST_NOW } from '../../../testing/fixtures';
import { importEdexml } from './edexml-import.service';
import { countAll, importFixture, placedPupils } from './import-test-support';
import { importResults } from './results-import.service';

/** A valid file with some damage done to it. */
function damaged(base: Buffer, tokens: readonly string[]): fc.Arbitrary<Buffer> {
  const text = fc
    .array(fc.constantFrom(...tokens), { maxLength: 4 })
    .map((t) => Buffer.from(t.join(''), 'utf8'));
  const insert = fc.oneof(
    text,
    fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b)),
  );
  return fc.oneof(
    fc.nat(base.length).map((n) => base.subarray(0, n)),
    fc
      .tuple(fc.nat(base.length), fc.nat(60), insert)
      .map(([at, drop, bytes]) =>
        Buffer.concat([base.subarray(0, at), bytes, base.subarray(Math.min(base.length, at + drop))]),
      ),
    fc
      .tuple(fc.nat(base.length), fc.nat(base.length), fc.nat(300))
      .map(([at, from, n]) =>
        Buffer.concat([base.subarray(0, at), base.subarray(from, from + n), base.subarray(at)]),
      ),
  );
}

const XML_TOKENS = [
  '<',
  '>',
  '</',
  '/>',
  '"',
  '&',
  '&amp;',
  '#',
  ' ',
  '\n',
  '\u0000',
  'Ç',
  'key="7001"',
  '<groep key="G6"/>',
  '<groep key="ONBEKEND"/>',
  '<jaargroep>C</jaargroep>',
  '<uitstroomdatum>2026-10-15</uitstroomdatum>',
  '<uitstroomdatum>2026-07-01</uitstroomdatum>',
  '<geboortedatum>2026-02-31</geboortedatum>',
  '<leerling key="7001">',
  '</leerling>',
  'eckid="https://id.school/LL_7001"',
  '<brincode>10AZ</brincode>',
  '<schooljaar>2031-2032</schooljaar>',
];

const CSV_TOKENS = [
  ';',
  ',',
  '"',
  '\n',
  '\r\n',
  '\u0000',
  'é',
  '#',
  '1500',
  'VI',
  'II',
  '31-02-2026',
  '2027-01-14',
  'M2',
  'E9',
  '12,5',
  '1.234,5',
  'Spelling',
  'Rekenen-Wiskunde 3.0',
  'M4',
];

describe.each(testEngines())('imports of damaged files (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
  });
  const counter = fuzzCounter(`imports in apply mode (${engine})`);
  afterAll(async () => {
    counter.summary();
    await database.dispose();
  });

  it(
    'importEdexml never throws, and a refused file writes nothing',
    async () => {
      const base = importFixture('edexml/maand-1.xml');
      const outcomes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(damaged(base, XML_TOKENS), async (bytes) => {
          const before = await countAll(database.db);
          const report = await counter.run(
            importEdexml(
              database.db,
              null,
              bytes,
              { mode: 'apply', createInBestuurId: data.summary.bestuurId },
              TEST_NOW,
            ),
          );
          outcomes.add(report.status);
          if (report.status === 'refused') expect(await countAll(database.db)).toEqual(before);
          const placements = await database.db
            .selectFrom('plaatsing')
            .select(['start_date', 'end_date'])
            .execute();
          expect(placements.filter((p) => p.end_date !== null && p.end_date < p.start_date)).toEqual([]);
        }),
        { numRuns: fuzzRuns(60, 1_500), seed: 20261128 },
      );
      // The damage is mild enough that some files still import and strong enough that some are refused.
      expect([...outcomes].sort()).toEqual(['imported', 'refused']);
    },
    FUZZ_TIMEOUT,
  );

  /** A valid results file of twelve demo pupils, as rows of cells. */
  const resultsRows = () => {
    const demo = demoLookup(data);
    const pupils = placedPupils(data, demo.schoolA, demo.currentYear).slice(0, 12);
    const toets = data.toets[0]?.code ?? '';
    return {
      schoolId: demo.schoolA,
      rows: [
        [
          'Leerlingnummer',
          'Naam',
          'Toets',
          'Moment',
          'Afnamedatum',
          'Vaardigheidsscore',
          'Niveau',
          'Functioneringsniveau',
        ],
        ...pupils.map((p, i) => [
          p.key,
          p.name,
          toets,
          `M${p.jaargroep}`,
          `1${i % 9}-01-2027`,
          `${40 + i},5`,
          ['I', 'II', 'III', 'IV', 'V'][i % 5] ?? 'I',
          `M${p.jaargroep}`,
        ]),
      ],
    };
  };
  const csvOf = (rows: string[][]) =>
    rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\r\n');

  it(
    'importResults never throws, and a refused file writes nothing',
    async () => {
      const { schoolId, rows } = resultsRows();
      const base = Buffer.from(csvOf(rows), 'utf8');
      const outcomes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(damaged(base, CSV_TOKENS), fc.boolean(), async (bytes, skipInvalid) => {
          const before = await countAll(database.db);
          const report = await counter.run(
            importResults(database.db, null, bytes, { mode: 'apply', schoolId, skipInvalid }, TEST_NOW),
          );
          outcomes.add(report.status);
          if (report.status === 'refused') expect(await countAll(database.db)).toEqual(before);
          for (const p of report.problems) expect(p.message.length).toBeGreaterThan(0);
        }),
        { numRuns: fuzzRuns(60, 1_500), seed: 20261128 },
      );
      expect([...outcomes].sort()).toEqual(['imported', 'refused']);
    },
    FUZZ_TIMEOUT,
  );

  it('stores no control characters and never throws, whatever odd text stands in any cell', async () => {
    const { schoolId, rows } = resultsRows();
    let written = 0;
    const odd = [
      '\u0000',
      'M\u00004',
      'E5\u0007',
      '\u0085',
      '\u202eM4',
      '\ufeffII',
      'x'.repeat(5000),
      '=1+1',
      ' ',
    ];
    for (let column = 0; column < (rows[0]?.length ?? 0); column++) {
      for (const value of odd) {
        const changed = rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === column ? value : c)) : r));
        const before = await countAll(database.db);
        const report = await importResults(
          database.db,
          null,
          Buffer.from(csvOf(changed), 'utf8'),
          { mode: 'apply', schoolId },
          TEST_NOW,
        );
        if (report.status === 'refused') expect(await countAll(database.db)).toEqual(before);
        if (report.importId === null) continue;
        written += 1;
        const stored = await database.db
          .selectFrom('toetsresultaat')
          .select(['moment', 'afnamedatum', 'niveau', 'functioneringsniveau'])
          .where('import_id', '=', report.importId)
          .execute();
        const withControl = stored.filter((r) =>
          Object.values(r).some((v) => typeof v === 'string' && /\p{Cc}/u.test(v)),
        );
        expect({ column, value, withControl }).toEqual({ column, value, withControl: [] });
      }
    }
    // The odd values in the display-only name and in the last column do not stop the import.
    expect(written).toBeGreaterThan(0);
  });
});
