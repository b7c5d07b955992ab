import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n';

interface Crumb {
  label: string;
  to?: string;
}

export function PageHeader({
  title,
  subtitle,
  crumbs = [],
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  crumbs?: Crumb[];
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t.app.name}`;
  }, [title, t.app.name]);
  return (
    <Stack gap={4} mb="lg">
      {crumbs.length > 0 && (
        <nav aria-label={t.app.breadcrumbs} className="no-print">
          <Breadcrumbs separatorMargin={6}>
            {crumbs.map((c) =>
              c.to ? (
                <Anchor component={Link} to={c.to} key={c.label} size="sm">
                  {c.label}
                </Anchor>
              ) : (
                <Text size="sm" key={c.label} c="dimmed">
                  {c.label}
                </Text>
              ),
            )}
          </Breadcrumbs>
        </nav>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm" component="div">
              {subtitle}
            </Text>
          )}
        </Stack>
        {actions}
      </Group>
    </Stack>
  );
}
