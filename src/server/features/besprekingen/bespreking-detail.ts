/**
 * A bespreking as its page shows it: the answers to its kind's questions, the participants, the agenda
 * (live, or the snapshot frozen when it was vastgesteld), the pupils it sent on, its afspraken and the
 * open ones from before, its versions, and a warning when external experts take part without the
 * verzorgers' consent to share the dossier with them.
 */
import { abilitiesAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { presentAfspraak, todayOf } from '../afspraken/afspraak-present';
import { withCurrentVerdicts } from '../ambitions/legacy-verdicts';
import {
  findAfsprakenOfBespreking,
  findOpenAfsprakenAbout,
  findStaffOfSchool,
} from '../afspraken/afspraken.queries';
import { consentValidOn } from '../zorg/zorg-view';
import { findToestemmingen } from '../zorg/zorg.queries';
import { liveAgenda } from './agenda';
import { AgendaSchema } from './agenda.schema';
import { isReadOnly } from './bespreking.policy';
import { presentSummary, pupilNameOf } from './bespreking-present';
import { QUESTIONS_OF } from './bespreking-summary.schema';
import {
  findBesprekingVersies,
  findDeelnemers,
  findPupilBesprekingen,
  findRaisedPupils,
  type BesprekingRow,
} from './besprekingen.queries';
import type { BesprekingDetail } from './besprekingen.schema';

/** Consent that covers sharing with an outside expert: for an expert, or for the samenwerkingsverband. */
const SHARING_SCOPES = new Set(['extern_deskundige', 'swv']);

async function consentWarning(db: Db, row: BesprekingRow, externals: string[]) {
  if (!row.leerling_id || externals.length === 0) return null;
  const day = row.held_on ?? row.planned_on;
  const consents = await findToestemmingen(db, row.leerling_id);
  const covered = consents.some((c) => SHARING_SCOPES.has(c.scope) && consentValidOn(c, day));
  return covered ? null : { code: 'consent_missing' as const, externals };
}

async function raisedPupils(db: Db, besprekingId: string) {
  const raised = await findRaisedPupils(db, besprekingId);
  const later = await findPupilBesprekingen(
    db,
    raised.map((r) => r.leerling_id),
  );
  return raised.map((r) => {
    const next = later.find((b) => b.leerling_id === r.leerling_id && b.created_at >= r.created_at);
    return {
      pupil: { id: r.leerling_id, name: pupilNameOf(r) },
      reason: r.reason,
      raisedAt: r.created_at,
      leerlingbespreking: next
        ? { id: next.id, kind: next.kind, plannedOn: next.planned_on, status: next.status }
        : null,
    };
  });
}

function answersOf(row: BesprekingRow): Record<string, string> {
  const stored = JSON.parse(row.answers) as Record<string, unknown>;
  return Object.fromEntries(
    QUESTIONS_OF[row.kind].map((code) => [code, typeof stored[code] === 'string' ? stored[code] : '']),
  );
}

export async function besprekingDetail(
  db: Db,
  actor: Actor,
  row: BesprekingRow,
  now: Date,
): Promise<BesprekingDetail> {
  const today = todayOf(now);
  const frozen =
    row.snapshot === null ? null : AgendaSchema.parse(withCurrentVerdicts(JSON.parse(row.snapshot)));
  const [deelnemers, agenda, raised, afspraken, open, versies, staff] = await Promise.all([
    findDeelnemers(db, [row.id]),
    frozen ?? liveAgenda(db, row, now),
    raisedPupils(db, row.id),
    findAfsprakenOfBespreking(db, row.id),
    findOpenAfsprakenAbout(db, {
      groepId: row.groep_id,
      leerlingId: row.leerling_id,
      exceptBesprekingId: row.id,
    }),
    findBesprekingVersies(db, row.id),
    findStaffOfSchool(db, row.school_id),
  ]);
  const externals = deelnemers.filter((d) => d.kind === 'extern').map((d) => d.name);
  return {
    ...presentSummary(row),
    questions: [...QUESTIONS_OF[row.kind]],
    answers: answersOf(row),
    deelnemers: deelnemers.map((d) => ({
      id: d.id,
      kind: d.kind,
      userId: d.user_id,
      verzorgerId: d.verzorger_id,
      name: d.name,
      role: d.role,
      organisation: d.organisation,
    })),
    agenda,
    frozenAt: frozen
      ? (versies.filter((v) => v.status === 'vastgesteld').at(-1)?.changed_at ?? row.updated_at)
      : null,
    raisedPupils: raised,
    afspraken: afspraken.map((a) => presentAfspraak(actor, a, today)),
    openAfspraken: open.map((a) => presentAfspraak(actor, a, today)),
    versions: versies.map((v) => ({
      version: v.version,
      status: v.status,
      reason: v.reason,
      changedBy: v.changed_by_name,
      changedAt: v.changed_at,
    })),
    consentWarning: await consentWarning(db, row, externals),
    readOnly: isReadOnly(row),
    staff: staff.map((s) => ({ id: s.id, name: s.name })),
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
    abilities: abilitiesAt(actor, row.school_id),
  };
}
