/**
 * Signals in words (Dutch and English). The server sends a signal as data; the Dutch sentence is the
 * one the server's own Dutch files use too (shared/signal-sentences.ts), so screen and export agree.
 */
import type { Signal } from '../../domain/signalering';
import {
  SIGNAL_RULE_NL,
  signalSentenceNl,
  signalSubject,
  type SignalNames,
} from '../../shared/signal-sentences';

type Severity = Signal['severity'];
type Rule = Signal['rule'];

export const signalsNl = {
  signalWords: {
    sentence: signalSentenceNl,
    rules: SIGNAL_RULE_NL as Record<Rule, string>,
    severity: { high: 'zorg', medium: 'aandacht', low: 'ter info' } as Record<Severity, string>,
    severityHint: {
      high: 'Sterk signaal: bespreek deze leerling in de groepsbespreking.',
      medium: 'Signaal: kijk of de instructiegroep genoeg geeft.',
      low: 'Ter info.',
    } as Record<Severity, string>,
    mark: (n: number) => (n === 1 ? '1 signaal' : `${n} signalen`),
    reasonsOf: (name: string) => `Signalen van ${name}`,
    openPupil: (name: string) => `${name}: leerling openen`,
  },
};

const levelAt = (l: { level: string; moment: string }) => `${l.level} at ${l.moment}`;
const round = (n: number) => String(Math.round(n));

function whatEn(s: Signal, names: SignalNames): string {
  switch (s.rule) {
    case 'niveaudaling':
      return `from ${s.params.from.level} (${s.params.from.moment}) to ${s.params.to.level} (${s.params.to.moment}), down ${s.params.levels} levels`;
    case 'eerste_laagste':
      return s.params.from
        ? `at the lowest level for the first time: ${levelAt(s.params.to)}, before ${levelAt(s.params.from)}`
        : `at the lowest level for the first time: ${levelAt(s.params.to)}`;
    case 'twee_keer_laagste': {
      const levels = `at the lowest level again (${levelAt(s.params.previous)}, ${levelAt(s.params.current)})`;
      if (s.params.why === 'not_verlengd') return `${levels}, not in extended instruction`;
      const p = s.params.percentile;
      return p === null
        ? `${levels}; no growth in extended instruction`
        : `${levels}; growth stalls in extended instruction (percentile ${round(p)} of pupils with the same start)`;
    }
    case 'lage_groei': {
      const { percentile, earlierPercentile, below } = s.params;
      return earlierPercentile === null
        ? `growth among the lowest ${below}% of pupils with the same start (percentile ${round(percentile)})`
        : `growth among the lowest ${below}% of pupils with the same start twice in a row (percentile ${round(earlierPercentile)}, then ${round(percentile)})`;
    }
    case 'onder_lrv':
      return s.params.kind === 'lrv'
        ? `learning efficiency ${round(s.params.leerrendement)}% is below the OPP's expectation (${round(s.params.expected)}%)`
        : `AVI ${s.params.level} at ${s.params.moment} is below the OPP's expectation (AVI ${s.params.expected})`;
    case 'ontbrekend_resultaat':
      return `no result at ${s.params.moments.join(', ')}, while the group was tested`;
    case 'zorgelijke_observatie':
      return `the latest observation (${names.date(s.params.date)}) is worrying`;
    case 'seo': {
      const { trigger, band, percentiel, date } = s.params;
      const bandEn = { laag: 'low', gemiddeld: 'average', hoog: 'high' } as const;
      const p = percentiel === null ? '' : ` (percentile ${round(percentiel)})`;
      if (trigger === 'zorg') return `the instrument's concern signal on ${names.date(date)}${p}`;
      if (trigger === 'aandacht') return `the instrument's attention signal on ${names.date(date)}${p}`;
      return `${band ? bandEn[band] : 'unfavourable'} (the unfavourable end of the scale) on ${names.date(date)}${p}`;
    }
  }
}

export const signalsEn: typeof signalsNl = {
  signalWords: {
    sentence: (s, names) => `${signalSubject(s, names)}: ${whatEn(s, names)}.`,
    rules: {
      niveaudaling: 'Dropped two or more levels since the previous result',
      eerste_laagste: 'At the lowest level for the first time (first V)',
      twee_keer_laagste: 'At the lowest level again, not (enough) helped by extended instruction',
      lage_groei: 'Growth among the lowest 10% of comparable starters, twice in a row',
      onder_lrv: "Below the OPP's expectation",
      ontbrekend_resultaat: 'No result while the group was tested',
      zorgelijke_observatie: "Worrying observation of well-being or work attitude (the teacher's concern)",
      seo: "Social-emotional: an unfavourable band or the instrument's own signal (chosen per instrument)",
    },
    severity: { high: 'concern', medium: 'attention', low: 'for info' },
    severityHint: {
      high: 'Strong signal: discuss this pupil in the group meeting.',
      medium: 'Signal: check whether the instruction group gives enough.',
      low: 'For information.',
    },
    mark: (n) => (n === 1 ? '1 signal' : `${n} signals`),
    reasonsOf: (name) => `Signals of ${name}`,
    openPupil: (name) => `${name}: open pupil`,
  },
};
