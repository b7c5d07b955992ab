/**
 * Results import: an LVS export (CSV or XLSX) with a column mapping. Rows are read as a stream and
 * checked one by one; by default all or nothing (any bad row: nothing is written, every bad row is
 * reported with its line). Importing the same file twice changes nothing; a corrected file replaces
 * earlier values of the same pupil, toets and moment, and that change is audited.
 */
import { sql } from 'kysely';
import {
  hasErrors,
  readSheetRows,
  suggestMapping,
  validateMapping,
  type ColumnMapping,
  type ImportInput,
  type ImportProblem,
} from '../../../imports';
import { schoolsWhere, type Actor } from '../../auth/permissions';
import { auditMany } from '../../audit';
import { insertChunked } from '../../db/bulk';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { notFound } from '../../errors';
import { bumpResultsVersion } from '../../results-version';
import { rowValidator, type PupilIndex, type ResultsConstants, type ValidRow } from './results-rows';
import { ToetsResolver } from './toets-resolver';

export interface ResultsImportOptions {
  mode: 'preview' | 'apply';
  schoolId: string | null;
  /** The mapping; without one the header row is matched by synonyms. */
  mapping?: ColumnMapping | undefined;
  constants?: ResultsConstants | undefined;
  skipInvalid?: boolean | undefined;
  filename?: string | null | undefined;
  onProgress?: ((progress: { phase: 'lezen' | 'opslaan'; rows: number }) => void) | undefined;
}

export interface ResultsReport {
  status: 'preview' | 'imported' | 'refused';
  format: string | null;
  encoding: string | null;
  headers: string[];
  mapping: ColumnMapping;
  rows: { total: number; valid: number; invalid: number };
  counts: { new: number; changed: number; unchanged: number };
  newToetsen: string[];
  problems: ImportProblem[];
  importId: string | null;
}

const MAX_REPORTED = 1000;

