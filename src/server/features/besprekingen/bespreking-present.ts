/** A bespreking row as a list shows it. */
import { fullName } from '../../../shared/names';
import type { BesprekingRow } from './besprekingen.queries';
import { DecisionSchema, type BesprekingSummary } from './bespreking-summary.schema';

export function pupilNameOf(row: {
  roepnaam: string | null;
  voorvoegsel: string | null;
  achternaam: string | null;
}): string {
  return fullName({ roepnaam: row.roepnaam, voorvoegsel: row.voorvoegsel, achternaam: row.achternaam ?? '' });
}

export function decisionOf(text: string | null) {
  if (text === null) return null;
  const parsed = DecisionSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

export function presentSummary(row: BesprekingRow): BesprekingSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    schoolId: row.school_id,
    schooljaar: row.schooljaar,
    periode: row.periode_id && row.periode_name ? { id: row.periode_id, name: row.periode_name } : null,
    group: row.groep_id && row.groep_name ? { id: row.groep_id, name: row.groep_name } : null,
    pupil: row.leerling_id && row.achternaam ? { id: row.leerling_id, name: pupilNameOf(row) } : null,
    plannedOn: row.planned_on,
    heldOn: row.held_on,
    decision: decisionOf(row.decision),
    version: row.version,
  };
}
