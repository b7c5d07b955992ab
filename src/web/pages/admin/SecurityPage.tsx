import { Stack } from '@mantine/core';
import { useAdminSchools } from '../../api/admin';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { Section } from '../account/Section';
import { SchoolMfaPanel } from './SchoolMfaPanel';
import { SsoPanel } from './SsoPanel';

/** `/beheer/beveiliging`: MFA for everyone per school, and SSO per bestuur. */
export function SecurityPage() {
  const { t } = useI18n();
  const schools = useAdminSchools();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t.security.title}
        subtitle={t.security.intro}
        crumbs={[{ label: t.app.home, to: '/' }, { label: t.security.title }]}
      />
      <QueryState query={schools}>
        {(data) => (
          <>
            <Section id="mfa-per-school" title={t.security.schoolsTitle}>
              <SchoolMfaPanel schools={data.schools} />
            </Section>
            <Section id="sso" title={t.ssoAdmin.title}>
              <SsoPanel besturen={data.besturen} />
            </Section>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
