/**
 * For the month-after-month EDEXML tests (edexml-import.test.ts, edexml-update.test.ts): apply a
 * fixture file as one user, and read back the school's pupils, placements and audit rows.
 */
import { expect } from 'vitest';
import type { Db } from '../../db/database';
import type { EdexmlReport } from './edexml-report';
import { asJson, importFixture, type uploadApi } from './import-test-support';

/** The tables an EDEXML import writes to, or must leave alone. */
export const EDEXML_TABLES = [
  'school',
  'schooljaar',
  'groep',
  'leerling',
  'plaatsing',
  'medewerker',
  'groep_leerkracht',
  'app_user',
  'role_assignment',
  'toetsresultaat',
] as const;

export function edexmlSteps(
  db: Db,
  send: ReturnType<typeof uploadApi>,
  cookie: string,
  schoolId: () => string,
) {
  const importFile = async (name: string, query = '') => {
    const response = asJson<EdexmlReport>(
      await send(
        'POST',
        `/imports/edexml?mode=apply&filename=${name}${query}`,
        importFixture(`edexml/${name}`),
        cookie,
      ),
    );
    expect(response.status).toBe(200);
    return response.body;
  };
  const pupils = () =>
    db.selectFrom('leerling').selectAll().where('school_id', '=', schoolId()).orderBy('las_key').execute();
  /** Placements as "group key/jaargroep start..end", per pupil id. */
  const placements = async (pupilId: string) => {
    const rows = await db
      .selectFrom('plaatsing as p')
      .innerJoin('groep as g', 'g.id', 'p.groep_id')
      .select(['g.las_key', 'p.jaargroep', 'p.start_date', 'p.end_date'])
      .where('p.leerling_id', '=', pupilId)
      .execute();
    return rows.map((r) => `${r.las_key}/${r.jaargroep} ${r.start_date}..${r.end_date ?? ''}`).sort();
  };
  const auditOf = (action: string) =>
    db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .where('school_id', '=', schoolId())
      .execute();
  return { importFile, pupils, placements, auditOf };
}
