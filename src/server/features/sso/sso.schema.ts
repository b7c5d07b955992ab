import { z } from 'zod';

export const SsoProviderList = z.object({
  providers: z.array(z.object({ id: z.string(), label: z.string(), bestuurName: z.string() })),
});

export const StartQuery = z.object({ provider: z.string().min(1).max(100) });

/** What the provider adds to the callback address; anything else it adds is ignored. */
export const CallbackQuery = z.looseObject({
  code: z.string().max(4000).optional(),
  state: z.string().max(500).optional(),
  error: z.string().max(500).optional(),
});

export const BestuurParams = z.object({ bestuurId: z.string().min(1).max(64) });

export const SsoConfig = z.object({
  id: z.string(),
  label: z.string(),
  issuer: z.string(),
  clientId: z.string(),
  createAccounts: z.boolean(),
  trustMfa: z.boolean(),
  /** 'omgeving': from SSO_PROVIDERS, read-only here. */
  source: z.enum(['beheer', 'omgeving']),
});

export const SsoConfigResponse = z.object({
  providers: z.array(SsoConfig),
  /** The address to register at the provider as redirect URI. */
  redirectUri: z.string(),
});

/**
 * The issuer is checked in the service (https, and a discovery document that answers), after the
 * access check: a beheerder of another bestuur learns nothing from a well-formed body.
 */
export const SsoConfigBody = z
  .object({
    label: z.string().trim().min(1).max(80),
    issuer: z.string().trim().min(1).max(500),
    clientId: z.string().trim().min(1).max(500),
    /** Required the first time; left out later, the stored secret stays. Never sent back. */
    clientSecret: z.string().min(1).max(2000).optional(),
    createAccounts: z.boolean(),
    trustMfa: z.boolean(),
  })
  .strict();
