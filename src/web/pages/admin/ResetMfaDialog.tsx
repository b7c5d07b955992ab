import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useResetMfa } from '../../api/account';
import type { AdminUser } from '../../api/types';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';

/** Removing someone's authenticator app (a lost phone), after the beheerder confirms it. */
export function ResetMfaDialog({
  user,
  onClose,
  onDone,
}: {
  user: AdminUser | null;
  onClose(): void;
  onDone(name: string): void;
}) {
  const { t } = useI18n();
  const reset = useResetMfa();
  const close = () => {
    reset.reset();
    onClose();
  };
  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={t.security.resetTitle(user?.name ?? '')}
      closeButtonProps={{ 'aria-label': t.account.close }}
    >
      <Stack gap="sm">
        <Text size="sm">{t.security.resetText}</Text>
        {reset.error !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(reset.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t.security.cancel}
          </Button>
          <Button
            color="red"
            loading={reset.isPending}
            onClick={() => {
              if (!user) return;
              reset.mutate(user.id, {
                onSuccess: () => {
                  onDone(user.name);
                  close();
                },
              });
            }}
          >
            {t.security.resetConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
