import { parseNormCsv, type CsvIssue } from '../../../domain/norm-csv';
import { momentOrder } from '../../../domain/functioneringsniveau';
import { systemsInRow, type NormSystem } from '../../../domain/norms';
import type { z } from 'zod';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { AppError, notFound } from '../../errors';
import { bumpResultsVersion } from '../../results-version';
import { normRowsInUse } from '../analysis/engine-data';
import {
  deleteDlePoints,
  deleteNormRows,
  findDlePoints,
  findNormRows,
  findToetsen,
  insertDlePoints,
  insertNormRows,
} from './norms.queries';
import type { NormImportBody } from './norms.schema';

type ToetsRow = Awaited<ReturnType<typeof findToetsen>>[number];

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A CSV's toets + versie to a toets of the catalog: by code, or by name, always with the same version. */
function toetsMatcher(toetsen: ToetsRow[]) {
  return (name: string, versie: string): ToetsRow | undefined => {
    const n = normalize(name);
    const v = normalize(versie);
    return toetsen.find(
      (t) => normalize(t.version) === v && (normalize(t.code) === n || normalize(t.name) === n),
    );
  };
}

export class NormImportRefused extends AppError {
  constructor(readonly problems: CsvIssue[]) {
    super(
      'invalid_input',
      `Het normbestand is niet ingelezen: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} (eerste: regel ${problems[0]?.line}: ${problems[0]?.message}).`,
      problems.map((p) => ({ field: `regel ${p.line}`, message: p.message })),
    );
  }
}

type ParsedNorms = ReturnType<typeof parseNormCsv>;
type NormImportInput = Omit<z.infer<typeof NormImportBody>, 'schoolId'> & {
  /** null: general norms for every school, from the command line only. */
  schoolId: string | null;
};

/** The file's rows and DLE points matched to toetsen, and every problem found on the way. */
function matchToToetsen(parsed: ParsedNorms, toetsen: ToetsRow[]) {
  const match = toetsMatcher(toetsen);
  const problems: CsvIssue[] = [...parsed.issues];
  // The parser finds doubles by the name as written; one toets named by code and by name is found here.
  const lineOf = new Map<string, number>();
  const rows = parsed.rows.flatMap((row) => {
    const toets = match(row.toets, row.versie);
    if (!toets) {
      problems.push({ line: row.line, message: `Onbekende toets '${row.toets}' versie '${row.versie}'.` });
      return [];
    }
    const earlier = lineOf.get(`${toets.id}|${row.moment}`);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        message: `Dubbel: ${toets.name} versie ${toets.version} moment ${row.moment} staat ook op regel ${earlier}.`,
      });
      return [];
    }
    lineOf.set(`${toets.id}|${row.moment}`, row.line);
    const system = toets.level_system as NormSystem | 'AVI' | null;
    if (system && system !== 'AVI' && !systemsInRow(row).includes(system)) {
      problems.push({
        line: row.line,
        message: `${toets.name} gebruikt niveaus ${system}; deze regel heeft geen grensscores voor ${system}.`,
      });
      return [];
    }
    return [{ toets, row }];
  });
  const points = parsed.dlePoints.flatMap((point) => {
    const toets = match(point.toets, point.versie);
    if (!toets) {
      problems.push({
        line: point.line,
        message: `Onbekende toets '${point.toets}' versie '${point.versie}'.`,
      });
      return [];
    }
    return [{ toets, point }];
  });
  if (rows.length === 0 && points.length === 0 && problems.length === 0) {
    problems.push({ line: 1, message: 'Het bestand bevat geen normregels en geen DLE-punten.' });
  }
  return { rows, points, problems: problems.sort((a, b) => a.line - b.line) };
}

type MatchedNorms = ReturnType<typeof matchToToetsen>;

