import { Alert, Button, Center, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { usePasswordLinkStatus, useUsePasswordLink } from '../../api/account';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import { AuthCard } from './AuthCard';
import { NewPasswordFields } from './PasswordFields';
import { tokenFromHash } from './link-token';

/** The server's "this link is expired, used or unknown": a 400 about the token field. */
const isBadLink = (error: unknown) =>
  error instanceof ApiError && error.issues.some((issue) => issue.field === 'token');

function ToLogin() {
  const { t } = useI18n();
  return (
    <Button component={Link} to="/login" variant="light">
      {t.passwordLink.toLogin}
    </Button>
  );
}

function SetPasswordForm({ token, email, expiresAt }: { token: string; email: string; expiresAt: string }) {
  const { t, formatDate, formatTime } = useI18n();
  const apply = useUsePasswordLink();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);

  if (apply.isSuccess) {
    return (
      <Stack gap="md" align="flex-start">
        <Alert color="green" variant="light" role="status" w="100%">
          {t.passwordLink.done}
        </Alert>
        <ToLogin />
      </Stack>
    );
  }
  if (isBadLink(apply.error)) {
    return (
      <Stack gap="md" align="flex-start">
        <Alert color="red" variant="light" role="alert" w="100%">
          {errorMessage(apply.error, t)}
        </Alert>
        <ToLogin />
      </Stack>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (password !== repeat) return;
    apply.mutate({ token, password });
  };
  const general = generalError(apply.error, ['password']);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t.passwordLink.intro}</Text>
        <Text size="sm" c="dimmed">
          {t.passwordLink.validUntil(formatDate(expiresAt), formatTime(expiresAt))}{' '}
          {t.passwordLink.existingAccount}
        </Text>
        {general !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(general, t)}
          </Alert>
        )}
        <TextInput label={t.login.email} type="email" autoComplete="username" value={email} readOnly />
        <NewPasswordFields
          label={t.login.password}
          value={password}
          repeat={repeat}
          onChange={setPassword}
          onRepeat={setRepeat}
          error={fieldError(apply.error, 'password')}
          mismatch={checked && password !== repeat}
        />
        <Button type="submit" loading={apply.isPending} fullWidth>
          {t.passwordLink.submit}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * `/wachtwoord-instellen#token=…`: the page of a one-time link from a beheerder (or the command
 * line). It shows which account the link is for, then sets the password; the link works once.
 */
export function PasswordLinkPage() {
  const { t } = useI18n();
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  const status = usePasswordLinkStatus(token);

  let body;
  if (!token) {
    body = (
      <Alert color="orange" variant="light" role="alert">
        {t.passwordLink.noToken}
      </Alert>
    );
  } else if (status.isPending) {
    body = (
      <Center py="md" aria-live="polite">
        <Loader aria-label={t.passwordLink.checking} />
      </Center>
    );
  } else if (status.error || !status.data) {
    body = (
      <Stack gap="md" align="flex-start">
        <Alert color="red" variant="light" role="alert" w="100%">
          {errorMessage(status.error, t)}
        </Alert>
        <ToLogin />
      </Stack>
    );
  } else {
    body = <SetPasswordForm token={token} email={status.data.email} expiresAt={status.data.expiresAt} />;
  }
  return <AuthCard title={t.passwordLink.title}>{body}</AuthCard>;
}
