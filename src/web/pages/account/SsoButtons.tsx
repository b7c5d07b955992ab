import { Button, Divider, Stack, Text } from '@mantine/core';
import { ssoStartUrl, useSsoProviders } from '../../api/account';
import { useI18n } from '../../i18n';

/**
 * A link per provider (a whole-page navigation: the provider's login page follows), with the bestuur
 * it is for. Nothing when no bestuur has SSO.
 */
export function SsoButtons() {
  const { t } = useI18n();
  const providers = useSsoProviders();
  const list = providers.data?.providers ?? [];
  if (list.length === 0) return null;
  return (
    <Stack gap="sm">
      <Divider label={t.sso.or} labelPosition="center" />
      {list.map((p) => (
        <Stack key={p.id} gap={2}>
          <Button
            component="a"
            href={ssoStartUrl(p.id)}
            variant="default"
            fullWidth
            aria-describedby={`sso-${p.id}`}
          >
            {t.sso.button(p.label)}
          </Button>
          <Text size="xs" c="dimmed" ta="center" id={`sso-${p.id}`}>
            {p.bestuurName}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
