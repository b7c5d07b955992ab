/** A stored schooladvies as the API shows it, with the comparisons the screens and figures use. */
import {
  finalAdvice,
  heroverwegingNodig,
  toetsAgainstAdvice,
  type AdviceCode,
} from '../../../domain/vo-advies';
import type { SchooladviesTable } from '../../db/schema';

type AdviesRow = Pick<
  SchooladviesTable,
  | 'version'
  | 'voorlopig_advies'
  | 'voorlopig_op'
  | 'definitief_advies'
  | 'definitief_op'
  | 'toets_naam'
  | 'toets_score'
  | 'toets_advies'
  | 'heroverweging'
  | 'heroverwogen_advies'
  | 'heroverweging_op'
  | 'heroverweging_toelichting'
  | 'uitstroom_niveau'
  | 'uitstroom_school'
  | 'toelichting'
  | 'updated_at'
>;

export function presentAdvies(row: AdviesRow) {
  return {
    version: row.version,
    voorlopigAdvies: row.voorlopig_advies,
    voorlopigOp: row.voorlopig_op,
    definitiefAdvies: row.definitief_advies,
    definitiefOp: row.definitief_op,
    toetsNaam: row.toets_naam,
    toetsScore: row.toets_score,
    toetsAdvies: row.toets_advies,
    heroverweging: row.heroverweging,
    heroverwogenAdvies: row.heroverwogen_advies,
    heroverwegingOp: row.heroverweging_op,
    heroverwegingToelichting: row.heroverweging_toelichting,
    uitstroomNiveau: row.uitstroom_niveau,
    uitstroomSchool: row.uitstroom_school,
    toelichting: row.toelichting,
    updatedAt: row.updated_at,
  };
}

/** How the toets stands to the advice, whether a heroverweging is still owed, and the advice that holds. */
export function comparisonsOf(row: AdviesRow | undefined) {
  if (!row) return { toetsVergelijking: null, heroverwegingOpen: false, eindadvies: null };
  const definitief = row.definitief_advies;
  const toets = row.toets_advies;
  return {
    toetsVergelijking: definitief && toets ? toetsAgainstAdvice(definitief, toets) : null,
    heroverwegingOpen:
      definitief !== null && heroverwegingNodig(definitief, toets) && row.heroverweging === null,
    eindadvies: finalAdvice({
      definitief,
      heroverweging: row.heroverweging,
      heroverwogen: row.heroverwogen_advies,
    }) satisfies AdviceCode | null,
  };
}
