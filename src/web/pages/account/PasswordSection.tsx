import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useChangePassword } from '../../api/account';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import { NewPasswordFields } from './PasswordFields';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Changing the own password with the current one; the server ends the sessions on other devices. */
export function PasswordSection({ email }: { email: string }) {
  const { t } = useI18n();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const mismatch = checked && repeat !== next;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (next !== repeat) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
          setChecked(false);
        },
      },
    );
  };
  const general = generalError(change.error, FIELDS);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={440}>
        {/* For password managers: which account this password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        {change.isSuccess && (
          <Alert color="green" variant="light" role="status">
            {t.account.password.changed}
          </Alert>
        )}
        {general !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(general, t)}
          </Alert>
        )}
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t.login.showPassword }}
          label={t.account.password.current}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={fieldError(change.error, 'currentPassword')}
        />
        <NewPasswordFields
          label={t.account.password.new}
          value={next}
          repeat={repeat}
          onChange={setNext}
          onRepeat={setRepeat}
          error={fieldError(change.error, 'newPassword')}
          mismatch={mismatch}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t.account.password.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
