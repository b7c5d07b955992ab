/**
 * Backup settings from the environment: where backups go (BACKUP_DIR), how many are kept
 * (BACKUP_KEEP: daily, weekly, monthly), the key that encrypts them (BACKUP_KEY) and whether the
 * server makes them by itself (BACKUP_AUTO=0 turns that off).
 */
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../config';
import { parseDatabaseUrl } from '../db/dialect';

export interface Retention {
  daily: number;
  weekly: number;
  monthly: number;
}

export interface BackupConfig {
  /** The database backed up (pg_dump needs the real URL, with its password). */
  databaseUrl: string;
  dir: string;
  keep: Retention;
  /** A passphrase; undefined: backups are not encrypted. */
  key: string | undefined;
  auto: boolean;
}

export const DEFAULT_RETENTION: Retention = { daily: 7, weekly: 4, monthly: 12 };

/** The shortest passphrase accepted: a key that can be guessed protects nothing. */
export const MIN_KEY_LENGTH = 16;

function parseKeep(value: string | undefined): Retention {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION;
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [daily, weekly, monthly] = parts;
  if (
    parts.length !== 3 ||
    daily === undefined ||
    weekly === undefined ||
    monthly === undefined ||
    parts.some((n) => !Number.isInteger(n) || n < 0)
  ) {
    throw new ConfigError(
      `BACKUP_KEEP moet drie gehele getallen zijn: dagelijks,wekelijks,maandelijks (bijvoorbeeld 7,4,12), niet "${value}".`,
    );
  }
  if (daily < 1) throw new ConfigError('BACKUP_KEEP bewaart minstens één dagelijkse back-up.');
  return { daily, weekly, monthly };
}

/** The default place: `backups/` beside the SQLite file, or ./data/backups for PostgreSQL. */
function defaultDir(databaseUrl: string): string {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.engine === 'sqlite' && target.path !== ':memory:')
    return join(dirname(resolve(target.path)), 'backups');
  return resolve('data', 'backups');
}

export function readBackupConfig(env: NodeJS.ProcessEnv, databaseUrl: string): BackupConfig {
  const key = env.BACKUP_KEY === undefined || env.BACKUP_KEY === '' ? undefined : env.BACKUP_KEY;
  if (key !== undefined && key.length < MIN_KEY_LENGTH) {
    throw new ConfigError(`BACKUP_KEY is te kort: gebruik minstens ${MIN_KEY_LENGTH} tekens.`);
  }
  return {
    databaseUrl,
    dir: env.BACKUP_DIR ? resolve(env.BACKUP_DIR) : defaultDir(databaseUrl),
    keep: parseKeep(env.BACKUP_KEEP),
    key,
    // A database in memory is gone when the process ends: nothing to back up every day.
    auto: env.BACKUP_AUTO !== '0' && env.BACKUP_AUTO !== 'false' && !databaseUrl.endsWith(':memory:'),
  };
}
