import type { Db } from './db/database';
import { insertChunked } from './db/bulk';
import { newId } from './db/ids';

export interface AuditEntry {
  userId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  leerlingId?: string | null;
  schoolId?: string | null;
  /** Field names and counts, never the values of a pupil's record. */
  details?: Record<string, unknown>;
}

/** Writes the audit row with the same connection or transaction as the change it describes. */
export async function audit(db: Db, now: Date, entry: AuditEntry): Promise<void> {
  await auditMany(db, now, [entry]);
}

export async function auditMany(db: Db, now: Date, entries: AuditEntry[]): Promise<void> {
  const at = now.toISOString();
  await insertChunked(
    db,
    'audit_log',
    entries.map((entry) => ({
      id: newId(now.getTime()),
      at,
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId ?? null,
      leerling_id: entry.leerlingId ?? null,
      school_id: entry.schoolId ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    })),
  );
}
