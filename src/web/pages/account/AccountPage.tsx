import { Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useMe } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { InvitationsSection } from './InvitationsSection';
import { MfaSection } from './MfaSection';
import { PasswordSection } from './PasswordSection';
import { Section } from './Section';
import { SessionsSection } from './SessionsSection';
import './account.css';

/** "Mijn account": invitations, the own password, the authenticator app and the active sessions. */
export function AccountPage() {
  const { t } = useI18n();
  const me = useMe();
  const { hash } = useLocation();
  const user = me.data?.user;

  // A link to a part of the page (#uitnodigingen) scrolls there once that part has rendered.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);

  if (!user) return null;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t.account.title}
        subtitle={`${user.name} · ${user.email}`}
        crumbs={[{ label: t.app.home, to: '/' }, { label: t.account.title }]}
      />
      <InvitationsSection />
      <Section id="wachtwoord" title={t.account.password.title} className="account-print-hide">
        <PasswordSection email={user.email} />
      </Section>
      <Section id="tweestapsverificatie" title={t.mfa.title}>
        <MfaSection />
      </Section>
      <Section id="sessies" title={t.account.sessions.title} className="account-print-hide">
        <SessionsSection />
      </Section>
    </Stack>
  );
}
