/** Query strings for the API, one way: empty values are left out, so "no filter" is the server's default. */
type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** The path with the given parameters; a path that already has a query string gets them appended. */
export function withQuery(path: string, params: QueryParams = {}): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') q.set(key, String(value));
  }
  const text = q.toString();
  if (!text) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${text}`;
}

/** A link the browser follows itself (downloads): the session cookie goes along, no script in between. */
export const downloadHref = (path: string, params: QueryParams = {}) => `/api${withQuery(path, params)}`;

/** The page's own URL parameters with one changed (an empty value removes it); the others stay. */
export function withSearchParam(params: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}
