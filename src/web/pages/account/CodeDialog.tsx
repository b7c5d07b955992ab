import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';

/** A dialog that asks for a code from the app (or a recovery code) before a change to the second factor. */
export function CodeDialog({
  opened,
  title,
  text,
  label,
  submitLabel,
  danger = false,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  title: string;
  text: string;
  label: string;
  submitLabel: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit(code: string): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(code.trim());
  };
  const general = generalError(error, ['code']);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t.account.close }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{text}</Text>
          {general !== null && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(general, t)}
            </Alert>
          )}
          <TextInput
            label={label}
            autoComplete="one-time-code"
            required
            data-autofocus
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError(error, 'code')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.mfa.cancel}
            </Button>
            <Button type="submit" color={danger ? 'red' : undefined} loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
