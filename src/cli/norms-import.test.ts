/**
 * `leerwinst norms import FILE [--school BRIN]` as an administrator runs it: a separate process on a
 * database with the demo. Exit 0 with a summary; exit 2 with every bad line on stdout and nothing
 * written; exit 1 with one line for a mistake on the command line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../demo/generator';
import { migrateToLatest, openDatabase, type Database } from '../server/db/database';
import { createTestDatabase, testEngines } from '../testing/databases';
import { countRows, seedDemo } from '../testing/fixtures';

const BIN = join(import.meta.dirname, '../../bin/leerwinst.js');
const HEADER = 'toets;versie;moment;I;II;III;IV;gemiddelde';

function run(args: string[], databaseUrl: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(testEngines())('leerwinst norms import (%s)', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'leerwinst-norms-'));
  let database: Database;
  let url: string;
  let dispose: () => Promise<void>;
  let data: DemoData;

  beforeAll(async () => {
    if (engine === 'sqlite') {
      url = `sqlite:${join(dir, 'db.sqlite')}`;
      database = await openDatabase(url);
      await migrateToLatest(database.db);
      dispose = () => database.close();
    } else {
      const test = await createTestDatabase(engine);
      database = test;
      url = test.url;
      dispose = () => test.dispose();
    }
    data = await seedDemo(database.db);
  });
  afterAll(async () => {
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const spelling = () => {
    const t = data.toets.find((x) => x.vak === 'spelling');
    if (!t) throw new Error('no demo spelling toets');
    return t;
  };
  /** A line for the demo spelling toets: the general row of the moment with every cut raised by `shift`. */
  const line = (moment: string, shift: number) => {
    const row = data.norm_row.find(
      (r) => r.toets_id === spelling().id && r.moment === moment && !r.school_id,
    );
    const cuts = JSON.parse(row?.cuts ?? '{}') as Record<string, number>;
    const levels = ['I', 'II', 'III', 'IV'].map((l) =>
      String((cuts[l] ?? Number.NaN) + shift).replace('.', ','),
    );
    return [spelling().code, spelling().version, moment, ...levels, String(row?.mean).replace('.', ',')].join(
      ';',
    );
  };
  const file = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, lines.join('\n'));
    return path;
  };
  const school = () => data.school[0];
  const brin = () => `${school()?.brin ?? ''}${school()?.vestiging ? `-${school()?.vestiging}` : ''}`;
  const rowsOf = (schoolId: string | null) => {
    const query = database.db.selectFrom('norm_row').selectAll().where('toets_id', '=', spelling().id);
    return (
      schoolId ? query.where('school_id', '=', schoolId) : query.where('school_id', 'is', null)
    ).execute();
  };

  it('imports a norm file for one school and prints a summary', async () => {
    const path = file('goed.csv', [HEADER, line('M5', 2), line('E5', 2)]);
    const result = await run(['norms', 'import', path, '--school', brin(), '--label', 'Licentie'], url);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Ingelezen voor school ${brin()}: 2 normregels, 0 DLE-punten (${spelling().name} ${spelling().version}).\n`,
    );
    const rows = await rowsOf(school()?.id ?? '');
    expect(rows.map((r) => [r.moment, r.label, r.created_by]).sort()).toEqual([
      ['E5', 'Licentie', null],
      ['M5', 'Licentie', null],
    ]);
  });

  it('refuses a file with bad lines, prints every one of them and writes nothing', async () => {
    const before = await countRows(database.db, ['norm_row', 'dle_point', 'audit_log']);
    const path = file('fout.csv', [
      HEADER,
      line('M6', 1),
      line('E6', 1).replace(/;[^;]*;([^;]*;[^;]*;[^;]*;[^;]*)$/, ';twaalf;$1'),
      line('M7', 1),
      line('E7', 1).replace(spelling().code, 'demo-onbekend'),
      line('M8', 1).replace(';M8;', ';M9;'),
    ]);
    const result = await run(['norms', 'import', path, '--school', brin()], url);
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('Niet ingelezen; er is niets opgeslagen. Problemen:');
    expect(lines.slice(1).map((l) => /^ {2}regel (\d+):/.exec(l)?.[1])).toEqual(['3', '5', '6']);
    expect(lines[1]).toContain("'twaalf' is geen getal");
    expect(lines[2]).toContain("Onbekende toets 'demo-onbekend'");
    expect(lines[3]).toContain("'M9' is geen toetsmoment");
    expect(await countRows(database.db, ['norm_row', 'dle_point', 'audit_log'])).toEqual(before);
  });

  it('replaces the general norms of every school without --school', async () => {
    const before = await rowsOf(null);
    const path = file('algemeen.csv', [HEADER, line('M4', 3)]);
    const result = await run(['norms', 'import', path], url);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ingelezen voor alle scholen: 1 normregels');
    const after = await rowsOf(null);
    expect(after.length).toBe(before.length);
    const cutsOf = (rows: typeof before) =>
      JSON.parse(rows.find((r) => r.moment === 'M4')?.cuts ?? '{}') as Record<string, number>;
    expect(cutsOf(after).III).toBeCloseTo((cutsOf(before).III ?? Number.NaN) + 3, 9);
  });

  it('exits 1 with one line for an unknown BRIN or a missing file, writing nothing', async () => {
    const before = await countRows(database.db, ['norm_row', 'audit_log']);
    const unknown = await run(
      ['norms', 'import', file('x.csv', [HEADER, line('M3', 1)]), '--school', '99QQ'],
      url,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toEqual([expect.stringContaining('Geen school met BRIN 99QQ')]);
    const missing = await run(['norms', 'import', join(dir, 'bestaat-niet.csv')], url);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Kan het bestand');
    expect(await countRows(database.db, ['norm_row', 'audit_log'])).toEqual(before);
  });
});
