/**
 * One to-do item (a code with ids, dates and counts from the server) as the start page shows it: a line
 * of text, an optional detail, where it is done, and whether it is late or due soon.
 */
import type { TodoItem } from '../../api/home';
import type { Catalog } from '../../i18n/nl';
import { noteText } from '../cycle/cycle-notes';

export interface TodoLine {
  key: string;
  text: string;
  detail: string | null;
  /** The screen where the thing is done; null when it is on this page already. */
  href: string | null;
  tone: 'overdue' | 'soon' | null;
}

type Words = Catalog;
type Format = (iso: string) => string;

const vakName = (t: Words, vak: string) => t.vakken[vak] ?? vak;

function cycleLines(t: Words, item: TodoItem, date: Format): TodoLine | null {
  const w = t.todos;
  switch (item.code) {
    case 'cycleStep':
      return {
        key: `cycle-${item.group.id}`,
        text:
          item.stap === null
            ? w.cycleDone(item.group.name, item.periode.name)
            : w.cycleStep(item.group.name, item.stap, t.cycle.steps[item.stap] ?? ''),
        detail: item.missing.map((n) => noteText(t, n)).join(' ') || null,
        href: `/groepen/${item.group.id}/cyclus`,
        tone: null,
      };
    case 'planToEvaluate':
      return {
        key: `plan-${item.plan.id}`,
        text: item.previous
          ? w.planPrevious(vakName(t, item.plan.vak), item.group.name)
          : w.planNow(vakName(t, item.plan.vak), item.group.name, date(item.periodEnd ?? '')),
        detail: null,
        href: `/groepsplannen/${item.plan.id}`,
        tone: item.overdue ? 'overdue' : 'soon',
      };
    case 'groupsByStep': {
      const names = (groups: { name: string }[]) => groups.map((g) => g.name).join(', ');
      const steps = item.steps.map((s) =>
        w.stepGroups(s.stap, t.cycle.stepShort[s.stap] ?? '', names(s.groups)),
      );
      return {
        key: 'groups-by-step',
        text: w.groupsByStep(item.periode.name),
        detail: [...steps, ...(item.done.length > 0 ? [w.doneGroups(names(item.done))] : [])].join(' · '),
        href: null,
        tone: null,
      };
    }
    default:
      return null;
  }
}

function careLines(t: Words, item: TodoItem, date: Format): TodoLine | null {
  const w = t.todos;
  switch (item.code) {
    case 'afsprakenOpen':
      return {
        key: 'afspraken',
        text: w.afspraken(item.count, item.overdue),
        detail: item.nextDeadline ? w.nextDeadline(date(item.nextDeadline)) : null,
        href: item.role === 'leerkracht' ? null : '/zorg?tab=afspraken',
        tone: item.overdue > 0 ? 'overdue' : null,
      };
    case 'besprekingDue': {
      const b = item.bespreking;
      return {
        key: `bespreking-${b.id}`,
        text: w.bespreking(
          t.zorg.kinds[b.kind] ?? b.kind,
          b.pupil?.name ?? b.group?.name ?? null,
          date(b.plannedOn),
        ),
        detail: item.overdue ? w.besprekingOverdue : null,
        href: `/besprekingen/${b.id}`,
        tone: item.overdue ? 'overdue' : 'soon',
      };
    }
    case 'pupilsToDiscuss':
      return {
        key: 'to-discuss',
        text: w.pupilsToDiscuss(item.count),
        detail: null,
        href: '/zorg?tab=te-bespreken',
        tone: null,
      };
    case 'oppTerm':
      return {
        key: `opp-${item.opp.id}-${item.term}`,
        text:
          item.term === 'vaststelling'
            ? w.oppVaststellen(item.pupil.name, date(item.due))
            : w.oppEvalueren(item.pupil.name, date(item.due)),
        detail: null,
        href: `/opp/${item.opp.id}`,
        tone: item.overdue ? 'overdue' : 'soon',
      };
    default:
      return null;
  }
}

function schoolLines(t: Words, item: TodoItem, schoolId: string, date: Format): TodoLine | null {
  const w = t.todos;
  const moment = (m: string) => w.moment[m] ?? m;
  switch (item.code) {
    case 'importOverdue':
      return {
        key: `import-${item.schooljaar}-${item.moment}`,
        text: w.importOverdue(item.moment, item.schooljaar, date(item.since)),
        detail: null,
        href: '/import',
        tone: 'overdue',
      };
    case 'teambespreking':
      return {
        key: `team-${item.schooljaar}-${item.moment}`,
        text:
          item.state === 'due'
            ? w.teambesprekingDue(moment(item.moment), item.schooljaar)
            : w.teambesprekingUpcoming(moment(item.moment), date(item.after ?? '')),
        detail: null,
        href: `/scholen/${schoolId}/schooloverzicht`,
        tone: item.state === 'due' ? 'overdue' : null,
      };
    case 'ambitionsMissing':
      return {
        key: 'ambitions',
        text:
          item.set === 0
            ? w.ambitionsNone(item.schooljaar)
            : w.ambitionsMissing(item.missing, item.schooljaar),
        detail: null,
        href: `/scholen/${schoolId}/ambities`,
        tone: null,
      };
    default:
      return null;
  }
}

export function todoLine(t: Words, item: TodoItem, schoolId: string, date: Format): TodoLine | null {
  return cycleLines(t, item, date) ?? careLines(t, item, date) ?? schoolLines(t, item, schoolId, date);
}
