/**
 * What the bespreking's editor holds and what its autosave sends. The answers always go along (the
 * server merges them per question); the decision, the date and the participants only when they
 * changed, so a keystroke in an answer does not rewrite the list of participants.
 */
import type {
  BesprekingDetail,
  BesprekingKindCode,
  Decision,
  Deelnemer,
  DeelnemerInput,
  SaveBespreking,
} from '../../api/zorg';

export interface BesprekingDraft {
  answers: Record<string, string>;
  decision: Decision | null;
  deelnemers: DeelnemerInput[];
  plannedOn: string;
}

/** Leerling- and zorgteambesprekingen end in a decision; the other kinds have none. */
export const takesDecision = (kind: BesprekingKindCode) =>
  kind === 'leerlingbespreking' || kind === 'zorgteam';

export function deelnemerInputs(deelnemers: readonly Deelnemer[]): DeelnemerInput[] {
  return deelnemers.flatMap((d): DeelnemerInput[] => {
    if (d.kind === 'medewerker') return d.userId ? [{ kind: 'medewerker', userId: d.userId }] : [];
    if (d.kind === 'verzorger')
      return d.verzorgerId ? [{ kind: 'verzorger', verzorgerId: d.verzorgerId }] : [];
    return [{ kind: 'extern', name: d.name, role: d.role, organisation: d.organisation }];
  });
}

export function draftOf(detail: BesprekingDetail): BesprekingDraft {
  return {
    answers: Object.fromEntries(detail.questions.map((q) => [q, detail.answers[q] ?? ''])),
    decision: detail.decision,
    deelnemers: deelnemerInputs(detail.deelnemers),
    plannedOn: detail.plannedOn,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The body of one save: the draft against the bespreking as last saved. */
export function saveBodyOf(draft: BesprekingDraft, saved: BesprekingDetail, version: number): SaveBespreking {
  const body: SaveBespreking = {
    version,
    answers: Object.fromEntries(saved.questions.map((q) => [q, draft.answers[q] ?? ''])),
  };
  if (takesDecision(saved.kind) && !same(draft.decision, saved.decision)) body.decision = draft.decision;
  if (!same(draft.deelnemers, deelnemerInputs(saved.deelnemers))) body.deelnemers = draft.deelnemers;
  if (ISO_DAY.test(draft.plannedOn) && draft.plannedOn !== saved.plannedOn) body.plannedOn = draft.plannedOn;
  return body;
}
