import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation, type RouteObject } from 'react-router';
import { useMe } from './api/queries';
import { ErrorAlert } from './components/QueryState';
import { useI18n } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';

/**
 * A page whose code loads when it is first opened: it, and what only it uses (the charts, the import
 * wizard, the OPP editor), become chunks of their own, and the first visit loads only what it shows.
 */
function page<K extends string, P extends object>(
  load: () => Promise<{ [name in K]: ComponentType<P> }>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const GroupPage = page(() => import('./pages/GroupPage'), 'GroupPage');
const HomePage = page(() => import('./pages/HomePage'), 'HomePage');
const LoginPage = page(() => import('./pages/LoginPage'), 'LoginPage');
const PupilPage = page(() => import('./pages/PupilPage'), 'PupilPage');
const SchoolsPage = page(() => import('./pages/admin/SchoolsPage'), 'SchoolsPage');
const UsersPage = page(() => import('./pages/admin/UsersPage'), 'UsersPage');
const SchoolSettingsPage = page(() => import('./pages/settings/SchoolSettingsPage'), 'SchoolSettingsPage');
const ImportPage = page(() => import('./pages/import/ImportPage'), 'ImportPage');
const DatamuurPage = page(() => import('./pages/datamuur/DatamuurPage'), 'DatamuurPage');
const GroepsoverzichtPage = page(
  () => import('./pages/groepsoverzicht/GroepsoverzichtPage'),
  'GroepsoverzichtPage',
);
const GroupCyclePage = page(() => import('./pages/cycle/GroupCyclePage'), 'GroupCyclePage');
const SchoolCyclePage = page(() => import('./pages/cycle/SchoolCyclePage'), 'SchoolCyclePage');
const PlanPage = page(() => import('./pages/plan/PlanPage'), 'PlanPage');
const SchooloverzichtPage = page(() => import('./pages/ogw/SchooloverzichtPage'), 'SchooloverzichtPage');
const AmbitionsPage = page(() => import('./pages/ogw/AmbitionsPage'), 'AmbitionsPage');
const TrendsPage = page(() => import('./pages/ogw/TrendsPage'), 'TrendsPage');
const BestuurGridPage = page(() => import('./pages/ogw/BestuurGridPage'), 'BestuurGridPage');
const TeambesprekingPage = page(() => import('./pages/ogw/TeambesprekingPage'), 'TeambesprekingPage');
const OppPage = page(() => import('./pages/opp/OppPage'), 'OppPage');
const ZorgPage = page(() => import('./pages/zorg/ZorgPage'), 'ZorgPage');
const BesprekingPage = page(() => import('./pages/zorg/BesprekingPage'), 'BesprekingPage');
const AccountPage = page(() => import('./pages/account/AccountPage'), 'AccountPage');
const MfaGate = page(() => import('./pages/account/MfaGate'), 'MfaGate');
const PasswordLinkPage = page(() => import('./pages/account/PasswordLinkPage'), 'PasswordLinkPage');
const SecurityPage = page(() => import('./pages/admin/SecurityPage'), 'SecurityPage');
const AuditPage = page(() => import('./pages/privacy/AuditPage'), 'AuditPage');
const SchooladviesPage = page(() => import('./pages/schooladvies/SchooladviesPage'), 'SchooladviesPage');
const TevredenheidPage = page(() => import('./pages/tevredenheid/TevredenheidPage'), 'TevredenheidPage');
const VeiligheidPage = page(() => import('./pages/veiligheid/VeiligheidPage'), 'VeiligheidPage');

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

/** Where a page appears while its code loads: a loader, with the header (if any) already in place. */
function PageSlot() {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader aria-label={t.app.loading} />
        </Center>
      }
    >
      <Outlet />
    </Suspense>
  );
}

/** The pages inside the app's frame. */
const appPages: RouteObject[] = [
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
  { path: 'scholen/:schoolId/audit', element: <AuditPage /> },
  { path: 'scholen/:schoolId/schooladvies', element: <SchooladviesPage /> },
  { path: 'scholen/:schoolId/tevredenheid', element: <TevredenheidPage /> },
  { path: 'scholen/:schoolId/veiligheid', element: <VeiligheidPage /> },
  { path: 'import', element: <ImportPage /> },
  { path: '*', element: <NotFoundPage /> },
];

// Two page slots: the outer one for the pages without the app's frame (and the MFA step), the inner
// one inside AppLayout, which keeps its header and menu while a page loads.
export const router = createBrowserRouter([
  {
    element: <PageSlot />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/wachtwoord-instellen', element: <PasswordLinkPage /> },
      {
        element: <Authenticated />,
        children: [{ element: <PageSlot />, children: appPages }],
      },
    ],
  },
]);
