/**
 * Reading a VO-terugkoppeling file (vo-file.ts) for one school, all or nothing: with any problem
 * nothing is stored and every problem is reported with its line; otherwise each line replaces what
 * was known of that pupil in that leerjaar.
 */
import type { ImportInput } from '../../../imports/text/input';
import { audit } from '../../audit';
import { requireWholeSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { readCsvTable } from './csv-table';
import { writeReplacing } from './import-retry';
import { findAdviceYears, findPupilsForMatching, replaceVoPositions } from './schooladvies.queries';
import { parseVoLines, VO_COLUMNS, type VoLookup, type VoPupil } from './vo-file';

async function lookupOf(db: Db, schoolId: string): Promise<VoLookup> {
  const [pupils, years] = await Promise.all([
    findPupilsForMatching(db, schoolId),
    findAdviceYears(db, schoolId),
  ]);
  const yearsOf = new Map<string, string[]>();
  for (const y of years) yearsOf.set(y.leerling_id, [...(yearsOf.get(y.leerling_id) ?? []), y.schooljaar]);
  const byNumber = new Map<string, VoPupil>();
  const byEckid = new Map<string, VoPupil>();
  for (const p of pupils) {
    const pupil = { id: p.id, geboortedatum: p.geboortedatum, adviceYears: (yearsOf.get(p.id) ?? []).sort() };
    byNumber.set(p.las_key, pupil);
    if (p.eckid) byEckid.set(p.eckid, pupil);
  }
  return { byNumber: (key) => byNumber.get(key), byEckid: (eckid) => byEckid.get(eckid) };
}

export async function importVoTerugkoppeling(
  db: Db,
  actor: Actor,
  schoolId: string,
  /** The file, opened only after the access check. */
  file: () => ImportInput,
  now: Date,
) {
  requireWholeSchool(actor, schoolId, 'zorg.write');
  const table = await readCsvTable(file(), VO_COLUMNS);
  const { lines, problems } = parseVoLines(table, await lookupOf(db, schoolId));
  if (problems.length > 0) {
    return { status: 'refused' as const, lines: table.lines.length, pupils: 0, cohorts: [], problems };
  }
  const iso = now.toISOString();
  const rows = lines.map((l) => ({
    id: newId(now.getTime()),
    school_id: schoolId,
    leerling_id: l.leerlingId,
    cohort: l.cohort,
    leerjaar: l.leerjaar,
    niveau: l.niveau,
    vo_school: l.voSchool,
    imported_by: actor.userId,
    imported_at: iso,
  }));
  const pupils = new Set(rows.map((r) => r.leerling_id)).size;
  const cohorts = [...new Set(rows.map((r) => r.cohort))].sort();
  await writeReplacing(() =>
    db.transaction().execute(async (trx) => {
      await replaceVoPositions(trx, rows);
      await audit(trx, now, {
        userId: actor.userId,
        action: 'schooladvies.vo.import',
        entity: 'school',
        entityId: schoolId,
        schoolId,
        details: { lines: rows.length, pupils, cohorts },
      });
    }),
  );
  return { status: 'imported' as const, lines: rows.length, pupils, cohorts, problems: [] };
}
