/**
 * Recording a groep-8 pupil's schooladvies: the whole record at once, by the IB or the schoolleider,
 * with the version the user saw (someone else's change in between is a conflict, not overwritten).
 * The rules of the heroverweging are the domain's (vo-advies.ts): only after a definitive advice, and
 * an adjusted advice must be higher.
 */
import { heroverwegingProblem } from '../../../domain/vo-advies';
import { audit } from '../../audit';
import { requirePupil } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import type { SchooladviesTable } from '../../db/schema';
import { conflict, invalidInput } from '../../errors';
import { comparisonsOf, presentAdvies } from './advies-present';
import { findAdvies, insertAdvies, updateAdvies, wasInGroep8 } from './schooladvies.queries';
import type { SaveAdviesInput } from './schooladvies.schema';

const HEROVERWEGING_MESSAGES = {
  'zonder-definitief': [
    'definitiefAdvies',
    'Een heroverweging volgt op een definitief schooladvies; vul dat eerst in.',
  ],
  'nieuw-ontbreekt': ['heroverwogenAdvies', 'Bij een bijgesteld advies hoort het nieuwe advies.'],
  'alleen-hoger': [
    'heroverwogenAdvies',
    'Na de doorstroomtoets mag het schooladvies alleen omhoog worden bijgesteld.',
  ],
  'nieuw-zonder-bijstelling': [
    'heroverwogenAdvies',
    'Een nieuw advies hoort alleen bij een bijgesteld advies.',
  ],
} as const;

type Values = Omit<
  SchooladviesTable,
  | 'id'
  | 'school_id'
  | 'leerling_id'
  | 'schooljaar'
  | 'version'
  | 'created_by'
  | 'created_at'
  | 'updated_by'
  | 'updated_at'
>;

/** The body as columns; a field left out is empty (PUT replaces the record). */
function valuesOf(input: SaveAdviesInput): Values {
  const text = (value: string | null | undefined) => (value && value !== '' ? value : null);
  return {
    voorlopig_advies: input.voorlopigAdvies ?? null,
    voorlopig_op: input.voorlopigOp ?? null,
    definitief_advies: input.definitiefAdvies ?? null,
    definitief_op: input.definitiefOp ?? null,
    toets_naam: text(input.toetsNaam),
    toets_score: input.toetsScore ?? null,
    toets_advies: input.toetsAdvies ?? null,
    heroverweging: input.heroverweging ?? null,
    heroverwogen_advies: input.heroverwogenAdvies ?? null,
    heroverweging_op: input.heroverwegingOp ?? null,
    heroverweging_toelichting: text(input.heroverwegingToelichting),
    uitstroom_niveau: input.uitstroomNiveau ?? null,
    uitstroom_school: text(input.uitstroomSchool),
    toelichting: text(input.toelichting),
  };
}

function checkRules(values: Values): void {
  const problem = heroverwegingProblem(
    values.definitief_advies,
    values.heroverweging,
    values.heroverwogen_advies,
  );
  if (problem) {
    const [field, message] = HEROVERWEGING_MESSAGES[problem];
    throw invalidInput(message, [{ field, message }]);
  }
  if (values.heroverweging === null && values.heroverweging_op !== null) {
    const message = 'Een datum van heroverweging hoort bij een heroverweging.';
    throw invalidInput(message, [{ field: 'heroverwegingOp', message }]);
  }
}

/** Which fields the change touches: the audit names them, never their values. */
function changedFields(before: Values | undefined, after: Values): string[] {
  return (Object.keys(after) as (keyof Values)[]).filter((k) => (before ? before[k] : null) !== after[k]);
}

const STALE =
  'Het schooladvies is intussen door iemand anders gewijzigd. Bekijk de nieuwe versie en sla opnieuw op.';

export async function saveAdvies(db: Db, actor: Actor, pupilId: string, input: SaveAdviesInput, now: Date) {
  const pupil = await requirePupil(db, actor, pupilId, 'zorg.write');
  if (!(await wasInGroep8(db, pupilId, pupil.school_id, input.schooljaar))) {
    const message = `De leerling zat in ${input.schooljaar} niet in groep 8 van deze school.`;
    throw invalidInput(message, [{ field: 'schooljaar', message }]);
  }
  const values = valuesOf(input);
  checkRules(values);
  try {
    const saved = await db
      .transaction()
      .execute((trx) => writeAdvies(trx, actor, pupil.school_id, pupilId, input, values, now));
    return { advies: presentAdvies(saved), ...comparisonsOf(saved) };
  } catch (error) {
    // Someone else saved the first record of this pupil and year at the same moment: theirs stands.
    if (!isUniqueViolation(error)) throw error;
    const current = await findAdvies(db, pupilId, input.schooljaar);
    throw conflict(STALE, current ? presentAdvies(current) : null);
  }
}

/** Inserts the first record or updates the version the user saw; a conflict when that is not the one stored. */
async function writeAdvies(
  trx: Db,
  actor: Actor,
  schoolId: string,
  pupilId: string,
  input: SaveAdviesInput,
  values: Values,
  now: Date,
) {
  const iso = now.toISOString();
  const existing = await findAdvies(trx, pupilId, input.schooljaar);
  const stale = () => conflict(STALE, existing ? presentAdvies(existing) : null);
  if (!existing) {
    if (input.version !== null) throw stale();
    const row = {
      id: newId(now.getTime()),
      school_id: schoolId,
      leerling_id: pupilId,
      schooljaar: input.schooljaar,
      ...values,
      version: 1,
      created_by: actor.userId,
      created_at: iso,
      updated_by: actor.userId,
      updated_at: iso,
    };
    await insertAdvies(trx, row);
    await auditSave(trx, actor, row, changedFields(undefined, values), now);
    return row;
  }
  if (input.version !== existing.version) throw stale();
  const changes = { ...values, version: existing.version + 1, updated_by: actor.userId, updated_at: iso };
  if (!(await updateAdvies(trx, existing.id, existing.version, changes))) throw stale();
  const row = { ...existing, ...changes };
  await auditSave(trx, actor, row, changedFields(existing, values), now);
  return row;
}

async function auditSave(
  trx: Db,
  actor: Actor,
  row: Pick<SchooladviesTable, 'id' | 'school_id' | 'leerling_id' | 'schooljaar' | 'version'>,
  fields: string[],
  now: Date,
) {
  await audit(trx, now, {
    userId: actor.userId,
    action: 'schooladvies.save',
    entity: 'schooladvies',
    entityId: row.id,
    leerlingId: row.leerling_id,
    schoolId: row.school_id,
    details: { schooljaar: row.schooljaar, version: row.version, fields },
  });
}
