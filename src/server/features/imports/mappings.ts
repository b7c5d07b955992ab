/**
 * Saved column mappings ("ParnasSys-export rekenen") per school, so the next file of the same kind
 * needs no clicking, and the command line can use one by name.
 */
import { z } from 'zod';
import { audit } from '../../audit';
import { schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { notFound } from '../../errors';
import { MappingSchema, NO_CONTROL_CHARACTERS, ResultsConstantsSchema } from './imports.schema';

export const SavedMappingBody = z.object({
  mapping: MappingSchema,
  headers: z.array(z.string().max(200)).max(200),
  constants: ResultsConstantsSchema.optional(),
});
export type SavedMappingBody = z.infer<typeof SavedMappingBody>;

export const MappingNameParams = z.object({
  schoolId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(80).regex(NO_CONTROL_CHARACTERS, 'mag geen stuurtekens bevatten'),
});

export const SavedMappingList = z.object({
  mappings: z.array(SavedMappingBody.extend({ name: z.string(), updatedAt: z.string() })),
});

function assertScope(actor: Actor, schoolId: string): void {
  if (!schoolsWhere(actor, 'import.run').includes(schoolId)) throw notFound('De school');
}

export async function listMappings(db: Db, actor: Actor | null, schoolId: string) {
  if (actor) assertScope(actor, schoolId);
  const rows = await db
    .selectFrom('import_mapping')
    .selectAll()
    .where('school_id', '=', schoolId)
    .orderBy('name')
    .execute();
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
  body: SavedMappingBody,
  now: Date,
) {
  assertScope(actor, schoolId);
  const iso = now.toISOString();
  const config = JSON.stringify(body);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('import_mapping')
      .values({
        id: newId(now.getTime()),
        school_id: schoolId,
        name,
        config,
        created_by: actor.userId,
        created_at: iso,
        updated_at: iso,
      })
      .onConflict((oc) => oc.columns(['school_id', 'name']).doUpdateSet({ config, updated_at: iso }))
      .execute();
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
  assertScope(actor, schoolId);
  const result = await db
    .deleteFrom('import_mapping')
    .where('school_id', '=', schoolId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('De koppeling');
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
  let query = db.selectFrom('import_mapping').select(['school_id', 'config']).where('name', '=', name);
  if (schoolId) query = query.where('school_id', '=', schoolId);
  const rows = await query.execute();
  if (rows.length !== 1 || !rows[0]) return rows.length === 0 ? 'none' : 'ambiguous';
  const parsed = SavedMappingBody.safeParse(JSON.parse(rows[0].config));
  return parsed.success ? { schoolId: rows[0].school_id, ...parsed.data } : 'none';
}
