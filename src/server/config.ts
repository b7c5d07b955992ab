import { AccountConfigError, readAccountEnvironment, type AccountEnvironment } from './auth/account-config';
import { DEFAULT_DATABASE_URL } from './db/database';

/** Twelve-factor: everything that differs between deployments comes from the environment. */
export interface Config {
  databaseUrl: string;
  port: number;
  host: string;
  /** Trust X-Forwarded-For / X-Forwarded-Proto: only behind a reverse proxy you control. */
  trustProxy: boolean;
  /** MFA_REQUIRED, PUBLIC_URL, SSO_PROVIDERS: see auth/account-config.ts. */
  accounts: AccountEnvironment;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT moet een getal tussen 0 en 65535 zijn, niet "${env.PORT}".`);
  }
  let accounts: AccountEnvironment;
  try {
    accounts = readAccountEnvironment(env);
  } catch (error) {
    if (error instanceof AccountConfigError) throw new ConfigError(error.message);
    throw error;
  }
  return {
    accounts,
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    port,
    host: env.HOST || '127.0.0.1',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}
