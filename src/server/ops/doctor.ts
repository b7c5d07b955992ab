/**
 * `leerwinst doctor`: the checks a person (or a monitoring system) runs to know whether Leerwinst is
 * in order, each one plain Dutch line with a level. Exit code: 0 all in order, 1 a warning, 2 an error.
 */
import { existsSync, statSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { readConfig } from '../config';
import { migrationState, openDatabase, type Database } from '../db/database';
import { parseDatabaseUrl } from '../db/dialect';
import { readBackupConfig, type BackupConfig } from './backup-config';
import { databaseClock, postgresVersion, readLastBackup } from './backup.queries';
import { latestAuditMoment } from './doctor.queries';
import { pgDumpProblem } from './pg-tools';

export type Level = 'ok' | 'waarschuwing' | 'fout';

export interface Check {
  level: Level;
  text: string;
}

const HOUR = 60 * 60 * 1000;
const GB = 1024 ** 3;
const MB = 1024 ** 2;

export function exitCodeOf(checks: Check[]): 0 | 1 | 2 {
  if (checks.some((c) => c.level === 'fout')) return 2;
  return checks.some((c) => c.level === 'waarschuwing') ? 1 : 0;
}

function size(bytes: number): string {
  return bytes >= GB
    ? `${(bytes / GB).toFixed(1).replace('.', ',')} GB`
    : `${Math.round(bytes / MB).toLocaleString('nl-NL')} MB`;
}

function age(ms: number): string {
  const hours = Math.floor(ms / HOUR);
  return hours < 48 ? `${hours} uur geleden` : `${Math.floor(hours / 24)} dagen geleden`;
}

export async function runDoctor(env: NodeJS.ProcessEnv, now: Date): Promise<Check[]> {
  const checks: Check[] = [];
  let url: string;
  let backups: BackupConfig;
  try {
    const config = readConfig(env);
    url = config.databaseUrl;
    parseDatabaseUrl(url);
    backups = readBackupConfig(env, url);
    checks.push({ level: 'ok', text: `Configuratie in orde (poort ${config.port}, host ${config.host}).` });
  } catch (error) {
    checks.push({
      level: 'fout',
      text: `Configuratie: ${error instanceof Error ? error.message : String(error)}`,
    });
    return checks;
  }
  const target = parseDatabaseUrl(url);
  if (target.engine === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
    checks.push({ level: 'fout', text: `Het databasebestand bestaat niet: ${resolve(target.path)}.` });
    return checks;
  }
  let database: Database;
  try {
    database = await openDatabase(url);
  } catch (error) {
    checks.push({ level: 'fout', text: error instanceof Error ? error.message : String(error) });
    return checks;
  }
  try {
    checks.push({ level: 'ok', text: `Database bereikbaar: ${database.displayUrl}.` });
    checks.push(await schemaCheck(database));
    checks.push(...(await diskChecks(database, backups)));
    checks.push(...(await backupChecks(database, backups, now)));
    checks.push(...(await clockChecks(database, now)));
  } finally {
    await database.close();
  }
  return checks;
}

async function schemaCheck(database: Database): Promise<Check> {
  const state = await migrationState(database.db);
  if (state.unknown.length > 0) {
    return {
      level: 'fout',
      text: `De database is van een nieuwere versie van Leerwinst (${state.unknown.join(', ')}); deze versie kan haar niet gebruiken.`,
    };
  }
  if (state.pending.length > 0) {
    return {
      level: 'waarschuwing',
      text: `${state.pending.length} migratie(s) wachten (${state.pending.join(', ')}); de server voert ze uit bij de start, na een back-up.`,
    };
  }
  return { level: 'ok', text: `Schemaversie ${state.applied.at(-1)?.name ?? '(leeg)'}: bij.` };
}

async function freeSpace(path: string, what: string, needed: number): Promise<Check> {
  let dir = resolve(path);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  const stats = await statfs(dir);
  const free = stats.bavail * stats.bsize;
  const text = `Vrije schijfruimte bij ${what} (${dir}): ${size(free)}`;
  if (free < needed)
    return { level: 'fout', text: `${text}; te weinig voor nog een back-up (${size(needed)} nodig).` };
  if (free < Math.max(needed * 5, GB)) return { level: 'waarschuwing', text: `${text}; dat raakt op.` };
  return { level: 'ok', text: `${text}.` };
}

async function diskChecks(database: Database, backups: BackupConfig): Promise<Check[]> {
  const target = parseDatabaseUrl(backups.databaseUrl);
  if (target.engine !== 'sqlite') {
    return [await freeSpace(backups.dir, 'de back-ups', 100 * MB)];
  }
  const files = [target.path, `${target.path}-wal`].filter((f) => existsSync(f));
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  // A backup needs room for one more copy of the database, and a little for the temporary file.
  const needed = bytes + 50 * MB;
  return [
    { level: 'ok', text: `Databasebestand: ${resolve(target.path)} (${size(bytes)}).` },
    await freeSpace(dirname(target.path), 'de database', needed),
    await freeSpace(backups.dir, 'de back-ups', needed),
  ];
}

async function backupChecks(database: Database, backups: BackupConfig, now: Date): Promise<Check[]> {
  const checks: Check[] = [];
  if (database.engine === 'postgres') {
    const problem = await pgDumpProblem(await postgresVersion(database.db));
    checks.push(
      problem
        ? { level: 'waarschuwing', text: `leerwinst backup kan geen pg_dump maken: ${problem}` }
        : { level: 'ok', text: 'pg_dump is beschikbaar voor back-ups.' },
    );
  } else if (!backups.auto) {
    checks.push({
      level: 'waarschuwing',
      text: 'De dagelijkse back-up van de server staat uit (BACKUP_AUTO=0).',
    });
  }
  if (backups.key === undefined)
    checks.push({ level: 'ok', text: 'Back-ups worden niet versleuteld (BACKUP_KEY is niet gezet).' });
  const last = await readLastBackup(database.db);
  if (!last) {
    checks.push({ level: 'waarschuwing', text: 'Er is nog geen back-up gemaakt (leerwinst backup).' });
    return checks;
  }
  const ms = now.getTime() - new Date(last.at).getTime();
  const text = `Laatste back-up: ${last.at.slice(0, 16).replace('T', ' ')} UTC (${age(Math.max(0, ms))}), ${last.file}`;
  if (!existsSync(last.file))
    checks.push({ level: 'waarschuwing', text: `${text}; dat bestand is hier niet (meer) te vinden.` });
  else if (ms > 7 * 24 * HOUR) checks.push({ level: 'fout', text: `${text}: ouder dan een week.` });
  else if (ms > 48 * HOUR) checks.push({ level: 'waarschuwing', text: `${text}: ouder dan twee dagen.` });
  else checks.push({ level: 'ok', text: `${text}.` });
  return checks;
}

async function clockChecks(database: Database, now: Date): Promise<Check[]> {
  const year = now.getUTCFullYear();
  if (year < 2024 || year > 2100) {
    return [
      {
        level: 'fout',
        text: `De klok van deze computer staat op ${now.toISOString()}: dat kan niet kloppen.`,
      },
    ];
  }
  const checks: Check[] = [];
  const drift = Math.abs((await databaseClock(database.db)).getTime() - now.getTime());
  if (database.engine === 'postgres' && drift > 5 * 60 * 1000) {
    checks.push({
      level: 'waarschuwing',
      text: `De klok van de databaseserver wijkt ${Math.round(drift / 60000)} minuten af van deze computer.`,
    });
  }
  const latest = await latestAuditMoment(database.db);
  if (latest && new Date(latest).getTime() > now.getTime() + HOUR) {
    checks.push({
      level: 'waarschuwing',
      text: `Het auditlog heeft een moment in de toekomst (${latest}): de klok loopt achter, of liep eerder voor.`,
    });
  }
  if (checks.length === 0)
    checks.push({ level: 'ok', text: `Klok: ${now.toISOString().slice(0, 19).replace('T', ' ')} UTC.` });
  return checks;
}
