/** A cycle step's notes (codes with parameters from the server) in the reader's language. */
import type { CycleStep } from '../../api/types';
import type { Catalog } from '../../i18n/nl';

export type CycleNote = CycleStep['done'][number];

/** "rekenen-wiskunde, spelling": vakken as they sit inside a sentence. */
function vakList(t: Catalog, vakken: readonly string[]): string {
  return vakken.map((v) => (t.vakken[v] ?? t.plansGedrag.domeinen[v] ?? v).toLowerCase()).join(', ');
}

export function noteText(t: Catalog, note: CycleNote): string {
  const n = t.cycle.notes;
  switch (note.code) {
    case 'noPreviousPlans':
      return n.noPreviousPlans;
    case 'previousPlansEvaluated':
      return n.previousPlansEvaluated(note.count);
    case 'previousPlanOutcome':
      return n.previousPlanOutcome(t.vakken[note.vak] ?? t.plansGedrag.domeinen[note.vak] ?? note.vak, note);
    case 'groepsoverzichtFilled':
      return n.groepsoverzichtFilled(note.meetpunt);
    case 'previousPlansNotEvaluated':
      return n.previousPlansNotEvaluated(note.count, vakList(t, note.vakken), note.lastYearGroup);
    case 'noResults':
      return n.noResults;
    case 'pupilsSignalled':
      return n.pupilsSignalled(note.count);
    case 'confirmSignals':
      return n.confirmSignals;
    case 'pupilsWithNeed':
      return n.pupilsWithNeed(note.count);
    case 'signalledWithoutNeed':
      return n.signalledWithoutNeed(note.count, note.pupils.map((p) => p.name).join(', '));
    case 'clustersFromDatamuur':
      return n.clustersFromDatamuur;
    case 'confirmClusters':
      return n.confirmClusters;
    case 'plansMade':
      return n.plansMade(vakList(t, note.vakken));
    case 'plansMissing':
      return n.plansMissing(vakList(t, note.vakken));
    case 'plansConcept':
      return n.plansConcept(vakList(t, note.vakken));
    case 'plansEvaluated':
      return n.plansEvaluated(note.count);
    case 'plansToCarryOut':
      return n.plansToCarryOut(note.count, note.closingKind);
  }
}
