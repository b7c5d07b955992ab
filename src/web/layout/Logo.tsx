import { Group, Text } from '@mantine/core';
import { useI18n } from '../i18n';

export function Logo() {
  const { t } = useI18n();
  return (
    <Group gap={8} wrap="nowrap" aria-hidden="true">
      <svg width="30" height="30" viewBox="0 0 32 32" role="presentation">
        <rect width="32" height="32" rx="7" fill="#005f66" />
        <path
          d="M7 23l6-7 5 4 7-10"
          fill="none"
          stroke="#fff"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <Text fw={700} size="lg" c="leerwinst.9">
        {t.app.name}
      </Text>
    </Group>
  );
}
