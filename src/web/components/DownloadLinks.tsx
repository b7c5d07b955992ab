import { Anchor, Group, Text } from '@mantine/core';
import { downloadHref } from '../api/query-string';
import { useI18n } from '../i18n';

/** Plain links: the browser downloads with the session cookie, no script in between. */
export function DownloadLinks({ label, base }: { label: string; base: string }) {
  const { t } = useI18n();
  return (
    <Group gap="xs" className="no-print">
      <Text size="sm" c="dimmed">
        {label}:
      </Text>
      <Anchor
        href={downloadHref(base, { format: 'xlsx' })}
        size="sm"
        download
        aria-label={`${label} (${t.exports.excel})`}
      >
        {t.exports.excel}
      </Anchor>
      <Anchor
        href={downloadHref(base, { format: 'csv' })}
        size="sm"
        download
        aria-label={`${label} (${t.exports.csv})`}
      >
        {t.exports.csv}
      </Anchor>
    </Group>
  );
}
