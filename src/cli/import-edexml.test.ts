/**
 * `leerwinst import edexml FILE [--school BRIN] [--bestuur NAME] [--dry-run]` as an administrator runs
 * it: exit 0 when imported (or a dry run that would import), 2 when the file is refused with the
 * report on stdout, 1 for anything else; a dry run and a refusal write nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdexml } from '../imports';
import { countAll } from '../server/features/imports/import-test-support';
import { testEngines } from '../testing/databases';
import { cliDatabase, runCli, type CliDatabase } from './cli-test-support';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)));
const MAAND_1 = fixture('../server/features/imports/fixtures/edexml/maand-1.xml');
const MAAND_2 = fixture('../server/features/imports/fixtures/edexml/maand-2.xml');
const PROBLEMEN = fixture('../imports/fixtures/edexml/edexml-2.0-problemen.xml');
const LASTIG = fixture('../imports/fixtures/edexml/edexml-2.1-lastige-gevallen.xml');
const OUD = fixture('../imports/fixtures/edexml/edexml-1.03.xml');

describe.each(testEngines())('leerwinst import edexml (%s)', (engine) => {
  let cli: CliDatabase;
  beforeAll(async () => {
    cli = await cliDatabase(engine);
  });
  afterAll(async () => cli.dispose());

  const run = (args: string[]) => runCli(['import', 'edexml', ...args], cli.url);
  const db = () => cli.database.db;
  const schoolOf = (brin: string) =>
    db().selectFrom('school').selectAll().where('brin', '=', brin).executeTakeFirst();

  it('checks an unknown school’s file with --dry-run: exit 0, the counts, and nothing written', async () => {
    const path = cli.file('maand-1.xml', MAAND_1);
    const before = await countAll(db());
    const result = await run([path, '--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'PROEF (niets opgeslagen): maand-1.xml (EDEXML 2.1, schooljaar 2026-2027)',
      'School: 31QA De Wilgenhoek (nieuw)',
      'Groepen:     4 nieuw, 0 gewijzigd, 0 ongewijzigd',
      'Leerlingen:  8 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 vertrekkend, 0 niet meer in het bestand',
      'Leerkrachten: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 gekoppeld aan een account',
    ]);
    expect(lines.slice(5)).toEqual([expect.stringMatching(/^ {2}let op: .*#tmp-1/)]);
    expect(await countAll(db())).toEqual(before);
  });

  it('imports it under the only bestuur, then next month’s file for that school, listing who is missing', async () => {
    const first = await run([cli.file('maand-1.xml', MAAND_1)]);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe('INGELEZEN: maand-1.xml (EDEXML 2.1, schooljaar 2026-2027)');
    const school = await schoolOf('31QA');
    expect(school?.bestuur_id).toBe(cli.data.summary.bestuurId);
    const pupils = await db()
      .selectFrom('leerling')
      .select('las_key')
      .where('school_id', '=', school?.id ?? '')
      .execute();
    expect(pupils).toHaveLength(8);

    const second = await run([cli.file('maand-2.xml', MAAND_2), '--school', '31qa']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      'Leerlingen:  1 nieuw, 2 gewijzigd, 5 ongewijzigd, 2 vertrekkend, 1 niet meer in het bestand\n',
    );
    expect(second.stdout).toContain('  niet meer in het bestand (niet verwijderd): key 7004\n');
    const after = await db()
      .selectFrom('leerling')
      .select('las_key')
      .where('school_id', '=', school?.id ?? '')
      .execute();
    expect(after.map((p) => p.las_key).sort()).toEqual([
      '7001',
      '7002',
      '7003',
      '7004',
      '7005',
      '7006',
      '7007',
      '7009',
      '7010',
    ]);
  });

  it('refuses a file of another school than --school with exit 2, and writes nothing', async () => {
    const before = await countAll(db());
    const result = await run([cli.file('maand-2.xml', MAAND_2), '--school', '10AZ']);
    expect(result.code).toBe(2);
    expect(result.stdout.split('\n')[0]).toMatch(/^GEWEIGERD: maand-2\.xml/);
    expect(result.stdout).toContain('  FOUT: Dit bestand hoort bij BRIN 31QA, niet bij 10AZ.');
    expect(await countAll(db())).toEqual(before);
  });

  it('refuses a file with errors with exit 2, printing every problem with its key or line, and writes nothing', async () => {
    const parsed = await parseEdexml(PROBLEMEN);
    const before = await countAll(db());
    const result = await run([cli.file('problemen.xml', PROBLEMEN)]);
    expect(result.code).toBe(2);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^GEWEIGERD: problemen\.xml/);
    const printed = lines.filter((l) => /^ {2}(FOUT|let op): /.test(l));
    expect(printed).toEqual(
      parsed.problems.map((p) => `  ${p.severity === 'error' ? 'FOUT' : 'let op'}: ${p.message}`),
    );
    // One error per bad record of the made file (ten), each naming its key or its line.
    expect(printed.filter((l) => l.startsWith('  FOUT'))).toHaveLength(10);
    for (const p of parsed.problems) {
      if (p.key) expect(p.message).toContain(p.key);
      else if (p.line) expect(p.message).toContain(`regel ${p.line}`);
    }
    expect(await countAll(db())).toEqual(before);
  });

  it('creates a new school under --bestuur NAME, and asks for one when there are several', async () => {
    const result = await run([cli.file('lastig.xml', LASTIG), '--bestuur', 'Stichting Nieuw (test)']);
    expect(result.code).toBe(0);
    const bestuur = await db()
      .selectFrom('bestuur')
      .selectAll()
      .where('name', '=', 'Stichting Nieuw (test)')
      .executeTakeFirst();
    expect((await schoolOf('07XY'))?.bestuur_id).toBe(bestuur?.id);
    // The roles in the file (IB, DIR) make no accounts.
    const staff = await db()
      .selectFrom('medewerker')
      .select('user_id')
      .where('school_id', '=', (await schoolOf('07XY'))?.id ?? '')
      .execute();
    expect(staff.map((s) => s.user_id)).toEqual([null, null]);

    const before = await countAll(db());
    const ambiguous = await run([cli.file('oud.xml', OUD)]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('meerdere besturen');
    expect(await countAll(db())).toEqual(before);
  });

  it('exits 1 with one line for a missing file or no file at all', async () => {
    const missing = await run([`${cli.dir}/bestaat-niet.xml`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([expect.stringContaining('bestaat niet')]);
    const none = await run([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Geef het bestand op');
  });
});
