/**
 * Run by the backup tests as a separate process (ops-test-support.ts → startChild):
 *   write-load URL       inserts audit rows load-000001, load-000002, … one transaction each and prints
 *                        each number once it is committed, until killed
 *   slow-backup URL DIR  makes a backup one page per step, a few milliseconds apart, printing "stap"
 *                        at every step and "klaar" at the end: slow enough to be killed half-way
 */
import { openDatabase } from '../db/database';
import { DEFAULT_RETENTION } from './backup-config';
import { makeBackup } from './backup';

const [mode, url = '', dir = ''] = process.argv.slice(2);
const database = await openDatabase(url);

if (mode === 'write-load') {
  for (let n = 1; ; n++) {
    await database.db
      .insertInto('audit_log')
      .values({
        id: `load-${String(n).padStart(6, '0')}`,
        at: new Date().toISOString(),
        user_id: null,
        action: 'test.write',
        entity: 'test',
        entity_id: null,
        leerling_id: null,
        school_id: null,
        details: null,
      })
      .execute();
    process.stdout.write(`${n}\n`);
  }
} else if (mode === 'slow-backup') {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const config = { databaseUrl: url, dir, keep: DEFAULT_RETENTION, key: undefined, auto: false };
  await makeBackup(database, config, {
    kind: 'handmatig',
    now: new Date(),
    pagesPerStep: 1,
    onStep: () => {
      process.stdout.write('stap\n');
      Atomics.wait(pause, 0, 0, 3);
    },
  });
  process.stdout.write('klaar\n');
  await database.close();
}
