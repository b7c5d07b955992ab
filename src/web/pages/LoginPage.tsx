import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useMe } from '../api/queries';
import { errorMessage } from '../components/QueryState';
import { useI18n } from '../i18n';
import { AuthCard } from './account/AuthCard';
import { MfaLoginStep } from './account/MfaLoginStep';
import { SsoButtons } from './account/SsoButtons';
import { safeNext } from './login-redirect';

/** Back from the SSO provider: `?sso=mfa` asks for the code, any other `?sso=` says why it failed. */
function ssoOutcome(params: URLSearchParams) {
  const sso = params.get('sso');
  return { mfa: sso === 'mfa', refusal: sso && sso !== 'mfa' ? sso : null };
}

function PasswordStep({ onMfa, onLoggedIn }: { onMfa(): void; onLoggedIn(): void }) {
  const { t } = useI18n();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: (result) => ('user' in result ? onLoggedIn() : onMfa()) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {login.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(login.error, t)}
          </Alert>
        )}
        <TextInput
          label={t.login.email}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <PasswordInput
          visibilityToggleButtonProps={{ 'aria-label': t.login.showPassword }}
          label={t.login.password}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t.login.submit}
        </Button>
      </Stack>
    </form>
  );
}

export function LoginPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const sso = ssoOutcome(params);
  const [step, setStep] = useState<'password' | 'code'>(sso.mfa ? 'code' : 'password');
  const [expired, setExpired] = useState(false);

  if (me.data) return <Navigate to={next} replace />;
  const loggedIn = () => navigate(next, { replace: true });

  if (step === 'code') {
    return (
      <AuthCard title={t.mfa.loginTitle}>
        <MfaLoginStep
          intro={sso.mfa ? t.sso.mfa : t.mfa.loginIntro}
          onLoggedIn={loggedIn}
          onExpired={() => {
            setExpired(true);
            setStep('password');
          }}
          onRestart={() => setStep('password')}
        />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t.login.title}>
      <Text size="sm">{t.login.intro}</Text>
      {expired && (
        <Alert color="orange" variant="light" role="alert">
          {t.mfa.expired}
        </Alert>
      )}
      {sso.refusal && !expired && (
        <Alert color="red" variant="light" role="alert">
          {t.sso.reasons[sso.refusal] ?? t.sso.unknownReason}
        </Alert>
      )}
      <PasswordStep
        onMfa={() => {
          setExpired(false);
          setStep('code');
        }}
        onLoggedIn={loggedIn}
      />
      <SsoButtons />
    </AuthCard>
  );
}
