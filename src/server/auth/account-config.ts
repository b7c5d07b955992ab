/**
 * The account settings of a deployment, from the environment:
 * - MFA_REQUIRED: `roles` (the default of a real deployment: IB, schoolleider and beheerder must use
 *   an authenticator app) or `off` (nobody is forced; `serve --demo` uses this unless told otherwise).
 * - PUBLIC_URL: the address users reach Leerwinst at (https://leerwinst.school.nl), for password
 *   links and the SSO redirect; without it the address of the request is used.
 * - SSO_PROVIDERS: OpenID Connect per bestuur, as JSON: [{"bestuursnummer": "41234", "label":
 *   "Microsoft", "issuer": "https://login.microsoftonline.com/<tenant>/v2.0", "clientId": "…",
 *   "clientSecret": "…", "createAccounts": true, "trustMfa": false}].
 */
import { z } from 'zod';

export type MfaEnforcement = 'roles' | 'off';

const EnvSsoProvider = z
  .object({
    bestuursnummer: z.string().trim().min(1).max(20),
    label: z.string().trim().min(1).max(80),
    issuer: z.url(),
    clientId: z.string().min(1).max(500),
    clientSecret: z.string().min(1).max(2000),
    createAccounts: z.boolean().default(false),
    trustMfa: z.boolean().default(false),
  })
  .strict();
export type EnvSsoProvider = z.infer<typeof EnvSsoProvider>;

/** What the request handlers use; a deployment that says nothing (tests, bench) enforces no MFA. */
export interface AccountSettings {
  mfa: MfaEnforcement;
  publicUrl: string | null;
  ssoProviders: readonly EnvSsoProvider[];
}

export const NO_ACCOUNT_SETTINGS: AccountSettings = { mfa: 'off', publicUrl: null, ssoProviders: [] };

/** As read from the environment; `mfa` is null when MFA_REQUIRED is not set, for `serve` to decide. */
export interface AccountEnvironment extends Omit<AccountSettings, 'mfa'> {
  mfa: MfaEnforcement | null;
}

export class AccountConfigError extends Error {}

export function readAccountEnvironment(env: NodeJS.ProcessEnv): AccountEnvironment {
  const mfa = env.MFA_REQUIRED?.trim() || null;
  if (mfa !== null && mfa !== 'roles' && mfa !== 'off') {
    throw new AccountConfigError(`MFA_REQUIRED moet "roles" of "off" zijn, niet "${mfa}".`);
  }
  const publicUrl = env.PUBLIC_URL?.trim() || null;
  if (publicUrl !== null && !z.url({ protocol: /^https?$/ }).safeParse(publicUrl).success) {
    throw new AccountConfigError(`PUBLIC_URL moet een http(s)-adres zijn, niet "${publicUrl}".`);
  }
  return { mfa, publicUrl: publicUrl?.replace(/\/+$/, '') ?? null, ssoProviders: ssoFrom(env.SSO_PROVIDERS) };
}

function ssoFrom(text: string | undefined): EnvSsoProvider[] {
  if (!text?.trim()) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AccountConfigError('SSO_PROVIDERS is geen geldige JSON.');
  }
  const parsed = z.array(EnvSsoProvider).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AccountConfigError(
      `SSO_PROVIDERS klopt niet bij "${issue?.path.join('.') ?? ''}": ${issue?.message ?? ''}`,
    );
  }
  return parsed.data;
}
