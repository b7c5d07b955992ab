/** Why a pupil is on the IB's list, in the reader's language, from the codes and parameters the server sends. */
import type { PupilsToDiscussResponse } from '../../api/zorg';
import type { Formatters } from '../../i18n/format';
import type { Catalog } from '../../i18n/nl';

export type DiscussReason = PupilsToDiscussResponse['pupils'][number]['reasons'][number];
type Params = DiscussReason['params'];

export interface ReasonView {
  text: string;
  link: { to: string; label: string } | null;
}

const text = (params: Params, key: string): string => {
  const value = params[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
};
const number = (params: Params, key: string): number | null => {
  const value = params[key];
  return typeof value === 'number' ? value : null;
};
const list = (params: Params, key: string): string[] => {
  const value = params[key];
  return Array.isArray(value) ? value : [];
};

const ruleLabels = (reason: DiscussReason, t: Catalog) =>
  list(reason.params, 'rules').map((r) => (t.settings.rules[r] ?? r).toLowerCase());

export function reasonView(
  reason: DiscussReason,
  t: Catalog,
  format: Pick<Formatters, 'formatDate' | 'formatNumber'>,
): ReasonView {
  const words = t.zorg.reasons;
  const p = reason.params;
  const vak = t.vakken[text(p, 'vak')] ?? text(p, 'vak');
  switch (reason.code) {
    case 'signaled_twice':
      return { text: words.signaledTwice([vak], ruleLabels(reason, t)), link: null };
    case 'under_opp': {
      const avi = text(p, 'expectedAvi');
      const lrv = number(p, 'lrv');
      const real = number(p, 'leerrendement');
      const sentence = avi
        ? words.underOppAvi(vak, avi)
        : words.underOpp(
            vak,
            real === null ? '–' : `${format.formatNumber(real)}%`,
            lrv === null ? '–' : `${format.formatNumber(lrv)}%`,
          );
      const oppId = text(p, 'oppId');
      return { text: sentence, link: oppId ? { to: `/opp/${oppId}`, label: words.toOpp } : null };
    }
    case 'raised': {
      const id = text(p, 'besprekingId');
      return {
        text: words.raised(format.formatDate(text(p, 'raisedOn')), text(p, 'reason')),
        link: id ? { to: `/besprekingen/${id}`, label: words.toGroepsbespreking } : null,
      };
    }
    case 'afspraak_overdue':
      return { text: words.afspraakOverdue(format.formatDate(text(p, 'deadline'))), link: null };
  }
}

/**
 * All reasons of one pupil. Signals of the same rules in several vakken make one line ("Rekenen-wiskunde,
 * Spelling: geen resultaat terwijl de groep getoetst is"): a kleuter without toetsen has four otherwise.
 */
export function reasonViews(
  reasons: readonly DiscussReason[],
  t: Catalog,
  format: Pick<Formatters, 'formatDate' | 'formatNumber'>,
): ReasonView[] {
  const views: ReasonView[] = [];
  const signalled = new Map<string, { vakken: string[]; rules: string[]; at: number }>();
  for (const reason of reasons) {
    if (reason.code !== 'signaled_twice') {
      views.push(reasonView(reason, t, format));
      continue;
    }
    const rules = ruleLabels(reason, t);
    const key = rules.join('|');
    const vak = text(reason.params, 'vak');
    const entry = signalled.get(key);
    if (entry) entry.vakken.push(t.vakken[vak] ?? vak);
    else
      signalled.set(key, {
        vakken: [t.vakken[vak] ?? vak],
        rules,
        at: views.push({ text: '', link: null }) - 1,
      });
  }
  for (const { vakken, rules, at } of signalled.values())
    views[at] = { text: t.zorg.reasons.signaledTwice(vakken, rules), link: null };
  return views;
}
