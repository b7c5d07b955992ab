/**
 * EDEXML import: the pupil administration's export (ParnasSys, ESIS) read into Leerwinst. A preview
 * first (what is new, changed, leaving, missing, and every warning), then one transaction. A file with
 * errors is refused as a whole; nothing is written.
 */
import {
  hasErrors,
  parseEdexml,
  type EdexmlResult,
  type ImportInput,
  type ImportProblem,
} from '../../../imports';
import { schooljaarBounds, schooljaarOf, schooljaarOfDate } from '../../../domain/schooljaar';
import { schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { notFound } from '../../errors';
import { manageableBestuurIds } from '../admin/admin.policy';
import { applyEdexmlPlan } from './edexml-apply';
import { planChangesNothing, planEdexml, type EdexmlPlan } from './edexml-plan';
import { loadSchoolState } from './edexml-state';

export interface EdexmlImportOptions {
  mode: 'preview' | 'apply';
  /** The school the user means (browser) or the BRIN given on the command line; checked against the file. */
  expectedBrin?: string | null | undefined;
  /** Create the school when it is not known yet, under this bestuur (the browser asks first). */
  createInBestuurId?: string | null | undefined;
  filename?: string | null | undefined;
}

export interface EdexmlReport {
  status: 'preview' | 'imported' | 'refused';
  school: {
    id: string | null;
    brin: string | null;
    vestiging: string | null;
    name: string | null;
    exists: boolean;
  };
  /** The school is not known: the browser asks whether to create it, under which bestuur. */
  needsSchoolCreation: boolean;
  schooljaar: string | null;
  version: string | null;
  scope: string;
  counts: {
    groups: { new: number; changed: number; unchanged: number };
    pupils: { new: number; changed: number; unchanged: number; leaving: number; missing: number };
    staff: { new: number; changed: number; unchanged: number; linkedAccounts: number };
  };
  leaving: { key: string; name: string; date: string }[];
  missing: { key: string; name: string }[];
  problems: ImportProblem[];
  importId: string | null;
}

const EMPTY_COUNTS: EdexmlReport['counts'] = {
  groups: { new: 0, changed: 0, unchanged: 0 },
  pupils: { new: 0, changed: 0, unchanged: 0, leaving: 0, missing: 0 },
  staff: { new: 0, changed: 0, unchanged: 0, linkedAccounts: 0 },
};

function refused(
  file: EdexmlResult | null,
  problems: ImportProblem[],
  school: EdexmlReport['school'] | null = null,
): EdexmlReport {
  return {
    status: 'refused',
    school: school ?? {
      id: null,
      brin: file?.school?.brincode ?? null,
      vestiging: file?.school?.dependancecode ?? null,
      name: null,
      exists: false,
    },
    needsSchoolCreation: false,
    schooljaar: file?.school?.schooljaar ?? null,
    version: file?.version ?? null,
    scope: file?.scope ?? 'volledig',
    counts: EMPTY_COUNTS,
    leaving: [],
    missing: [],
    problems,
    importId: null,
  };
}

function problem(code: string, message: string): ImportProblem {
  return { severity: 'error', code, message };
}

function countsOf(plan: EdexmlPlan): EdexmlReport['counts'] {
  return {
    groups: {
      new: plan.groups.insert.length,
      changed: plan.groups.update.length,
      unchanged: plan.groups.unchanged,
    },
    pupils: {
      new: plan.pupils.insert.length,
      changed: plan.pupils.update.length,
      unchanged: plan.pupils.unchanged,
      leaving: plan.leaving.length,
      missing: plan.missing.length,
    },
    staff: {
      new: plan.staff.insert.length,
      changed: plan.staff.update.length,
      unchanged: plan.staff.unchanged,
      linkedAccounts: plan.staff.linkedAccounts,
    },
  };
}

export async function importEdexml(
  db: Db,
  actor: Actor | null,
  input: ImportInput,
  options: EdexmlImportOptions,
  now: Date,
): Promise<EdexmlReport> {
  const file = await parseEdexml(input);
  if (!file.readable || hasErrors(file.problems)) return refused(file, file.problems);
  const brin = file.school?.brincode?.toUpperCase() ?? null;
  const vestiging = file.school?.dependancecode ?? null;
  if (!brin)
    return refused(file, [
      problem('edexml.geen-brin', 'Het bestand noemt geen BRIN-nummer van de school.'),
      ...file.problems,
    ]);
  const expected = options.expectedBrin?.toUpperCase();
  if (expected && expected !== brin && expected !== `${brin}-${vestiging ?? ''}`) {
    return refused(file, [
      problem(
        'edexml.andere-school',
        `Dit bestand hoort bij BRIN ${brin}${vestiging ? `-${vestiging}` : ''}, niet bij ${expected}.`,
      ),
    ]);
  }

  let schoolQuery = db.selectFrom('school').select(['id', 'name', 'bestuur_id']).where('brin', '=', brin);
  schoolQuery = vestiging
    ? schoolQuery.where('vestiging', '=', vestiging)
    : schoolQuery.where('vestiging', 'is', null);
  const school = await schoolQuery.executeTakeFirst();
  // A user who may not import for that school learns nothing about it, not even that it exists.
  if (school && actor && !schoolsWhere(actor, 'import.run').includes(school.id))
    throw notFound('De school van dit bestand');
  // Nor can a user who may not create schools tell an unknown school from one that is not theirs.
  if (!school && actor && manageableBestuurIds(actor).length === 0)
    throw notFound('De school van dit bestand');
  const vestigingNaam = file.vestigingen.find((v) => v.naam)?.naam ?? null;
  const schoolInfo = {
    id: school?.id ?? null,
    brin,
    vestiging,
    name: school?.name ?? vestigingNaam ?? `School ${brin}`,
    exists: school !== undefined,
  };

  const schooljaar =
    file.school?.schooljaar ??
    (file.school?.peildatum ? schooljaarOfDate(file.school.peildatum) : schooljaarOf(now));
  const bounds = schooljaarBounds(schooljaar);
  const today = now.toISOString().slice(0, 10);
  const peil = file.school?.peildatum ?? today;
  const referenceDate = peil < bounds.start ? bounds.start : peil > bounds.end ? bounds.end : peil;

  if (!school) {
    const bestuurId = options.createInBestuurId ?? null;
    const allowed = actor === null || (bestuurId !== null && manageableBestuurIds(actor).includes(bestuurId));
    if (options.mode === 'apply' && (!bestuurId || !allowed)) {
      return refused(
        file,
        [
          problem(
            'edexml.school-onbekend',
            `School ${brin} is nog niet bekend; bevestig eerst dat Leerwinst haar mag aanmaken.`,
          ),
        ],
        schoolInfo,
      );
    }
  }
  const existingYear = school
    ? await db
        .selectFrom('schooljaar')
        .select('id')
        .where('school_id', '=', school.id)
        .where('name', '=', schooljaar)
        .executeTakeFirst()
    : undefined;
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
  // The same file again: nothing to write, so no import batch and no audit row either.
  if (school && existingYear && planChangesNothing(plan)) {
    return { ...report, status: 'imported', school: { ...schoolInfo, id: schoolId, exists: true } };
  }

  const importId = newId(now.getTime());
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    if (!school) {
      await trx
        .insertInto('school')
        .values({
          id: schoolId,
          bestuur_id: options.createInBestuurId ?? '',
          brin,
          vestiging,
          name: schoolInfo.name ?? `School ${brin}`,
          schoolweging: null,
          created_at: iso,
          updated_at: iso,
        })
        .execute();
    }
    if (!existingYear) {
      await trx
        .insertInto('schooljaar')
        .values({
          id: schooljaarId,
          school_id: schoolId,
          name: schooljaar,
          start_date: bounds.start,
          end_date: bounds.end,
        })
        .execute();
    }
    await trx
      .insertInto('import_batch')
      .values({
        id: importId,
        school_id: schoolId,
        kind: 'edexml',
        filename: options.filename ?? null,
        created_by: actor?.userId ?? null,
        created_at: iso,
        summary: JSON.stringify({ counts: report.counts, schooljaar, version: file.version }),
      })
      .execute();
    await applyEdexmlPlan(trx, plan, {
      schoolId,
      schooljaarId,
      importId,
      userId: actor?.userId ?? null,
      now,
    });
  });
  return {
    ...report,
    status: 'imported',
    school: { ...schoolInfo, id: schoolId, exists: true },
    needsSchoolCreation: false,
    importId,
  };
}
