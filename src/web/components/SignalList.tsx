import { Alert, Text } from '@mantine/core';
import type { Signal } from '../api/types';
import { useI18n } from '../i18n';
import { SignalLines } from './SignalText';

/** Signals are questions for the groepsbespreking, not verdicts: shown calmly, each with its reason. */
export function SignalList({ signals }: { signals: Signal[] }) {
  const { t } = useI18n();
  if (signals.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t.analysis.noSignals}
      </Text>
    );
  }
  return (
    <Alert color="orange" variant="light" title={t.analysis.signals}>
      <SignalLines signals={signals} />
    </Alert>
  );
}
