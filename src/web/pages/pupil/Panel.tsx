import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One card of the pupil's care section: a heading, an optional action beside it, the content. */
export function Panel({
  title,
  action,
  children,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section">
      <Group justify="space-between" align="center" mb="xs" wrap="nowrap">
        <Title order={3} size="h4">
          {title}
        </Title>
        {action && <div className="no-print">{action}</div>}
      </Group>
      {children}
    </Paper>
  );
}
