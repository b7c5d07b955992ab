import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of the account page, named by its heading for screen readers. */
export function Section({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby={`${id}-titel`}
      id={id}
      className={className}
    >
      <Stack gap="md">
        <Title order={2} size="h3" id={`${id}-titel`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
