import type { Db } from '../db/database';
import type { AccountSettings } from '../auth/account-config';
import type { Actor } from '../auth/permissions';

export type Clock = () => Date;

/** What every request handler may use: the database, the clock and the deployment's settings. */
export interface Deps {
  db: Db;
  clock: Clock;
  trustProxy: boolean;
  /** MFA enforcement, public address, SSO from the environment; absent: no MFA enforced (tests). */
  accounts?: AccountSettings;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    actor: Actor | null;
    requestId: string;
  };
}
