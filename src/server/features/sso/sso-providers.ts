/**
 * The OpenID Connect providers: one per bestuur from the beheer screen (stored), and any from the
 * environment (SSO_PROVIDERS, by bestuursnummer; read-only in the screen). The client secret never
 * leaves the server.
 */
import * as oidc from 'openid-client';
import type { EnvSsoProvider } from '../../auth/account-config';
import type { Db } from '../../db/database';
import { findBesturenByNummer, findStoredProviders } from './sso.queries';

export interface SsoProvider {
  id: string;
  bestuurId: string;
  bestuurName: string;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  createAccounts: boolean;
  trustMfa: boolean;
  source: 'beheer' | 'omgeving';
}

export async function allProviders(db: Db, fromEnv: readonly EnvSsoProvider[]): Promise<SsoProvider[]> {
  const [stored, besturen] = await Promise.all([
    findStoredProviders(db),
    findBesturenByNummer(
      db,
      fromEnv.map((p) => p.bestuursnummer),
    ),
  ]);
  const env = fromEnv.flatMap((p): SsoProvider[] => {
    const bestuur = besturen.find((b) => b.bestuursnummer === p.bestuursnummer);
    if (!bestuur) return [];
    return [
      {
        id: `env-${p.bestuursnummer}`,
        bestuurId: bestuur.id,
        bestuurName: bestuur.name,
        label: p.label,
        issuer: p.issuer,
        clientId: p.clientId,
        clientSecret: p.clientSecret,
        createAccounts: p.createAccounts,
        trustMfa: p.trustMfa,
        source: 'omgeving',
      },
    ];
  });
  return [
    ...stored.map((p): SsoProvider => ({
      id: p.id,
      bestuurId: p.bestuur_id,
      bestuurName: p.bestuur_name,
      label: p.label,
      issuer: p.issuer,
      clientId: p.client_id,
      clientSecret: p.client_secret,
      createAccounts: p.create_accounts === 1,
      trustMfa: p.trust_mfa === 1,
      source: 'beheer',
    })),
    ...env,
  ];
}

/** Plain http only for a provider on this machine (a test or a local provider): never over a network. */
export function isLoopback(issuer: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

/** The issuer as a URL when it may be used: https, or http on this machine. */
export function issuerUrl(issuer: string): URL | null {
  try {
    const url = new URL(issuer);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url))) return url;
    return null;
  } catch {
    return null;
  }
}

/** The provider's OpenID configuration, read from its discovery document. */
export function discover(provider: { issuer: string; clientId: string; clientSecret: string }) {
  const url = issuerUrl(provider.issuer);
  if (!url) throw new Error('issuer is geen https-adres');
  return oidc.discovery(url, provider.clientId, provider.clientSecret, undefined, {
    ...(url.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
    timeout: 10,
  });
}
