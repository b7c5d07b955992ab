import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { NameModeControl } from './WallControls';
import type { NameMode } from './wall';

/** Before the wall goes on the projector: what the cards show (initials unless chosen otherwise). */
export function ProjectionChoice({ onStart }: { onStart(mode: NameMode): void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<NameMode>('initialen');
  return (
    <Stack gap="md">
      <Text size="sm">{t.datamuur.projectIntro}</Text>
      <NameModeControl
        label={t.datamuur.show}
        order={['initialen', 'nummers', 'namen']}
        value={choice}
        onChange={setChoice}
      />
      <Group justify="flex-end">
        <Button onClick={() => onStart(choice)}>{t.datamuur.startProjection}</Button>
      </Group>
    </Stack>
  );
}

/** The wall alone on the whole screen, with a bar to change the names and to stop. */
export function Projection({
  title,
  mode,
  onMode,
  onEnd,
  children,
}: {
  title: string;
  mode: NameMode;
  onMode(mode: NameMode): void;
  onEnd(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="dm-projection" role="dialog" aria-modal="true" aria-label={t.datamuur.projectTitle}>
      <div className="dm-projection__bar">
        <Text className="dm-projection__title">{title}</Text>
        <Group gap="sm">
          <NameModeControl
            size="xs"
            label={t.datamuur.show}
            order={['initialen', 'nummers', 'namen']}
            value={mode}
            onChange={onMode}
          />
          <Button size="xs" variant="default" onClick={onEnd}>
            {t.datamuur.endProjection}
          </Button>
        </Group>
      </div>
      {children}
    </div>
  );
}
