import { Anchor, AppShell, Box, Button, Container, Group, SegmentedControl, Text } from '@mantine/core';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useLogout } from '../api/queries';
import type { Me } from '../api/types';
import { useI18n, type Language } from '../i18n';
import { zorgSchools } from '../pages/zorg/zorg-schools';
import { InvitationsNotice } from '../pages/account/InvitationsSection';
import { AuditNavLink } from '../pages/privacy/AuditNavLink';
import { PrivacyNotice } from '../pages/privacy/PrivacyNotice';
import { Logo } from './Logo';

/** The pages every user may open; import and beheer only for those with the right. */
function MainNav({ me }: { me: Me }) {
  const { t } = useI18n();
  const canManage = me.abilities.includes('user.manage');
  const canImport = me.abilities.includes('import.run');
  // Leerlingzorg is the IB's and the schoolleider's: those who follow the care of a whole school.
  const followsCare = zorgSchools(me).length > 0;
  return (
    <nav aria-label={t.app.mainNav}>
      <Group gap="xs" wrap="nowrap">
        <NavLink to="/" end className="nav-link">
          {t.app.home}
        </NavLink>
        {followsCare && (
          <NavLink to="/zorg" className="nav-link">
            {t.zorg.link}
          </NavLink>
        )}
        <AuditNavLink me={me} />
        {canImport && (
          <NavLink to="/import" className="nav-link">
            {t.imports.link}
          </NavLink>
        )}
        {canManage && (
          <>
            <NavLink to="/beheer/gebruikers" className="nav-link">
              {t.admin.usersTitle}
            </NavLink>
            <NavLink to="/beheer/scholen" className="nav-link">
              {t.admin.schoolsTitle}
            </NavLink>
            <NavLink to="/beheer/beveiliging" className="nav-link">
              {t.security.link}
            </NavLink>
          </>
        )}
      </Group>
    </nav>
  );
}

export function AppLayout({ me }: { me: Me }) {
  const { t, language, setLanguage } = useI18n();
  const logout = useLogout();
  const navigate = useNavigate();
  const roleNames = [...new Set(me.roles.map((r) => t.roles[r.role]))].join(', ');

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <a href="#inhoud" className="skip-link">
        {t.app.skipToContent}
      </a>
      <AppShell.Header className="app-header">
        <Container size="xl" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xl" wrap="nowrap">
              <Anchor component={Link} to="/" underline="never" aria-label={`${t.app.name}, ${t.app.home}`}>
                <Logo />
              </Anchor>
              <MainNav me={me} />
            </Group>
            <Group gap="md" wrap="nowrap">
              <Box visibleFrom="sm" ta="right">
                <Text size="sm" fw={600} lh={1.2}>
                  {me.user.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {roleNames}
                </Text>
              </Box>
              <SegmentedControl
                size="xs"
                aria-label={t.app.language}
                value={language}
                onChange={(value) => setLanguage(value as Language)}
                data={[
                  { value: 'nl', label: t.app.languages.nl },
                  { value: 'en', label: t.app.languages.en },
                ]}
              />
              <Button component={Link} to="/mijn-account" variant="subtle" size="xs">
                {t.account.link}
              </Button>
              <Button
                variant="default"
                size="xs"
                onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
              >
                {t.app.logout}
              </Button>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="xl" py="lg" component="main" id="inhoud" tabIndex={-1}>
          <InvitationsNotice />
          <PrivacyNotice />
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
