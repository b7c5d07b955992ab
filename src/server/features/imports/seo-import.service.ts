/**
 * The SEO import: a social-emotional export (CSV or XLSX) with a mapping, all or nothing. Importing
 * the same file twice changes nothing; a corrected file replaces the earlier value of the same pupil,
 * instrument, list, scale and date, and that change is audited (one row per pupil).
 */
import { fullName } from '../../../shared/names';
import { hasErrors, type ImportInput, type SeoScore } from '../../../imports';
import { mayAt, requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import { auditMany } from '../../audit';
import { insertChunked } from '../../db/bulk';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { insertImportBatch } from './imports.queries';
import { pupilIndex } from './results-import.service';
import { matchPupil } from './results-rows';
import type { SeoReport } from './seo-import.schema';
import { findPupilNames, findStoredSeo, replaceSeo, type StoredSeo } from './seo-import.queries';
import { schoolSeoInstruments } from './seo-instruments';
import { readSeoFile, type SeoConfig } from './seo-read';

export interface SeoImportOptions {
  mode: 'preview' | 'apply';
  schoolId: string;
  filename?: string | undefined;
  config: SeoConfig;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const keyOf = (r: {
  leerlingId: string;
  instrument: string;
  lijst: string;
  schaal: string;
  afnamedatum: string;
}) => `${r.leerlingId}|${r.instrument}|${r.lijst}|${r.schaal}|${r.afnamedatum}`;

function emptyReport(): SeoReport {
  return {
    status: 'refused',
    format: null,
    headerRow: null,
    rows: { total: 0, valid: 0, invalid: 0, empty: 0 },
    scores: { total: 0, new: 0, changed: 0, unchanged: 0 },
    pupils: 0,
    perScale: [],
    signalled: [],
    problems: [],
    importId: null,
  };
}

export async function importSeo(
  db: Db,
  actor: Actor | null,
  input: ImportInput,
  options: SeoImportOptions,
  now: Date,
): Promise<SeoReport> {
  if (actor) requireAtSchool(actor, options.schoolId, 'import.run');
  const [pupils, school] = await Promise.all([
    pupilIndex(db, options.schoolId),
    schoolSeoInstruments(db, options.schoolId),
  ]);
  const pupilOf = (key: string, eckid: string) => {
    const found = matchPupil(pupils, key, eckid);
    if (typeof found === 'string') return found;
    return { code: found.code, one: found.message, ...(key ? { key } : {}) };
  };
  const read = await readSeoFile(input, options.config, school, pupilOf, options.filename);
  const report: SeoReport = {
    ...emptyReport(),
    format: read.format,
    headerRow: read.headerRow,
    problems: read.problems,
  };
  const reader = read.reader;
  if (!reader || hasErrors(read.problems)) {
    if (reader) report.rows = { ...reader.rows };
    return report;
  }
  const scores = reader.scores;
  report.rows = { ...reader.rows };
  summarize(report, scores);
  const { inserts, changes } = await compareWithStored(db, scores, report);
  report.signalled = await signalledPupils(db, actor, options.schoolId, scores);
  if (options.mode === 'preview') return { ...report, status: 'preview' };
  if (inserts.length + changes.length === 0) return { ...report, status: 'imported' };

  const importId = newId(now.getTime());
  await db.transaction().execute(async (trx) => {
    await insertImportBatch(trx, {
      id: importId,
      school_id: options.schoolId,
      kind: 'seo',
      filename: options.filename ?? null,
      created_by: actor?.userId ?? null,
      created_at: now.toISOString(),
      summary: JSON.stringify({ rows: report.rows, scores: report.scores }),
    });
    await writeScores(trx, { inserts, changes }, options.schoolId, importId, now);
    await auditMany(
      trx,
      now,
      auditEntries(inserts, changes, actor?.userId ?? null, options.schoolId, importId),
    );
  });
  return { ...report, status: 'imported', importId };
}

/** Counts per instrument, list and scale, for the preview. */
function summarize(report: SeoReport, scores: readonly SeoScore[]) {
  const perScale = new Map<string, SeoReport['perScale'][number]>();
  for (const s of scores) {
    const key = `${s.instrument}|${s.lijst}|${s.schaal}`;
    const entry = perScale.get(key) ?? {
      instrument: s.instrument,
      lijst: s.lijst,
      schaal: s.schaal,
      scores: 0,
      bands: { laag: 0, gemiddeld: 0, hoog: 0 },
      signals: 0,
    };
    entry.scores += 1;
    if (s.band) entry.bands[s.band] += 1;
    if (s.signaal) entry.signals += 1;
    perScale.set(key, entry);
  }
  report.perScale = [...perScale.values()];
  report.scores.total = scores.length;
  report.pupils = new Set(scores.map((s) => s.leerlingId)).size;
}

/** The pupils with a signal, by name: only for a role that may read the school's pupils. */
async function signalledPupils(db: Db, actor: Actor | null, schoolId: string, scores: readonly SeoScore[]) {
  if (actor !== null && !mayAt(actor, schoolId, 'pupil.read')) return [];
  const counts = new Map<string, number>();
  for (const s of scores) if (s.signaal) counts.set(s.leerlingId, (counts.get(s.leerlingId) ?? 0) + 1);
  if (counts.size === 0) return [];
  const ids = [...counts.keys()];
  const rows = [];
  for (let i = 0; i < ids.length; i += 500) rows.push(...(await findPupilNames(db, ids.slice(i, i + 500))));
  return rows
    .map((p) => ({ key: p.las_key, name: fullName(p), signals: counts.get(p.id) ?? 0 }))
    .sort((a, b) => b.signals - a.signals || a.name.localeCompare(b.name, 'nl'));
}

function differs(old: StoredSeo, s: SeoScore) {
  return (
    old.versie !== s.versie ||
    old.ruwe_score !== s.ruweScore ||
    old.percentiel !== s.percentiel ||
    old.band !== s.band ||
    old.signaal !== s.signaal
  );
}

async function compareWithStored(db: Db, scores: SeoScore[], report: SeoReport) {
  const stored = new Map<string, StoredSeo>();
  const pupilIds = [...new Set(scores.map((s) => s.leerlingId))];
  const instruments = [...new Set(scores.map((s) => s.instrument))];
  for (let i = 0; i < pupilIds.length; i += 500) {
    const found = await findStoredSeo(db, pupilIds.slice(i, i + 500), instruments);
    for (const f of found)
      stored.set(
        keyOf({
          leerlingId: f.leerling_id,
          instrument: f.instrument,
          lijst: f.lijst,
          schaal: f.schaal,
          afnamedatum: f.afnamedatum,
        }),
        f,
      );
    await nextTurn();
  }
  const inserts: SeoScore[] = [];
  const changes: SeoScore[] = [];
  for (const s of scores) {
    const old = stored.get(keyOf(s));
    if (!old) inserts.push(s);
    else if (differs(old, s)) changes.push(s);
    else report.scores.unchanged += 1;
  }
  report.scores.new = inserts.length;
  report.scores.changed = changes.length;
  return { inserts, changes };
}

async function writeScores(
  trx: Db,
  { inserts, changes }: { inserts: SeoScore[]; changes: SeoScore[] },
  schoolId: string,
  importId: string,
  now: Date,
) {
  const iso = now.toISOString();
  const row = (s: SeoScore) => ({
    id: newId(now.getTime()),
    leerling_id: s.leerlingId,
    school_id: schoolId,
    instrument: s.instrument,
    versie: s.versie,
    lijst: s.lijst,
    schaal: s.schaal,
    schooljaar: s.schooljaar,
    afnamedatum: s.afnamedatum,
    ruwe_score: s.ruweScore,
    percentiel: s.percentiel,
    band: s.band,
    signaal: s.signaal,
    import_id: importId,
    created_at: iso,
    updated_at: iso,
  });
  for (let i = 0; i < inserts.length; i += 1000) {
    await insertChunked(trx, 'seo_score', inserts.slice(i, i + 1000).map(row));
    await nextTurn();
  }
  for (let i = 0; i < changes.length; i += 500) {
    await replaceSeo(trx, changes.slice(i, i + 500).map(row));
    await nextTurn();
  }
}

/** One audit row per pupil whose scores this import created or changed. */
function auditEntries(
  inserts: SeoScore[],
  changes: SeoScore[],
  userId: string | null,
  schoolId: string,
  importId: string,
) {
  const perPupil = new Map<string, { created: number; changed: number }>();
  const count = (s: SeoScore, field: 'created' | 'changed') => {
    const entry = perPupil.get(s.leerlingId) ?? { created: 0, changed: 0 };
    entry[field] += 1;
    perPupil.set(s.leerlingId, entry);
  };
  for (const s of inserts) count(s, 'created');
  for (const s of changes) count(s, 'changed');
  return [...perPupil].map(([leerlingId, counts]) => ({
    userId,
    action: 'seo.import',
    entity: 'seo_score',
    entityId: importId,
    leerlingId,
    schoolId,
    details: counts,
  }));
}