/** Replaces the stored rows and points of the file's toetsen (and moments), in the caller's transaction. */
async function storeNorms(
  trx: Db,
  actor: Actor | null,
  input: NormImportInput,
  { rows, points }: MatchedNorms,
  now: Date,
) {
  const iso = now.toISOString();
  for (const { toets, row } of rows) await deleteNormRows(trx, toets.id, row.moment, input.schoolId);
  await insertNormRows(
    trx,
    rows.map(({ toets, row }) => ({
      id: newId(now.getTime()),
      toets_id: toets.id,
      school_id: input.schoolId,
      moment: row.moment,
      cuts: JSON.stringify(row.cuts),
      mean: row.gemiddelde,
      label: input.label ?? null,
      created_by: actor?.userId ?? null,
      created_at: iso,
    })),
  );
  for (const toetsId of new Set(points.map((p) => p.toets.id)))
    await deleteDlePoints(trx, toetsId, input.schoolId);
  await insertDlePoints(
    trx,
    points.map(({ toets, point }) => ({
      id: newId(now.getTime()),
      toets_id: toets.id,
      school_id: input.schoolId,
      min_score: point.minScore,
      dle: point.dle,
    })),
  );
  await bumpResultsVersion(trx, now);
  await audit(trx, now, {
    userId: actor?.userId ?? null,
    action: 'norms.import',
    entity: 'norm_row',
    schoolId: input.schoolId,
    details: { rows: rows.length, dlePoints: points.length },
  });
}

/**
 * Reads a norm or DLE file and stores it for one school (or, from the command line, for every school
 * when schoolId is null). All or nothing: with any problem nothing is written, and every problem is
 * reported with its line. A second import of the same toets and moment replaces the earlier rows.
 */
export async function importNorms(db: Db, actor: Actor | null, input: NormImportInput, now: Date) {
  if (actor) {
    // Norms for every school (schoolId null) come from the command line only, which has no actor.
    if (input.schoolId === null) throw notFound('De school');
    requireAtSchool(actor, input.schoolId, 'norms.manage');
  }
  const matched = matchToToetsen(parseNormCsv(input.csv), await findToetsen(db, input.schoolId));
  if (matched.problems.length > 0) throw new NormImportRefused(matched.problems);
  await db.transaction().execute((trx) => storeNorms(trx, actor, input, matched, now));
  const { rows, points } = matched;
  const names = [
    ...new Set(
      [...rows.map((r) => r.toets), ...points.map((p) => p.toets)].map((t) => `${t.name} ${t.version}`),
    ),
  ];
  return { normRows: rows.length, dlePoints: points.length, toetsen: names.sort() };
}

export async function listNorms(db: Db, actor: Actor, schoolId: string) {
  requireAtSchool(actor, schoolId, 'norms.manage');
  const toetsen = await findToetsen(db, schoolId);
  const ids = toetsen.map((t) => t.id);
  const [rows, points] = await Promise.all([
    findNormRows(db, ids, [schoolId]),
    findDlePoints(db, ids, [schoolId]),
  ]);
  return {
    toetsen: toetsen
      .map((t) => {
        const used = normRowsInUse(rows.filter((r) => r.toets_id === t.id));
        const own = used.filter((r) => r.school_id === schoolId);
        // The same for DLE points, as the engine reads them (engine-data.ts).
        const ownPoints = points.filter((p) => p.toets_id === t.id && p.school_id === schoolId);
        const usedPoints =
          ownPoints.length > 0
            ? ownPoints
            : points.filter((p) => p.toets_id === t.id && p.school_id === null);
        return {
          toetsId: t.id,
          name: t.name,
          version: t.version,
          vak: t.vak,
          levelSystem: t.level_system,
          moments: used.map((r) => r.moment).sort((a, b) => (momentOrder(a) ?? 99) - (momentOrder(b) ?? 99)),
          dlePoints: usedPoints.length,
          source: own.length > 0 ? ('school' as const) : ('algemeen' as const),
          label: (own[0] ?? used[0])?.label ?? null,
        };
      })
      .sort((a, b) => a.vak.localeCompare(b.vak) || a.name.localeCompare(b.name)),
  };
}
