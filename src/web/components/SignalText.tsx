import { Badge, List, Text } from '@mantine/core';
import type { Signal } from '../api/types';
import { useI18n } from '../i18n';

/** A signal in the reader's language: the vak (or aspect), what the data says and its figures. */
export function useSignalText(): (signal: Signal) => string {
  const { t, formatDate } = useI18n();
  const names = {
    vak: (vak: string) => t.vakken[vak as keyof typeof t.vakken] ?? vak,
    aspect: (aspect: string) => t.aspects[aspect as keyof typeof t.aspects] ?? aspect,
    date: (iso: string) => formatDate(iso),
    seoScale: (instrument: string, lijst: string, schaal: string) =>
      t.seoScores.series(instrument, lijst, schaal),
  };
  return (signal) => t.signalWords.sentence(signal, names);
}

/** How strong a signal is, in a word; the colour only repeats what the word says. */
export function SeverityBadge({ severity }: { severity: Signal['severity'] }) {
  const { t } = useI18n();
  return (
    <Badge
      size="xs"
      radius="sm"
      variant="light"
      tt="none"
      className={`signal-severity signal-severity--${severity}`}
      title={t.signalWords.severityHint[severity]}
    >
      {t.signalWords.severity[severity]}
    </Badge>
  );
}

/** One signal as a line of text, optionally with its severity in front. */
export function SignalText({ signal, withSeverity = true }: { signal: Signal; withSeverity?: boolean }) {
  const text = useSignalText();
  return (
    <span className="signal-text">
      {withSeverity && <SeverityBadge severity={signal.severity} />} {text(signal)}
    </span>
  );
}

/** The signals as a list, strongest first (the server's order); each keyed by its rule and vak. */
export function SignalLines({ signals, size = 'sm' }: { signals: readonly Signal[]; size?: 'xs' | 'sm' }) {
  return (
    <List size={size} spacing={2} listStyleType="none" className="signal-lines">
      {signals.map((s) => (
        <List.Item
          key={`${s.rule}-${s.vak ?? ''}-${s.rule === 'zorgelijke_observatie' ? s.params.aspect : s.rule === 'seo' ? `${s.params.instrument}|${s.params.lijst}|${s.params.schaal}` : ''}`}
        >
          <Text span size={size}>
            <SignalText signal={s} />
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