async function pupilIndex(db: Db, schoolId: string | null): Promise<PupilIndex> {
  let query = db.selectFrom('leerling').select(['id', 'las_key', 'eckid']);
  if (schoolId) query = query.where('school_id', '=', schoolId);
  const pupils = await query.execute();
  let placementQuery = db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select(['p.leerling_id', 'p.jaargroep', 'sj.name as schooljaar']);
  if (schoolId) placementQuery = placementQuery.where('g.school_id', '=', schoolId);
  const placements = await placementQuery.orderBy('sj.name').execute();
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

const resultKey = (r: { leerlingId: string; toetsId: string; schooljaar: string; moment: string }) =>
  `${r.leerlingId}|${r.toetsId}|${r.schooljaar}|${r.moment}`;

export async function importResults(
  db: Db,
  actor: Actor | null,
  input: ImportInput,
  options: ResultsImportOptions,
  now: Date,
): Promise<ResultsReport> {
  if (actor && (options.schoolId === null || !schoolsWhere(actor, 'import.run').includes(options.schoolId))) {
    throw notFound('De school');
  }
  const [pupils, toetsen] = await Promise.all([
    pupilIndex(db, options.schoolId),
    ToetsResolver.create(db, options.schoolId, now),
  ]);
  const reader = readSheetRows(input);

  const report: ResultsReport = {
    status: 'preview',
    format: null,
    encoding: null,
    headers: [],
    mapping: {},
    rows: { total: 0, valid: 0, invalid: 0 },
    counts: { new: 0, changed: 0, unchanged: 0 },
    newToetsen: [],
    problems: [],
    importId: null,
  };
  const problems: ImportProblem[] = [];
  let dropped = 0;
  const addProblems = (list: ImportProblem[]) => {
    for (const p of list) {
      if (problems.length < MAX_REPORTED) problems.push(p);
      else dropped += 1;
    }
  };
  const valid: ValidRow[] = [];
  // A 100,000-row file repeats a few dozen schooljaren, moments, dates and levels: keep each text once,
  // and find repeated rows per pupil, so memory grows with the rows and not with their text.
  const pool = new Map<string, string>();
  const intern = <T extends string | null>(text: T): T => {
    if (text === null) return text;
    const kept = pool.get(text);
    if (kept !== undefined) return kept as T;
    pool.set(text, text);
    return text;
  };
  const firstLine = new Map<string, Map<string, number>>();
  let validate: ReturnType<typeof rowValidator> | null = null;

  for await (const row of reader) {
    if (validate === null) {
      report.headers = row.cells.map((c) => c.trim());
      report.mapping = options.mapping ?? suggestMapping(report.headers).mapping;
      const mappingProblems = validateMapping(report.mapping, {
        headers: report.headers,
        constants: options.constants ?? {},
      });
      addProblems(mappingProblems);
      if (hasErrors(mappingProblems)) break;
      validate = rowValidator(report.mapping, options.constants ?? {}, pupils, toetsen);
      continue;
    }
    report.rows.total += 1;
    if (report.rows.total % 5000 === 0) options.onProgress?.({ phase: 'lezen', rows: report.rows.total });
    const result = validate(row.line, row.cells);
    if (Array.isArray(result)) {
      report.rows.invalid += 1;
      addProblems(result);
      continue;
    }
    const ofPupil = firstLine.get(result.leerlingId) ?? new Map<string, number>();
    firstLine.set(result.leerlingId, ofPupil);
    const key = intern(`${result.toetsId}|${result.schooljaar}|${result.moment}`);
    const earlier = ofPupil.get(key);
    if (earlier !== undefined) {
      report.rows.invalid += 1;
      addProblems([
        {
          severity: 'error',
          code: 'resultaat.dubbel',
          message: `Regel ${row.line}: dezelfde leerling, toets en moment staan ook op regel ${earlier}.`,
          line: row.line,
        },
      ]);
      continue;
    }
    ofPupil.set(key, row.line);
    // The validator's fresh object is kept as it is, its texts swapped for the pooled ones.
    result.schooljaar = intern(result.schooljaar);
    result.moment = intern(result.moment);
    result.afnamedatum = intern(result.afnamedatum);
    result.niveau = intern(result.niveau);
    result.functioneringsniveau = intern(result.functioneringsniveau);
    valid.push(result);
  }
  report.format = reader.info.format;
  report.encoding = reader.info.encoding;
  addProblems(reader.info.problems);
  if (validate === null && !hasErrors(problems)) {
    addProblems([
      {
        severity: 'error',
        code: 'resultaat.leeg-bestand',
        message: 'Het bestand is leeg: er is geen kopregel met kolomnamen.',
      },
    ]);
  }
  if (dropped > 0) {
    problems.push({
      severity: 'error',
      code: 'resultaat.meer',
      message: `En nog ${dropped} problemen die hier niet staan.`,
    });
  }
  report.problems = problems;
  report.rows.valid = valid.length;
  // A catalog instrument becomes a toets only for a result that is stored, not for a refused row.
  const usedToetsen = new Set(valid.map((r) => r.toetsId));
  const newToetsen = toetsen.inserts.filter((t) => usedToetsen.has(t.id));
  report.newToetsen = newToetsen.map((t) => `${t.name} ${t.version}`);

  const blocking =
    hasErrors(problems) &&
    !(options.skipInvalid && validate !== null && valid.length > 0 && !hasErrors(reader.info.problems));
  if (blocking) return { ...report, status: 'refused' };

  const existing = await existingResults(db, valid);

  const inserts: ValidRow[] = [];
  const changes: ValidRow[] = [];
  for (const r of valid) {
    const old = existing.get(resultKey(r));
    if (!old) inserts.push(r);
    else if (differs(old, r)) changes.push(r);
    else report.counts.unchanged += 1;
  }
  report.counts.new = inserts.length;
  report.counts.changed = changes.length;
  if (options.mode === 'preview' || (inserts.length + changes.length === 0 && newToetsen.length === 0)) {
    return { ...report, status: options.mode === 'preview' ? 'preview' : 'imported' };
  }

  const importId = newId(now.getTime());
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'toets', newToetsen);
    const schoolId = options.schoolId ?? (await schoolOf(trx, valid[0]?.leerlingId ?? ''));
    await trx
      .insertInto('import_batch')
      .values({
        id: importId,
        school_id: schoolId,
        kind: 'results',
        filename: options.filename ?? null,
        created_by: actor?.userId ?? null,
        created_at: iso,
        summary: JSON.stringify({ rows: report.rows, counts: report.counts }),
      })
      .execute();
    const row = (r: ValidRow) => ({
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
      await insertChunked(
        trx,
        'toetsresultaat',
        inserts.slice(i, i + 500).map((r) => ({ id: newId(now.getTime()), created_at: iso, ...row(r) })),
      );
      written += Math.min(500, inserts.length - i);
      if (written % 2000 === 0 || written === inserts.length)
        options.onProgress?.({ phase: 'opslaan', rows: written });
    }
    // A corrected value replaces the earlier one; the row keeps its id, so its history in the audit log stays linked.
    for (let i = 0; i < changes.length; i += 1000) {
      await trx
        .insertInto('toetsresultaat')
        .values(
          changes.slice(i, i + 1000).map((r) => ({ id: newId(now.getTime()), created_at: iso, ...row(r) })),
        )
        .onConflict((oc) =>
          oc.columns(['leerling_id', 'toets_id', 'schooljaar', 'moment']).doUpdateSet({
            afnamedatum: sql`excluded.afnamedatum`,
            ruwe_score: sql`excluded.ruwe_score`,
            vaardigheidsscore: sql`excluded.vaardigheidsscore`,
            niveau: sql`excluded.niveau`,
            functioneringsniveau: sql`excluded.functioneringsniveau`,
            dle: sql`excluded.dle`,
            import_id: sql`excluded.import_id`,
            updated_at: sql`excluded.updated_at`,
          }),
        )
        .execute();
    }
    await auditMany(trx, now, auditEntries(inserts, changes, actor?.userId ?? null, schoolId, importId));
    await bumpResultsVersion(trx, now);
  });
  return { ...report, status: 'imported', importId };
}

