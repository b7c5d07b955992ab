import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { useMe } from './api/queries';
import { ErrorAlert } from './components/QueryState';
import { useI18n } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { GroupPage } from './pages/GroupPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PupilPage } from './pages/PupilPage';
import { SchoolsPage } from './pages/admin/SchoolsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { SchoolSettingsPage } from './pages/settings/SchoolSettingsPage';
import { ImportPage } from './pages/import/ImportPage';
import { DatamuurPage } from './pages/datamuur/DatamuurPage';
import { GroepsoverzichtPage } from './pages/groepsoverzicht/GroepsoverzichtPage';
import { GroupCyclePage } from './pages/cycle/GroupCyclePage';
import { SchoolCyclePage } from './pages/cycle/SchoolCyclePage';
import { PlanPage } from './pages/plan/PlanPage';
import { SchooloverzichtPage } from './pages/ogw/SchooloverzichtPage';
import { AmbitionsPage } from './pages/ogw/AmbitionsPage';
import { TrendsPage } from './pages/ogw/TrendsPage';
import { BestuurGridPage } from './pages/ogw/BestuurGridPage';
import { TeambesprekingPage } from './pages/ogw/TeambesprekingPage';
import { OppPage } from './pages/opp/OppPage';
import { ZorgPage } from './pages/zorg/ZorgPage';
import { BesprekingPage } from './pages/zorg/BesprekingPage';
import { AccountPage } from './pages/account/AccountPage';
import { MfaGate } from './pages/account/MfaGate';
import { PasswordLinkPage } from './pages/account/PasswordLinkPage';
import { SecurityPage } from './pages/admin/SecurityPage';

/** Pages behind the login: without a session the user goes to /login and comes back afterwards. */
function Authenticated() {
  const { t } = useI18n();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t.app.loading} />
      </Center>
    );
  }
  if (me.error) return <ErrorAlert error={me.error} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  // The role needs a second factor that is not set up: the server refuses everything but the enrolment.
  if (me.data.mfa.required && !me.data.mfa.enrolled) return <MfaGate />;
  return <AppLayout me={me.data} />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/wachtwoord-instellen', element: <PasswordLinkPage /> },
  {
    element: <Authenticated />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'groepen/:groupId', element: <GroupPage /> },
      { path: 'groepen/:groupId/datamuur', element: <DatamuurPage scope="groep" /> },
      { path: 'scholen/:schoolId/datamuur', element: <DatamuurPage scope="jaargroep" /> },
      { path: 'groepen/:groupId/groepsoverzicht', element: <GroepsoverzichtPage /> },
      { path: 'groepen/:groupId/cyclus', element: <GroupCyclePage /> },
      { path: 'scholen/:schoolId/cyclus', element: <SchoolCyclePage /> },
      { path: 'groepsplannen/:planId', element: <PlanPage /> },
      { path: 'scholen/:schoolId/schooloverzicht', element: <SchooloverzichtPage /> },
      { path: 'scholen/:schoolId/ambities', element: <AmbitionsPage /> },
      { path: 'scholen/:schoolId/trends', element: <TrendsPage /> },
      { path: 'bestuur/schooloverzicht', element: <BestuurGridPage /> },
      { path: 'teambesprekingen/:teambesprekingId', element: <TeambesprekingPage /> },
      { path: 'zorg', element: <ZorgPage /> },
      { path: 'besprekingen/:besprekingId', element: <BesprekingPage /> },
      { path: 'leerlingen/:pupilId', element: <PupilPage /> },
      { path: 'opp/:oppId', element: <OppPage /> },
      { path: 'beheer/gebruikers', element: <UsersPage /> },
      { path: 'beheer/scholen', element: <SchoolsPage /> },
      { path: 'beheer/beveiliging', element: <SecurityPage /> },
      { path: 'mijn-account', element: <AccountPage /> },
      { path: 'scholen/:schoolId/instellingen', element: <SchoolSettingsPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
