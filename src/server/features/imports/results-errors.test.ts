/**
 * A results file with a bad row of every kind: refused as a whole with every bad row and its exact
 * line, nothing written; with skipInvalid the good rows are imported and the rest reported. A pupil is
 * never found by name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { testEngines, type TestDatabase } from '../../../testing/databases';
import { countRows, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import {
  reportOf,
  resultsQuery,
  resultsSuite,
  type PlacedPupil,
  type uploadApi,
} from './import-test-support';

const WRITES = ['toetsresultaat', 'toets', 'import_batch', 'audit_log'] as const;
const HEADER = 'Leerlingnummer;Naam;Toets;Versie;Moment;Afnamedatum;Vaardigheidsscore;Niveau';

describe.each(testEngines())('results import: bad rows (%s)', (engine) => {
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

  const pupil = (i: number) => {
    const p = pupils[i];
    if (!p) throw new Error('too few demo pupils');
    return p;
  };
  const upload = async (text: string, skipInvalid = false) => {
    const response = await send(
      'POST',
      resultsQuery(demo.schoolA, { skipInvalid }),
      text,
      cookies.schoolleider,
    );
    expect(response.status).toBe(200);
    return reportOf(response.text);
  };
  const rw = () => data.toets.find((t) => t.vak === 'rekenen-wiskunde');

  /**
   * The file, and per physical line of each bad row the one problem code it must get. The first row
   * has a line break in a quoted name, so every later row starts one line further down.
   */
  function badFile() {
    const code = rw()?.code ?? '';
    const m = (p: PlacedPupil) => `M${p.jaargroep}`;
    const [a, b, c, d] = [pupil(0), pupil(1), pupil(2), pupil(3)];
    const rows: [string, string | null][] = [
      [`${a.key};"${a.name}\n(tweeling)";${code};;${m(a)};14-01-2027;101,5;III`, null],
      // Unknown key with the exact name of a known pupil: names never identify a pupil.
      [`99999999;${b.name};${code};;${m(b)};14-01-2027;99;III`, 'resultaat.leerling-onbekend'],
      [`${b.key};${b.name};Wereldoriëntatie toets;;${m(b)};14-01-2027;99;III`, 'resultaat.toets'],
      [`${b.key};${b.name};Spelling;;${m(b)};14-01-2027;99;III`, 'resultaat.toets'],
      [`${b.key};${b.name};Rekenen-Wiskunde;3.0;M2;14-01-2027;99;III`, 'resultaat.moment'],
      [`${b.key};${b.name};${code};;${m(b)};14-01-2027;99;VI`, 'resultaat.niveau'],
      [`${c.key};${c.name};${code};;${m(c)};14-01-2027;veel;III`, 'resultaat.getal'],
      [`${c.key};${c.name};${code};;E${c.jaargroep};14-01-2027;1500;III`, 'resultaat.bereik'],
      [`${d.key};${d.name};${code};;${m(d)};31-02-2026;99;III`, 'resultaat.datum'],
      [`${a.key};${a.name};${code};;${m(a)};15-01-2027;102;II`, 'resultaat.dubbel'],
      [`${d.key};${d.name};${code};;E${d.jaargroep};14-06-2027;;`, 'resultaat.leeg'],
      [`${b.key};${b.name};${code};;${m(b)};14-01-2027;98;IV`, null],
    ];
    let text = HEADER;
    const bad = new Map<number, string>();
    for (const [row, problem] of rows) {
      const line = text.split('\n').length + 1;
      if (problem) bad.set(line, problem);
      text += `\n${row}`;
    }
    return { text, bad, total: rows.length, good: [a, b] };
  }

  it('refuses the file, naming every bad row with its exact line and reason, and writes nothing', async () => {
    const { text, bad, total } = badFile();
    const before = await countRows(database.db, WRITES);
    const report = await upload(text);
    expect(report.status).toBe('refused');
    expect(report.rows).toEqual({ total, valid: total - bad.size, invalid: bad.size });
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.line, p.code])).toEqual([...bad.entries()]);
    for (const p of errors) expect(p.message).toMatch(new RegExp(`^Regel ${p.line}: `));
    const byCode = (c: string) => errors.filter((p) => p.code === c).map((p) => p.message);
    expect(byCode('resultaat.toets')).toEqual([
      expect.stringContaining("Onbekende toets 'Wereldoriëntatie toets'"),
      expect.stringContaining("De toets 'Spelling' is niet eenduidig"),
    ]);
    expect(byCode('resultaat.datum')).toEqual([
      expect.stringContaining('"31-02-2026" is geen bestaande datum'),
    ]);
    expect(byCode('resultaat.dubbel')).toEqual([expect.stringContaining('ook op regel 2')]);
    expect(byCode('resultaat.moment')).toEqual([expect.stringContaining('kent geen moment M2')]);
    expect(report.importId).toBeNull();
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('previews without writing, with the same report', async () => {
    const { text, bad } = badFile();
    const before = await countRows(database.db, WRITES);
    const response = await send(
      'POST',
      resultsQuery(demo.schoolA, { mode: 'preview', skipInvalid: true }),
      text,
      cookies.ib,
    );
    const report = reportOf(response.text);
    expect(report.status).toBe('preview');
    expect(report.counts).toEqual({ new: 2, changed: 0, unchanged: 0 });
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([...bad.keys()]);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('imports only the good rows with skipInvalid and reports the rest; no toets is made for a refused row', async () => {
    const { text, bad, good } = badFile();
    const before = await countRows(database.db, WRITES);
    const report = await upload(text, true);
    expect(report.status).toBe('imported');
    expect(report.counts).toEqual({ new: good.length, changed: 0, unchanged: 0 });
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([...bad.keys()]);
    const after = await countRows(database.db, WRITES);
    expect(after).toEqual({
      toetsresultaat: (before.toetsresultaat ?? 0) + good.length,
      // The catalog toets of the refused M2 row is not needed by any stored result.
      toets: before.toets,
      import_batch: (before.import_batch ?? 0) + 1,
      audit_log: (before.audit_log ?? 0) + good.length,
    });
    const stored = await database.db
      .selectFrom('toetsresultaat')
      .select(['leerling_id', 'vaardigheidsscore', 'niveau', 'afnamedatum'])
      .where('import_id', '=', report.importId ?? '')
      .execute();
    const [a, b] = good;
    expect(stored.map((s) => [s.leerling_id, s.vaardigheidsscore, s.niveau, s.afnamedatum]).sort()).toEqual(
      [
        [a?.id, 101.5, 'III', '2027-01-14'],
        [b?.id, 98, 'IV', '2027-01-14'],
      ].sort(),
    );
  });

  it('refuses a file whose every row is bad even with skipInvalid, and a file without a usable mapping', async () => {
    const before = await countRows(database.db, WRITES);
    const p = pupil(5);
    const allBad = `${HEADER}\n${p.key};;Onbekend;;M5;14-01-2027;1;III\n99999999;${p.name};${rw()?.code};;M5;14-01-2027;1;III`;
    const report = await upload(allBad, true);
    expect(report.status).toBe('refused');
    expect(report.problems.map((x) => x.line)).toEqual([2, 3]);
    // Only names and scores: no column to find the pupil by.
    const noKey = await upload(`Naam;Toets;Moment;Vaardigheidsscore\n${p.name};${rw()?.code};M5;100`, true);
    expect(noKey.status).toBe('refused');
    expect(noKey.problems.map((x) => x.code)).toContain('mapping.geen-leerling');
    expect(await upload('', true)).toMatchObject({ status: 'refused' });
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });
});
