import type { Context } from 'hono';
import { NO_ACCOUNT_SETTINGS } from '../../auth/account-config';
import type { AppEnv } from '../../http/env';
import { isHttps } from '../../http/request-info';

/**
 * The address users reach Leerwinst at, for links and the SSO redirect: PUBLIC_URL, or else the host
 * of this request (with https when it came in over https, behind a trusted proxy too).
 */
export function publicBase(c: Context<AppEnv>): string {
  const { accounts, trustProxy } = c.get('deps');
  const configured = (accounts ?? NO_ACCOUNT_SETTINGS).publicUrl;
  if (configured) return configured;
  const url = new URL(c.req.url);
  return `${isHttps(c, trustProxy) ? 'https' : 'http'}://${c.req.header('host') ?? url.host}`;
}
