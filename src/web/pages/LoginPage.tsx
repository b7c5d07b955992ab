import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useMe } from '../api/queries';
import { errorMessage } from '../components/QueryState';
import { useI18n } from '../i18n';
import { Logo } from '../layout/Logo';
import { safeNext } from './login-redirect';

export function LoginPage() {
  const { t } = useI18n();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = `${t.login.title} · ${t.app.name}`;
  }, [t]);

  if (me.data) return <Navigate to={next} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <main className="login-page">
      <Center mih="100vh" p="md">
        <Paper withBorder shadow="sm" p="xl" radius="lg" w={400} maw="100%">
          <Stack gap="lg">
            <Stack gap={6}>
              <Logo />
              <Text size="sm" c="dimmed">
                {t.app.tagline}
              </Text>
            </Stack>
            <Title order={1} size="h3">
              {t.login.title}
            </Title>
            <Text size="sm">{t.login.intro}</Text>
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
          </Stack>
        </Paper>
      </Center>
    </main>
  );
}
