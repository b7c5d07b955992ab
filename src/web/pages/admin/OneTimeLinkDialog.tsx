import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n';

export interface OneTimeLink {
  name: string;
  link: string;
  /** Known for a link made for an existing account; a new account's link lasts 24 hours. */
  expiresAt: string | null;
}

/**
 * A one-time password link, shown once: the server keeps only its hash, so closing this dialog is
 * the last time anyone sees it.
 */
export function OneTimeLinkDialog({ value, onClose }: { value: OneTimeLink | null; onClose(): void }) {
  const { t, formatDate, formatTime } = useI18n();
  const words = t.passwordLink;
  return (
    <Modal
      opened={value !== null}
      onClose={onClose}
      title={words.dialogTitle(value?.name ?? '')}
      size="lg"
      closeButtonProps={{ 'aria-label': t.account.close }}
      closeOnClickOutside={false}
    >
      {value && (
        <Stack gap="sm">
          <Alert color="orange" variant="light" title={words.onceTitle}>
            {words.onceText}
          </Alert>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={words.linkLabel}
              readOnly
              value={value.link}
              style={{ flex: 1 }}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton value={value.link}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t.mfa.copied : t.mfa.copy}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm">
            {value.expiresAt
              ? words.expiresAt(formatDate(value.expiresAt), formatTime(value.expiresAt))
              : words.expires24h}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{words.close}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
