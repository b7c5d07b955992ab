import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PupilAgenda } from '../../api/zorg';
import { useI18n } from '../../i18n';

type Zorgniveau = PupilAgenda['zorgniveau'];

/** A part of an agenda under its own heading. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The pupil's zorgniveau with who set it, when and why. */
export function ZorgniveauLine({ zorgniveau }: { zorgniveau: Zorgniveau }) {
  const { t, formatDate } = useI18n();
  const l = t.bespreking.leerling;
  if (!zorgniveau)
    return (
      <Text size="sm" c="dimmed">
        {l.noZorgniveau}
      </Text>
    );
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {l.zorgniveauLine(zorgniveau.niveau, zorgniveau.label)}
      </Text>
      <Text size="xs" c="dimmed">
        {l.zorgniveauBy(zorgniveau.setBy, formatDate(zorgniveau.setAt), zorgniveau.reason)}
      </Text>
    </Stack>
  );
}
