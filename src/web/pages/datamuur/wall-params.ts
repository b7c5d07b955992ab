/**
 * The datamuur's URL parameters the API takes; the rest (view, names) is the page's own. Apart from
 * wall.ts, so the app's entry (first-screen.ts) can build the same request without the wall's rules.
 */
const API_PARAMS = ['vak', 'meetpunt', 'jaargroep', 'schooljaar'] as const;

export function apiParamsOf(params: URLSearchParams): Record<string, string | null> {
  return Object.fromEntries(API_PARAMS.map((key) => [key, params.get(key)]));
}
