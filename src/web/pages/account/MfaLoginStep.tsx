import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useMfaLogin } from '../../api/account';
import { errorMessage } from '../../components/QueryState';
import { useI18n } from '../../i18n';

/**
 * The second login step: a code from the app, or a recovery code. Without a pending first step (it
 * lasts five minutes) the server answers 401 unauthenticated: the user starts again.
 */
export function MfaLoginStep({
  intro,
  onLoggedIn,
  onExpired,
  onRestart,
}: {
  intro: string;
  onLoggedIn(): void;
  onExpired(): void;
  onRestart(): void;
}) {
  const { t } = useI18n();
  const mfa = useMfaLogin();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mfa.mutate(code.trim(), {
      onSuccess: onLoggedIn,
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'unauthenticated') onExpired();
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{intro}</Text>
        {mfa.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(mfa.error, t)}
          </Alert>
        )}
        <TextInput
          label={t.mfa.loginCode}
          description={t.mfa.loginCodeHint}
          autoComplete="one-time-code"
          required
          autoFocus
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <Button type="submit" loading={mfa.isPending} fullWidth>
          {t.login.submit}
        </Button>
        <Button variant="subtle" size="xs" onClick={onRestart}>
          {t.mfa.restart}
        </Button>
      </Stack>
    </form>
  );
}
