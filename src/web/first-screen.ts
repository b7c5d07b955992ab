/**
 * On a full page load, the first screen's requests go out while the app's own code is still being
 * evaluated, side by side, instead of one after another: the session (/auth/me) on every page, and on
 * the datamuur also its page code and its data. Without this the page code is asked for only when
 * /auth/me has answered and the app has rendered, and the data only when that code has run (issue 15).
 * main.tsx imports this module first, so it runs before React and the rest of the entry.
 */
import { matchPath } from 'react-router';
import { prefetchDatamuur, prefetchMe } from './api/queries';
import { apiParamsOf } from './pages/datamuur/wall-params';

function datamuurPath(pathname: string): string | null {
  const group = matchPath('/groepen/:groupId/datamuur', pathname)?.params.groupId;
  if (group) return `/groups/${group}/datamuur`;
  const school = matchPath('/scholen/:schoolId/datamuur', pathname)?.params.schoolId;
  return school ? `/schools/${school}/datamuur` : null;
}

const { pathname, search } = window.location;
// The password link's page is the only one that does not ask who is logged in.
if (!matchPath('/wachtwoord-instellen', pathname)) prefetchMe();
const datamuur = datamuurPath(pathname);
if (datamuur) {
  // The data first: the server needs longer for it than for any file, and the page's code is some
  // twenty files that would otherwise take the browser's six connections before it.
  prefetchDatamuur(datamuur, apiParamsOf(new URLSearchParams(search)));
  // The router's lazy page imports the same module: the browser loads and runs it once. A failure
  // here is the router's to show when it asks for the page.
  import('./pages/datamuur/DatamuurPage').catch(() => undefined);
}
