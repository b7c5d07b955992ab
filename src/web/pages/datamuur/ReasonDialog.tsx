import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';

export function ReasonDialog({
  title,
  hint,
  busy,
  error,
  onCancel,
  onSave,
}: {
  title: string;
  /** Why a reason is asked; the data's suggestion differs, or there is no result at all. */
  hint?: string;
  busy: boolean;
  error: unknown;
  onCancel(): void;
  onSave(reason: string): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onCancel} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim().length >= 3) onSave(reason.trim());
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{hint ?? t.datamuur.reasonHint}</Text>
          <Textarea
            label={t.datamuur.reasonLabel}
            required
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {error !== null && error !== undefined && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t.datamuur.cancel}
            </Button>
            <Button type="submit" loading={busy} disabled={reason.trim().length < 3}>
              {t.datamuur.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
