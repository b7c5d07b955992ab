import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useI18n } from '../i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Stack align="flex-start">
      <PageHeader title={t.errors.notFound.split(',')[0] ?? ''} />
      <Text>{t.errors.notFound}</Text>
      <Button component={Link} to="/" variant="light">
        {t.errors.backHome}
      </Button>
    </Stack>
  );
}
