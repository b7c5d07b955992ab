/**
 * Results import: an LVS export (CSV or XLSX) with a column mapping. Rows are read as a stream and
 * checked one by one; by default all or nothing (any bad row: nothing is written, every bad row is
 * reported with its line). Importing the same file twice changes nothing; a corrected file replaces
 * earlier values of the same pupil, toets and moment, and that change is audited.
 */
import { hasErrors, type ImportInput } from '../../../imports';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import { audit, auditMany } from '../../audit';
import { insertChunked } from '../../db/bulk';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { notFound } from '../../errors';
import { bumpResultsVersion } from '../../results-version';
import { insertImportBatch } from './imports.queries';
import { readResults, type ResultsImportOptions, type ResultsReport } from './results-read';
import type { PupilIndex, ValidRow } from './results-rows';
import {
  findPlacementYears,
  findPupilKeys,
  findSchoolOfPupil,
  findStoredResults,
  replaceResults,
  type StoredResult,
} from './results.queries';
import { ToetsResolver } from './toets-resolver';
import { labelPart } from './version-labels';
import { upsertVersionChoices } from './version-labels.queries';

/** The school's pupils by LAS key and ECK-iD (shared with the SEO import). */
export async function pupilIndex(db: Db, schoolId: string | null): Promise<PupilIndex> {
  const [pupils, placements] = await Promise.all([
    findPupilKeys(db, schoolId),
    findPlacementYears(db, schoolId),
  ]);
  const index: PupilIndex = { byKey: new Map(), byEckid: new Map(), yearsByJaargroep: new Map() };
  for (const p of pupils) {
    index.byKey.set(p.las_key, [...(index.byKey.get(p.las_key) ?? []), p.id]);
    if (p.eckid) index.byEckid.set(p.eckid, [...(index.byEckid.get(p.eckid) ?? []), p.id]);
  }
  for (const pl of placements) {
    const years = index.yearsByJaargroep.get(pl.leerling_id) ?? new Map<string, string[]>();
    years.set(pl.jaargroep, [...(years.get(pl.jaargroep) ?? []), pl.schooljaar]);
    index.yearsByJaargroep.set(pl.leerling_id, years);
  }
  return index;
}

/**
 * Back to the event loop. SQLite runs each statement synchronously and Kysely chains them on
 * promises, so a long run of statements would keep every other request waiting; between statements,
 * other requests get their turn.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const resultKey = (r: { leerlingId: string; toetsId: string; schooljaar: string; moment: string }) =>
  `${r.leerlingId}|${r.toetsId}|${r.schooljaar}|${r.moment}`;

export async function importResults(
  db: Db,
  actor: Actor | null,
  input: ImportInput,
  options: ResultsImportOptions,
  now: Date,
): Promise<ResultsReport> {
  if (actor) {
    // Results for any school (schoolId null) come from the command line only, which has no actor.
    if (options.schoolId === null) throw notFound('De school');
    requireAtSchool(actor, options.schoolId, 'import.run');
  }
  const [pupils, toetsen] = await Promise.all([
    pupilIndex(db, options.schoolId),
    ToetsResolver.create(db, options.schoolId, now, options.versions ?? []),
  ]);
  const { report, valid, mapped, fileProblems } = await readResults(input, options, pupils, toetsen);
  // A catalog instrument becomes a toets only for a result that is stored, not for a refused row.
  const usedToetsen = new Set(valid.map((r) => r.toetsId));
  const newToetsen = toetsen.inserts.filter((t) => usedToetsen.has(t.id));
  report.newToetsen = newToetsen.map((t) => `${t.name} ${t.version}`);

  // With skipInvalid the good rows go in, unless the file itself (not a row) is broken.
  const skipping = options.skipInvalid && mapped && valid.length > 0 && !hasErrors(fileProblems);
  if (hasErrors(report.problems) && !skipping) return { ...report, status: 'refused' };

  const { inserts, changes } = await compareWithStored(db, valid, report);
  if (options.mode === 'preview') return { ...report, status: 'preview' };
  if (inserts.length + changes.length === 0 && newToetsen.length === 0) {
    await rememberVersions(db, actor, options, now);
    return { ...report, status: 'imported' };
  }

  const importId = newId(now.getTime());
  await db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'toets', newToetsen);
    await rememberVersions(trx, actor, options, now);
    const schoolId = options.schoolId ?? (await findSchoolOfPupil(trx, valid[0]?.leerlingId ?? ''));
    await insertImportBatch(trx, {
      id: importId,
      school_id: schoolId,
      kind: 'results',
      filename: options.filename ?? null,
      created_by: actor?.userId ?? null,
      created_at: now.toISOString(),
      summary: JSON.stringify({ rows: report.rows, counts: report.counts }),
    });
    await writeResults(trx, { inserts, changes }, importId, now, options.onProgress);
    await auditMany(trx, now, auditEntries(inserts, changes, actor?.userId ?? null, schoolId, importId));
    await bumpResultsVersion(trx, now);
  });
  return { ...report, status: 'imported', importId };
}

/**
 * The version labels chosen for this file, kept for the school so its next export of the same kind is
 * read without asking (in the import's transaction, or on its own when nothing else is written).
 */
