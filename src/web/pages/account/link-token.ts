/**
 * The token of a one-time link sits after `#` (`/wachtwoord-instellen#token=…`), so the browser never
 * sends it to a server log or in a Referer header; only this page reads it.
 */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
}
