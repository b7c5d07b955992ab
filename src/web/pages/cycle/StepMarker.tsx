import { VisuallyHidden } from '@mantine/core';
import { useI18n } from '../../i18n';

/** The round number of a step, coloured by its state; the state is also spoken, not only shown. */
export function StepMarker({ stap, state, size = 36 }: { stap: number; state: string; size?: number }) {
  const { t } = useI18n();
  return (
    <span
      className={`step-marker step-${state}`}
      style={{ width: size, height: size, fontSize: size / 2.4 }}
      title={`${t.cycle.stepShort[stap] ?? ''}: ${t.cycle.state[state] ?? state}`}
    >
      <span aria-hidden="true">{state === 'klaar' ? '✓' : stap}</span>
      <VisuallyHidden>{`${t.cycle.stepShort[stap] ?? ''}: ${t.cycle.state[state] ?? state}`}</VisuallyHidden>
    </span>
  );
}
