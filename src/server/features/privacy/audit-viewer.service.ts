/**
 * The audit log for the school's privacy officer (`audit.read`: the schoolleider): who read or changed
 * what, filtered by pupil, user, action and days, page by page or as a CSV file. Reading the log is
 * itself audited: the list by the route layer (`always`), the export here.
 */
import type { z } from 'zod';
import { fullName } from '../../../shared/names';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { tableDownload, type Download } from '../exports/download';
import { dateCell, type Table } from '../exports/table';
import {
  findAuditActions,
  findAuditEntries,
  findAuditUsers,
  findPupilNames,
  type AuditFilter,
  type AuditRow,
} from './audit-viewer.queries';
import type { AuditEntrySchema, AuditExportQuery, AuditListResponse, AuditQuery } from './privacy.schema';

type Entry = z.infer<typeof AuditEntrySchema>;
const PAGE = 100;
/** An export is for one question (a pupil, a user, a month); beyond this the filter is too wide. */
const EXPORT_LIMIT = 20_000;

function parseCursor(before: string | undefined): { at: string; id: string } | undefined {
  if (!before) return undefined;
  const [at, id] = before.split('|');
  if (!at || !id) throw invalidInput('Ongeldige vervolgpagina.', [{ field: 'before', message: 'ongeldig' }]);
  return { at, id };
}

function detailsOf(row: AuditRow): { details: Record<string, unknown> | null; ids: string[] } {
  if (!row.details) return { details: null, ids: [] };
  const { leerlingIds, ...rest } = JSON.parse(row.details) as Record<string, unknown>;
  return { details: rest, ids: Array.isArray(leerlingIds) ? leerlingIds.map(String) : [] };
}

async function present(db: Db, schoolId: string, rows: AuditRow[], filter: AuditFilter): Promise<Entry[]> {
  const wanted = new Set(rows.flatMap((r) => (r.leerling_id ? [r.leerling_id] : [])));
  if (filter.leerlingId) wanted.add(filter.leerlingId);
  const names = new Map(
    (await findPupilNames(db, schoolId, [...wanted])).map((p) => [
      p.id,
      {
        id: p.id,
        name: fullName({ roepnaam: p.roepnaam, voorvoegsel: p.voorvoegsel, achternaam: p.achternaam }),
      },
    ]),
  );
  return rows.map((row) => {
    const { details, ids } = detailsOf(row);
    // Filtered on a pupil, every row mentions that pupil (also a search of the log for the pupil).
    const about = row.leerling_id ?? filter.leerlingId ?? null;
    return {
      id: row.id,
      at: row.at,
      user: row.user_id ? { id: row.user_id, name: row.user_name ?? '' } : null,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      pupil: about ? (names.get(about) ?? null) : null,
      pupils: ids.length > 0 ? ids.length : row.leerling_id ? 1 : 0,
      details,
    };
  });
}

function filterOf(query: z.infer<typeof AuditExportQuery>): AuditFilter {
  const { leerlingId, userId, action, from, to } = query;
  return { leerlingId, userId, action, from, to };
}

export async function listAudit(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: AuditQuery,
): Promise<AuditListResponse> {
  requireAtSchool(actor, schoolId, 'audit.read');
  const filter = filterOf(query);
  const limit = query.limit ?? PAGE;
  const rows = await findAuditEntries(db, schoolId, filter, {
    limit: limit + 1,
    before: parseCursor(query.before),
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const [actions, users] = await Promise.all([findAuditActions(db, schoolId), findAuditUsers(db, schoolId)]);
  return {
    filter,
    entries: await present(db, schoolId, page, filter),
    next: rows.length > limit && last ? `${last.at}|${last.id}` : null,
    actions,
    users,
  };
}

function tableOf(entries: Entry[]): Table {
  return {
    sheetName: 'Auditlog',
    title: 'Auditlog',
    columns: [
      'Tijdstip',
      'Datum',
      'Gebruiker',
      'Actie',
      'Onderwerp',
      'Id',
      'Leerling',
      'Leerlingen',
      'Details',
    ].map((header) => ({ header })),
    rows: entries.map((e) => [
      e.at,
      dateCell(e.at),
      e.user?.name ?? '',
      e.action,
      e.entity,
      e.entityId,
      e.pupil?.name ?? null,
      e.pupils,
      e.details ? JSON.stringify(e.details) : null,
    ]),
  };
}

/** The filtered log as CSV (Dutch Excel conventions), audited with the filter and the number of rows. */
export async function exportAudit(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof AuditExportQuery>,
  now: Date,
): Promise<Download> {
  requireAtSchool(actor, schoolId, 'audit.read');
  const filter = filterOf(query);
  const rows = await findAuditEntries(db, schoolId, filter, { limit: EXPORT_LIMIT + 1 });
  if (rows.length > EXPORT_LIMIT) {
    throw invalidInput(
      `Dat zijn meer dan ${EXPORT_LIMIT} regels; kies een leerling, gebruiker, actie of kortere periode.`,
    );
  }
  const entries = await present(db, schoolId, rows, filter);
  await audit(db, now, {
    userId: actor.userId,
    action: 'audit.export',
    entity: 'school',
    entityId: schoolId,
    schoolId,
    details: { filter, rows: entries.length },
  });
  return tableDownload(tableOf(entries), 'csv', ['auditlog', now.toISOString().slice(0, 10)], now);
}
