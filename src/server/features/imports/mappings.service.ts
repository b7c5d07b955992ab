/**
 * Saved column mappings ("ParnasSys-export rekenen") per school, so the next file of the same kind
 * needs no clicking, and the command line can use one by name.
 */
import type { z } from 'zod';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { notFound } from '../../errors';
import { SavedMappingBody } from './imports.schema';
import {
  deleteMappingRow,
  findMappingsByName,
  findMappingsOfSchool,
  upsertMapping,
} from './mappings.queries';

export async function listMappings(db: Db, actor: Actor, schoolId: string) {
  requireAtSchool(actor, schoolId, 'import.run');
  const rows = await findMappingsOfSchool(db, schoolId);
  return {
    mappings: rows.flatMap((r) => {
      const parsed = SavedMappingBody.safeParse(JSON.parse(r.config));
      return parsed.success ? [{ ...parsed.data, name: r.name, updatedAt: r.updated_at }] : [];
    }),
  };
}

export async function saveMapping(
  db: Db,
  actor: Actor,
  schoolId: string,
  name: string,
  body: z.infer<typeof SavedMappingBody>,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'import.run');
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await upsertMapping(trx, {
      id: newId(now.getTime()),
      school_id: schoolId,
      name,
      config: JSON.stringify(body),
      created_by: actor.userId,
      created_at: iso,
      updated_at: iso,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'import.mapping.save',
      entity: 'import_mapping',
      schoolId,
      details: { name },
    });
  });
  return listMappings(db, actor, schoolId);
}

export async function deleteMapping(db: Db, actor: Actor, schoolId: string, name: string, now: Date) {
  requireAtSchool(actor, schoolId, 'import.run');
  if (!(await deleteMappingRow(db, schoolId, name))) throw notFound('De koppeling');
  await audit(db, now, {
    userId: actor.userId,
    action: 'import.mapping.delete',
    entity: 'import_mapping',
    schoolId,
    details: { name },
  });
  return listMappings(db, actor, schoolId);
}

/** A saved mapping by name, for the command line (any school, or the given one; must be unique). */
export async function findMappingByName(db: Db, name: string, schoolId: string | null) {
  const rows = await findMappingsByName(db, name, schoolId);
  if (rows.length !== 1 || !rows[0]) return rows.length === 0 ? 'none' : 'ambiguous';
  const parsed = SavedMappingBody.safeParse(JSON.parse(rows[0].config));
  return parsed.success ? { schoolId: rows[0].school_id, ...parsed.data } : 'none';
}
