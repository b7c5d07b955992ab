/**
 * Backup files by name: `<kind>-<UTC time>.<sqlite|dump>[.enc]`. The time in the name (not the file's
 * modification time, which a copy changes) decides what the retention keeps. Only the server's own
 * daily backups are ever removed; a backup made by hand, before an upgrade or before a restore stays
 * until someone removes it.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Engine } from '../db/dialect';
import type { Retention } from './backup-config';

export type BackupKind = 'dagelijks' | 'handmatig' | 'voor-upgrade' | 'voor-terugzetten';

const KINDS: readonly BackupKind[] = ['dagelijks', 'handmatig', 'voor-upgrade', 'voor-terugzetten'];

const NAME = /^leerwinst-([a-z-]+)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.(sqlite|dump)(\.enc)?$/;

export function backupFileName(kind: BackupKind, at: Date, engine: Engine, encrypted: boolean): string {
  const stamp = at.toISOString().slice(0, 19).replace(/[-:]/g, '');
  return `leerwinst-${kind}-${stamp}Z.${engine === 'sqlite' ? 'sqlite' : 'dump'}${encrypted ? '.enc' : ''}`;
}

export interface BackupFile {
  name: string;
  path: string;
  kind: BackupKind;
  at: Date;
  bytes: number;
}

export function parseBackupName(name: string): { kind: BackupKind; at: Date } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind = KINDS.find((k) => k === m[1]);
  if (!kind) return null;
  return { kind, at: new Date(`${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}Z`) };
}

/** The backups in a folder, newest first; other files are not ours and are left alone. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      if (!parsed) return [];
      const path = join(dir, name);
      return [{ name, path, ...parsed, bytes: statSync(path).size }];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** ISO 8601 week, as "2026-W48": weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekKey(d: Date): string {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

/**
 * Which daily backups to remove: the newest of each of the last `daily` days is kept, the newest of
 * each of the last `weekly` weeks and of the last `monthly` months too (grandfather-father-son).
 */
export function backupsToRemove<T extends { kind: BackupKind; at: Date }>(files: T[], keep: Retention): T[] {
  const daily = files.filter((f) => f.kind === 'dagelijks').sort((a, b) => b.at.getTime() - a.at.getTime());
  const kept = new Set<T>();
  const newestPer = (key: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const file of daily) {
      const k = key(file.at);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      kept.add(file);
    }
  };
  newestPer(dayKey, keep.daily);
  newestPer(isoWeekKey, keep.weekly);
  newestPer(monthKey, keep.monthly);
  return daily.filter((f) => !kept.has(f));
}

/** The name a backup is written under until it is complete; a rename makes it the real one. */
export function temporaryName(finalPath: string, suffix = ''): string {
  return join(dirname(finalPath), `.${basename(finalPath)}${suffix}.tmp-${process.pid}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Half-written backups of processes that died (kill -9, a power cut): they are never a backup. */
export function removeAbandonedTemporaries(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = /^\..*\.tmp-(\d+)(-journal|-wal|-shm)?$/.exec(name);
    if (!m || isRunning(Number(m[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
