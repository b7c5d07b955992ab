import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';

export function errorMessage(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return t.errors.network;
    if (error.code === 'not_found') return t.errors.notFound;
    return error.message || t.errors.generic;
  }
  return t.errors.generic;
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <Alert color="red" variant="light" role="alert" title={t.errors.generic.split('.')[0]}>
      {errorMessage(error, t)}
    </Alert>
  );
}

/** Loading, error and "not found" for a page's main query, the same way on every page. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.isPending) {
    return (
      <Center py="xl" aria-live="polite">
        <Loader aria-label={t.app.loading} />
      </Center>
    );
  }
  if (query.error instanceof ApiError && query.error.code === 'not_found') {
    return (
      <Stack align="flex-start" py="lg">
        <Text>{t.errors.notFound}</Text>
        <Button component={Link} to="/" variant="light">
          {t.errors.backHome}
        </Button>
      </Stack>
    );
  }
  if (query.error || query.data === undefined) return <ErrorAlert error={query.error} />;
  return <>{children(query.data)}</>;
}
