import { Alert, Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SaveStatus } from '../api/autosave';
import { useI18n } from '../i18n';
import { saveStatusText, type SaveTexts } from './save-status';

/** The line under an autosaving editor: saving, not saved yet, failed, or saved at what time. */
export function SaveStatusLine({
  status,
  savedAt,
  texts,
  showLastSave = false,
  size = 'sm',
}: {
  status: SaveStatus;
  savedAt: string | null;
  texts: SaveTexts;
  showLastSave?: boolean;
  size?: 'xs' | 'sm';
}) {
  const { formatTime } = useI18n();
  return (
    <Text size={size} c={status === 'error' ? 'red.8' : 'dimmed'} role="status" className="no-print">
      {saveStatusText(status, savedAt ? formatTime(savedAt) : null, texts, showLastSave)}
    </Text>
  );
}

/** Someone else saved first: their text beside the user's own, and the user chooses. */
export function ConflictAlert({
  title,
  keepMine,
  takeTheirs,
  onKeepMine,
  onTakeTheirs,
  className,
  children,
}: {
  title: string;
  keepMine: string;
  takeTheirs: string;
  onKeepMine(): void;
  onTakeTheirs(): void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Alert color="orange" variant="light" title={title} role="alert" className={className}>
      {children}
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={onKeepMine}>
          {keepMine}
        </Button>
        <Button size="xs" variant="default" onClick={onTakeTheirs}>
          {takeTheirs}
        </Button>
      </Group>
    </Alert>
  );
}
