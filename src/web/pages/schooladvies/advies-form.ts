/**
 * The schooladvies dialog's state: every field as the form holds it (text, or null for "not chosen"),
 * made from the stored record and turned back into the whole record the server stores (PUT replaces).
 */
import type { AdviceCode, AdviesRecord, SaveAdvies } from '../../api/schooladvies';

export interface AdviesForm {
  voorlopigAdvies: AdviceCode | null;
  voorlopigOp: string;
  toetsNaam: string;
  toetsScore: string;
  toetsAdvies: AdviceCode | null;
  definitiefAdvies: AdviceCode | null;
  definitiefOp: string;
  heroverweging: 'gehandhaafd' | 'bijgesteld' | null;
  heroverwogenAdvies: AdviceCode | null;
  heroverwegingOp: string;
  heroverwegingToelichting: string;
  uitstroomNiveau: AdviceCode | null;
  uitstroomSchool: string;
  toelichting: string;
}

export function formOf(record: AdviesRecord | null): AdviesForm {
  return {
    voorlopigAdvies: record?.voorlopigAdvies ?? null,
    voorlopigOp: record?.voorlopigOp ?? '',
    toetsNaam: record?.toetsNaam ?? '',
    toetsScore:
      record?.toetsScore === null || record?.toetsScore === undefined ? '' : String(record.toetsScore),
    toetsAdvies: record?.toetsAdvies ?? null,
    definitiefAdvies: record?.definitiefAdvies ?? null,
    definitiefOp: record?.definitiefOp ?? '',
    heroverweging: record?.heroverweging ?? null,
    heroverwogenAdvies: record?.heroverwogenAdvies ?? null,
    heroverwegingOp: record?.heroverwegingOp ?? '',
    heroverwegingToelichting: record?.heroverwegingToelichting ?? '',
    uitstroomNiveau: record?.uitstroomNiveau ?? null,
    uitstroomSchool: record?.uitstroomSchool ?? '',
    toelichting: record?.toelichting ?? '',
  };
}

const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** A score as a teacher types it: "537", "53,5" or "53.5"; undefined when it is no number. */
export function parseScore(value: string): number | null | undefined {
  const text = value.trim().replace(',', '.');
  if (text === '') return null;
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/**
 * The record to store, or the field that cannot be sent as typed. A bijgesteld advice without
 * "bijgesteld" chosen is dropped: the server refuses a raised advice that no heroverweging explains.
 */
export function bodyOf(
  form: AdviesForm,
  schooljaar: string,
  version: number | null,
): { body: SaveAdvies } | { invalid: 'toetsScore' } {
  const toetsScore = parseScore(form.toetsScore);
  if (toetsScore === undefined) return { invalid: 'toetsScore' };
  const bijgesteld = form.heroverweging === 'bijgesteld';
  return {
    body: {
      schooljaar,
      version,
      voorlopigAdvies: form.voorlopigAdvies,
      voorlopigOp: textOrNull(form.voorlopigOp),
      toetsNaam: textOrNull(form.toetsNaam),
      toetsScore,
      toetsAdvies: form.toetsAdvies,
      definitiefAdvies: form.definitiefAdvies,
      definitiefOp: textOrNull(form.definitiefOp),
      heroverweging: form.heroverweging,
      heroverwogenAdvies: bijgesteld ? form.heroverwogenAdvies : null,
      heroverwegingOp: form.heroverweging === null ? null : textOrNull(form.heroverwegingOp),
      heroverwegingToelichting:
        form.heroverweging === null ? null : textOrNull(form.heroverwegingToelichting),
      uitstroomNiveau: form.uitstroomNiveau,
      uitstroomSchool: textOrNull(form.uitstroomSchool),
      toelichting: textOrNull(form.toelichting),
    },
  };
}

/**
 * After someone else saved in between: their record, with every field this user changed since opening
 * the dialog kept as this user typed it. Nothing typed is lost; the user looks and saves again.
 */
export function mergeForm(base: AdviesForm, mine: AdviesForm, theirs: AdviesForm): AdviesForm {
  const merged: AdviesForm = { ...theirs };
  for (const key of Object.keys(base) as (keyof AdviesForm)[])
    if (mine[key] !== base[key]) Object.assign(merged, { [key]: mine[key] });
  return merged;
}
