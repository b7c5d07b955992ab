import { Alert, List, Text } from '@mantine/core';
import type { Signal } from '../api/types';
import { useI18n } from '../i18n';

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
      <List size="sm" spacing={2}>
        {signals.map((s) => (
          <List.Item key={`${s.rule}-${s.vak ?? ''}`}>{s.reason}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
