/**
 * EDEXML import: the pupil administration's export (ParnasSys, ESIS) read into Leerwinst. A preview
 * first (what is new, changed, leaving, missing, and every warning), then one transaction. A file with
 * errors is refused as a whole; nothing is written.
 */
import type { z } from 'zod';
import { hasErrors, parseEdexmlOffThread, type EdexmlResult, type ImportInput } from '../../../imports';
import { schooljaarBounds, schooljaarOf, schooljaarOfDate } from '../../../domain/schooljaar';
import { mayAt, requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { notFound } from '../../errors';
import { manageableBestuurIds } from '../admin/admin.policy';
import { applyEdexmlPlan } from './edexml-apply';
import { planEdexml } from './edexml-plan';
import { planChangesNothing, type EdexmlPlan } from './edexml-plan-model';
import { countsOf, problem, refused, type EdexmlReport } from './edexml-report';
import { findSchooljaarId, insertSchool, insertSchooljaar, loadSchoolState } from './edexml.queries';
import type { EdexmlImportQuery } from './imports.schema';
import { findSchoolBrin, findSchoolByBrin, insertImportBatch } from './imports.queries';

type EdexmlImportOptions = Pick<z.infer<typeof EdexmlImportQuery>, 'mode' | 'filename'> & {
  /** The school the user means (browser) or the BRIN given on the command line; checked against the file. */
  expectedBrin?: string | null | undefined;
  /** Create the school when it is not known yet, under this bestuur (the browser asks first). */
  createInBestuurId?: string | null | undefined;
};

type KnownSchool = Awaited<ReturnType<typeof findSchoolByBrin>>;

/** The import from the browser: the school the user works in (if given) is the one the file must be of. */
export async function importEdexmlForSchool(
  db: Db,
  actor: Actor,
  input: ImportInput,
  query: z.infer<typeof EdexmlImportQuery>,
  now: Date,
): Promise<EdexmlReport> {
  if (query.schoolId) requireAtSchool(actor, query.schoolId, 'import.run');
  const school = query.schoolId ? await findSchoolBrin(db, query.schoolId) : undefined;
  const expectedBrin = school ? `${school.brin}${school.vestiging ? `-${school.vestiging}` : ''}` : null;
  const { mode, createInBestuurId, filename } = query;
  return importEdexml(db, actor, input, { mode, expectedBrin, createInBestuurId, filename }, now);
}

/** The file's school, or the report that refuses it: no BRIN, or another school than the one meant. */
function schoolOfFile(file: EdexmlResult, expectedBrin: string | null | undefined) {
  const brin = file.school?.brincode?.toUpperCase() ?? null;
  const vestiging = file.school?.dependancecode ?? null;
  if (!brin)
    return refused(file, [
      problem('edexml.geen-brin', 'Het bestand noemt geen BRIN-nummer van de school.'),
      ...file.problems,
    ]);
  const expected = expectedBrin?.toUpperCase();
  if (expected && expected !== brin && expected !== `${brin}-${vestiging ?? ''}`) {
    return refused(file, [
      problem(
        'edexml.andere-school',
        `Dit bestand hoort bij BRIN ${brin}${vestiging ? `-${vestiging}` : ''}, niet bij ${expected}.`,
      ),
    ]);
  }
  return { brin, vestiging };
}

/** A user who may not import for the file's school learns nothing about it, not even that it exists. */
function requireFileSchool(actor: Actor | null, school: KnownSchool): void {
  if (!actor) return;
  if (school) return requireAtSchool(actor, school.id, 'import.run', 'De school van dit bestand');
  // Nor can a user who may not create schools tell an unknown school from one that is not theirs.
  if (manageableBestuurIds(actor).length === 0) throw notFound('De school van dit bestand');
}

/** The schooljaar of the file (else of its peildatum, else of today) and the day changes take effect. */
function yearOfFile(file: EdexmlResult, now: Date) {
  const schooljaar =
    file.school?.schooljaar ??
    (file.school?.peildatum ? schooljaarOfDate(file.school.peildatum) : schooljaarOf(now));
  const bounds = schooljaarBounds(schooljaar);
  const peil = file.school?.peildatum ?? now.toISOString().slice(0, 10);
  const referenceDate = peil < bounds.start ? bounds.start : peil > bounds.end ? bounds.end : peil;
  return { schooljaar, bounds, referenceDate };
}

/** An unknown school is created only under a bestuur the user confirmed and manages. */
function mayCreateSchool(actor: Actor | null, options: EdexmlImportOptions): boolean {
  const bestuurId = options.createInBestuurId ?? null;
  if (!bestuurId) return false;
  return actor === null || manageableBestuurIds(actor).includes(bestuurId);
}

/**
 * The report as the actor may see it: the names and keys of leavers and of pupils missing from the
 * file (the latter read from the database) only with pupil.read at the school; without it (a
 * beheerder), the counts only. The command line (no actor) sees everything.
 */
function visibleTo(actor: Actor | null, report: EdexmlReport): EdexmlReport {
  const schoolId = report.school.id;
  if (actor === null || (schoolId !== null && mayAt(actor, schoolId, 'pupil.read'))) return report;
  return { ...report, leaving: [], missing: [] };
}

/**
 * Reads the file (in a worker, with the plausibility limits), compares it with the school in the
 * database, and in apply mode writes the changes in one transaction.
 */
export async function importEdexml(
  db: Db,
  actor: Actor | null,
  input: ImportInput,
  options: EdexmlImportOptions,
  now: Date,
): Promise<EdexmlReport> {
  return visibleTo(actor, await readAndApply(db, actor, input, options, now));
}

async function readAndApply(
  db: Db,
  actor: Actor | null,
  input: ImportInput,
  options: EdexmlImportOptions,
  now: Date,
): Promise<EdexmlReport> {
  const file = await parseEdexmlOffThread(input);
  if (!file.readable || hasErrors(file.problems)) return refused(file, file.problems);
  const fileSchool = schoolOfFile(file, options.expectedBrin);
  if ('status' in fileSchool) return fileSchool;
  const { brin, vestiging } = fileSchool;
  const school = await findSchoolByBrin(db, brin, vestiging);
  requireFileSchool(actor, school);
  const vestigingNaam = file.vestigingen.find((v) => v.naam)?.naam ?? null;
  const schoolInfo = {
    id: school?.id ?? null,
    brin,
    vestiging,
    name: school?.name ?? vestigingNaam ?? `School ${brin}`,
    exists: school !== undefined,
  };
  if (!school && options.mode === 'apply' && !mayCreateSchool(actor, options)) {
    const message = `School ${brin} is nog niet bekend; bevestig eerst dat Leerwinst haar mag aanmaken.`;
    return refused(file, [problem('edexml.school-onbekend', message)], schoolInfo);
  }

  const { schooljaar, bounds, referenceDate } = yearOfFile(file, now);
  const existingYear = school ? await findSchooljaarId(db, school.id, schooljaar) : undefined;
  const schoolId = school?.id ?? newId(now.getTime());
  const schooljaarId = existingYear?.id ?? newId(now.getTime());
  const state = await loadSchoolState(db, schoolId, existingYear?.id ?? null);
  const plan = planEdexml(file, state, { schoolId, schooljaarId, schooljaar: bounds, referenceDate, now });

  const report: EdexmlReport = {
    status: 'preview',
    school: schoolInfo,
    needsSchoolCreation: !school,
    schooljaar,
    version: file.version,
    scope: file.scope,
    counts: countsOf(plan),
    leaving: plan.leaving,
    missing: plan.missing,
    problems: file.problems,
    importId: null,
  };
  if (options.mode === 'preview') return report;
  const imported = {
    ...report,
    status: 'imported' as const,
    school: { ...schoolInfo, id: schoolId, exists: true },
  };
  // The same file again: nothing to write, so no import batch and no audit row either.
  if (school && existingYear && planChangesNothing(plan)) return imported;

  const importId = newId(now.getTime());
  await db.transaction().execute((trx) =>
    writeImport(trx, plan, {
      actor,
      options,
      report,
      newSchool: school ? null : { brin, vestiging, name: schoolInfo.name },
      newYear: existingYear ? null : { name: schooljaar, ...bounds },
      schoolId,
      schooljaarId,
      importId,
      now,
    }),
  );
  return { ...imported, needsSchoolCreation: false, importId };
}

interface WriteContext {
  actor: Actor | null;
  options: EdexmlImportOptions;
  report: EdexmlReport;
  /** The school to create, when the file's school is not known yet. */
  newSchool: { brin: string; vestiging: string | null; name: string } | null;
  /** The schooljaar to create, when the school has none of that name yet. */
  newYear: { name: string; start: string; end: string } | null;
  schoolId: string;
  schooljaarId: string;
  importId: string;
  now: Date;
}

/** The school and schooljaar if new, the import batch, then the plan, in the caller's transaction. */
async function writeImport(trx: Db, plan: EdexmlPlan, ctx: WriteContext): Promise<void> {
  const iso = ctx.now.toISOString();
  const { newSchool, newYear, schoolId, schooljaarId, importId } = ctx;
  if (newSchool) {
    await insertSchool(trx, {
      id: schoolId,
      bestuur_id: ctx.options.createInBestuurId ?? '',
      ...newSchool,
      schoolweging: null,
      created_at: iso,
      updated_at: iso,
    });
  }
  if (newYear) {
    await insertSchooljaar(trx, {
      id: schooljaarId,
      school_id: schoolId,
      name: newYear.name,
      start_date: newYear.start,
      end_date: newYear.end,
    });
  }
  await insertImportBatch(trx, {
    id: importId,
    school_id: schoolId,
    kind: 'edexml',
    filename: ctx.options.filename ?? null,
    created_by: ctx.actor?.userId ?? null,
    created_at: iso,
    summary: JSON.stringify({
      counts: ctx.report.counts,
      schooljaar: ctx.report.schooljaar,
      version: ctx.report.version,
    }),
  });
  const userId = ctx.actor?.userId ?? null;
  await applyEdexmlPlan(trx, plan, { schoolId, schooljaarId, importId, userId, now: ctx.now });
}