async function rememberVersions(db: Db, actor: Actor | null, options: ResultsImportOptions, now: Date) {
  const choices = options.versions ?? [];
  if (choices.length === 0 || options.schoolId === null) return;
  const schoolId = options.schoolId;
  const write = async (trx: Db) => {
    await upsertVersionChoices(
      trx,
      choices.map((c) => ({
        id: newId(now.getTime()),
        school_id: schoolId,
        toets_label: labelPart(c.toets),
        versie_label: labelPart(c.versie),
        instrument_code: c.instrument,
        created_by: actor?.userId ?? null,
        updated_at: now.toISOString(),
      })),
    );
    await audit(trx, now, {
      userId: actor?.userId ?? null,
      action: 'import.version.choose',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { labels: choices.map((c) => `${c.toets} ${c.versie} → ${c.instrument}`) },
    });
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

/** The valid rows split into new and changed ones; the unchanged are only counted, in the report. */
async function compareWithStored(db: Db, valid: ValidRow[], report: ResultsReport) {
  const stored = await storedResults(db, valid);
  const inserts: ValidRow[] = [];
  const changes: ValidRow[] = [];
  for (const r of valid) {
    const old = stored.get(resultKey(r));
    if (!old) inserts.push(r);
    else if (differs(old, r)) changes.push(r);
    else report.counts.unchanged += 1;
  }
  report.counts.new = inserts.length;
  report.counts.changed = changes.length;
  return { inserts, changes };
}

function differs(old: StoredResult, r: ValidRow): boolean {
  return (
    old.afnamedatum !== r.afnamedatum ||
    old.ruwe_score !== r.ruweScore ||
    old.vaardigheidsscore !== r.vaardigheidsscore ||
    old.niveau !== r.niveau ||
    old.functioneringsniveau !== r.functioneringsniveau ||
    old.dle !== r.dle
  );
}

async function storedResults(db: Db, rows: ValidRow[]) {
  const map = new Map<string, StoredResult>();
  const pupilIds = [...new Set(rows.map((r) => r.leerlingId))];
  const toetsIds = [...new Set(rows.map((r) => r.toetsId))];
  // Only the file's schooljaren: a pupil's other years cannot clash, and need not sit in memory.
  const schooljaren = [...new Set(rows.map((r) => r.schooljaar))];
  for (let i = 0; i < pupilIds.length; i += 500) {
    const found = await findStoredResults(db, pupilIds.slice(i, i + 500), toetsIds, schooljaren);
    await nextTurn();
    for (const f of found) {
      const key = resultKey({
        leerlingId: f.leerling_id,
        toetsId: f.toets_id,
        schooljaar: f.schooljaar,
        moment: f.moment,
      });
      map.set(key, f);
    }
  }
  return map;
}

/** The new results, then the corrected ones over the stored values, in the caller's transaction. */
async function writeResults(
  trx: Db,
  { inserts, changes }: { inserts: ValidRow[]; changes: ValidRow[] },
  importId: string,
  now: Date,
  onProgress: ResultsImportOptions['onProgress'],
) {
  const iso = now.toISOString();
  const row = (r: ValidRow) => ({
    id: newId(now.getTime()),
    created_at: iso,
    leerling_id: r.leerlingId,
    toets_id: r.toetsId,
    schooljaar: r.schooljaar,
    moment: r.moment,
    afnamedatum: r.afnamedatum,
    ruwe_score: r.ruweScore,
    vaardigheidsscore: r.vaardigheidsscore,
    niveau: r.niveau,
    functioneringsniveau: r.functioneringsniveau,
    dle: r.dle,
    import_id: importId,
    updated_at: iso,
  });
  let written = 0;
  // Small statements: each one's parameters are garbage right after, which keeps the peak memory of a
  // 100,000-row import low (2,000 per statement cost some 80 MB more at the peak).
  for (let i = 0; i < inserts.length; i += 500) {
    await insertChunked(trx, 'toetsresultaat', inserts.slice(i, i + 500).map(row));
    written += Math.min(500, inserts.length - i);
    if (written % 2000 === 0 || written === inserts.length) onProgress?.({ phase: 'opslaan', rows: written });
    await nextTurn();
  }
  for (let i = 0; i < changes.length; i += 1000) {
    await replaceResults(trx, changes.slice(i, i + 1000).map(row));
    await nextTurn();
  }
}

/** One audit row per pupil whose results this import created or changed. */
function auditEntries(
  inserts: ValidRow[],
  changes: ValidRow[],
  userId: string | null,
  schoolId: string,
  importId: string,
) {
  const perPupil = new Map<string, { created: number; changed: number }>();
  for (const r of inserts)
    perPupil.set(r.leerlingId, {
      created: (perPupil.get(r.leerlingId)?.created ?? 0) + 1,
      changed: perPupil.get(r.leerlingId)?.changed ?? 0,
    });
  for (const r of changes)
    perPupil.set(r.leerlingId, {
      created: perPupil.get(r.leerlingId)?.created ?? 0,
      changed: (perPupil.get(r.leerlingId)?.changed ?? 0) + 1,
    });
  return [...perPupil].map(([leerlingId, counts]) => ({
    userId,
    action: 'result.import',
    entity: 'toetsresultaat',
    entityId: importId,
    leerlingId,
    schoolId,
    details: counts,
  }));
}