function differs(
  old: {
    afnamedatum: string | null;
    ruwe_score: number | null;
    vaardigheidsscore: number | null;
    niveau: string | null;
    functioneringsniveau: string | null;
    dle: number | null;
  },
  r: ValidRow,
): boolean {
  return (
    old.afnamedatum !== r.afnamedatum ||
    old.ruwe_score !== r.ruweScore ||
    old.vaardigheidsscore !== r.vaardigheidsscore ||
    old.niveau !== r.niveau ||
    old.functioneringsniveau !== r.functioneringsniveau ||
    old.dle !== r.dle
  );
}

async function existingResults(db: Db, rows: ValidRow[]) {
  const map = new Map<
    string,
    {
      afnamedatum: string | null;
      ruwe_score: number | null;
      vaardigheidsscore: number | null;
      niveau: string | null;
      functioneringsniveau: string | null;
      dle: number | null;
    }
  >();
  const pupilIds = [...new Set(rows.map((r) => r.leerlingId))];
  const toetsIds = [...new Set(rows.map((r) => r.toetsId))];
  // Only the file's schooljaren: a pupil's other years cannot clash, and need not sit in memory.
  const schooljaren = [...new Set(rows.map((r) => r.schooljaar))];
  for (let i = 0; i < pupilIds.length; i += 500) {
    const found = await db
      .selectFrom('toetsresultaat')
      .select([
        'leerling_id',
        'toets_id',
        'schooljaar',
        'moment',
        'afnamedatum',
        'ruwe_score',
        'vaardigheidsscore',
        'niveau',
        'functioneringsniveau',
        'dle',
      ])
      .where('leerling_id', 'in', pupilIds.slice(i, i + 500))
      .where('toets_id', 'in', toetsIds)
      .where('schooljaar', 'in', schooljaren)
      .execute();
    for (const f of found) {
      map.set(
        resultKey({
          leerlingId: f.leerling_id,
          toetsId: f.toets_id,
          schooljaar: f.schooljaar,
          moment: f.moment,
        }),
        f,
      );
    }
  }
  return map;
}

async function schoolOf(db: Db, pupilId: string): Promise<string> {
  const row = await db
    .selectFrom('leerling')
    .select('school_id')
    .where('id', '=', pupilId)
    .executeTakeFirstOrThrow();
  return row.school_id;
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
