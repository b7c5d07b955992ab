import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { Logo } from '../../layout/Logo';

/** The card of the pages outside the app: login, the second step, a password link, the MFA enrolment. */
export function AuthCard({
  title,
  width = 400,
  children,
}: {
  title: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t.app.name}`;
  }, [title, t]);
  return (
    <main className="login-page">
      <Center mih="100vh" p="md">
        <Paper withBorder shadow="sm" p="xl" radius="lg" w={width} maw="100%">
          <Stack gap="lg">
            <Stack gap={6}>
              <Logo />
              <Text size="sm" c="dimmed">
                {t.app.tagline}
              </Text>
            </Stack>
            <Title order={1} size="h3">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </main>
  );
}
