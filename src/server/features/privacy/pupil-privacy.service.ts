/**
 * A pupil's rights under the AVG, exercised by the schoolleider (`privacy.manage`): inzage (art. 15),
 * everything held on the pupil as a ZIP of JSON and a readable HTML page, and verwijdering (art. 17),
 * all of it gone at once with a reason. Both are audited; the audit rows themselves stay (they name the
 * pupil by an id that no longer leads to anyone).
 */
import { audit } from '../../audit';
import { requirePupil } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { Download } from '../exports/download';
import { findAuditOfPupil } from './audit-viewer.queries';
import { catalogOf, collectPupilRows, deleteRows, scrubDocuments } from './erase';
import { inzageHtml } from './inzage-html';
import { rowsByIds, type Row } from './pupil-data.queries';
import { deleteLeerling, findLeerling, findSchoolName } from './privacy.queries';
import type { DeletePupilBody } from './privacy.schema';
import { zipFiles } from './zip';

export const ZIP_TYPE = 'application/zip';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function pupilInzage(db: Db, actor: Actor, pupilId: string, now: Date): Promise<Download> {
  const pupil = await requirePupil(db, actor, pupilId, 'privacy.manage');
  const catalog = await catalogOf(db);
  const found = await collectPupilRows(db, catalog, [pupil.id], 'all');
  const tables: { name: string; rows: Row[] }[] = [];
  for (const name of [...found.tables.keys()].sort()) {
    tables.push({ name, rows: await rowsByIds(db, name, found.tables.get(name) ?? []) });
  }
  const [leerling, auditRows, schoolName] = await Promise.all([
    findLeerling(db, pupil.id),
    findAuditOfPupil(db, pupil.id),
    findSchoolName(db, pupil.school_id),
  ]);
  const madeAt = now.toISOString();
  const files = [
    { name: 'leerling.json', content: json(leerling) },
    ...tables.map((t) => ({ name: `tabellen/${t.name}.json`, content: json(t.rows) })),
    { name: 'auditlog.json', content: json(auditRows) },
    {
      name: 'inzage.html',
      content: inzageHtml({
        pupil: leerling ?? {},
        schoolName: schoolName ?? '',
        tables,
        audit: auditRows,
        madeAt,
        madeBy: actor.name,
      }),
    },
  ];
  const body = zipFiles(files, now);
  await audit(db, now, {
    userId: actor.userId,
    action: 'pupil.inzage',
    entity: 'leerling',
    entityId: pupil.id,
    leerlingId: pupil.id,
    schoolId: pupil.school_id,
    details: {
      rows: Object.fromEntries(tables.map((t) => [t.name, t.rows.length])),
      audit: auditRows.length,
    },
  });
  return { body, contentType: ZIP_TYPE, filename: `inzage-${madeAt.slice(0, 10)}.zip` };
}

/** Everything about the pupil, in one transaction, with the reason in the audit row. */
export async function deletePupil(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: DeletePupilBody,
  now: Date,
): Promise<{ deleted: Record<string, number>; documents: number }> {
  const pupil = await requirePupil(db, actor, pupilId, 'privacy.manage');
  const catalog = await catalogOf(db);
  return db.transaction().execute(async (trx) => {
    const found = await collectPupilRows(trx, catalog, [pupil.id], 'all');
    const deleted = await deleteRows(trx, catalog, found);
    const documents = await scrubDocuments(trx, pupil.id, 'delete');
    deleted.leerling = await deleteLeerling(trx, pupil.id);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'pupil.delete',
      entity: 'leerling',
      entityId: pupil.id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { reason: input.reason, rows: deleted, documents },
    });
    return { deleted, documents };
  });
}
