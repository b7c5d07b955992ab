import type { Db } from '../db/database';
import type { Engine } from '../db/dialect';
import type { Actor } from '../auth/permissions';

export type Clock = () => Date;

/** What every request handler may use: the database, the clock and the deployment's settings. */
export interface Deps {
  db: Db;
  engine: Engine;
  clock: Clock;
  trustProxy: boolean;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    actor: Actor | null;
    requestId: string;
  };
}
