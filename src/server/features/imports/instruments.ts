/**
 * The toetsen a school can import results for: the catalog of common LVS instruments, the toetsen
 * already known, and the school's own instruments (a method test, a local reading test).
 */
import { z } from 'zod';
import { INSTRUMENTS } from '../../../imports';
import { VAKKEN } from '../../../shared/vakken';
import { audit } from '../../audit';
import { schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, notFound } from '../../errors';
import { NO_CONTROL_CHARACTERS } from './imports.schema';

export const NewInstrumentBody = z.object({
  name: z.string().trim().min(2).max(120).regex(NO_CONTROL_CHARACTERS, 'mag geen stuurtekens bevatten'),
  vak: z.enum(VAKKEN),
  version: z.string().trim().min(1).max(30).regex(NO_CONTROL_CHARACTERS, 'mag geen stuurtekens bevatten'),
  levelSystem: z.enum(['I-V', 'A-E', 'REF', 'AVI']).nullable(),
  scaleKind: z.enum(['vaardigheid', 'ordinaal']),
});

export const InstrumentList = z.object({
  instruments: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      vak: z.string(),
      version: z.string(),
      publisher: z.string(),
      levelSystem: z.string().nullable(),
      source: z.enum(['catalogus', 'school']),
      synonyms: z.array(z.string()),
    }),
  ),
});

function assertScope(actor: Actor, schoolId: string): void {
  if (!schoolsWhere(actor, 'import.run').includes(schoolId)) throw notFound('De school');
}

export async function listInstruments(db: Db, actor: Actor, schoolId: string) {
  assertScope(actor, schoolId);
  const own = await db
    .selectFrom('toets')
    .selectAll()
    .where('school_id', '=', schoolId)
    .orderBy('name')
    .execute();
  return {
    instruments: [
      ...INSTRUMENTS.map((i) => ({
        code: i.code,
        name: i.name,
        vak: i.vak,
        version: i.version,
        publisher: i.publisher,
        levelSystem: i.levelSystem,
        source: 'catalogus' as const,
        synonyms: [...i.synonyms],
      })),
      ...own.map((t) => ({
        code: t.code,
        name: t.name,
        vak: t.vak,
        version: t.version,
        publisher: t.publisher,
        levelSystem: t.level_system,
        source: 'school' as const,
        synonyms: [] as string[],
      })),
    ],
  };
}

export async function addInstrument(
  db: Db,
  actor: Actor,
  schoolId: string,
  body: z.infer<typeof NewInstrumentBody>,
  now: Date,
) {
  assertScope(actor, schoolId);
  const id = newId(now.getTime());
  const code = `school-${body.name}-${body.version}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '');
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('toets')
        .values({
          id,
          school_id: schoolId,
          code,
          vak: body.vak,
          name: body.name,
          publisher: 'eigen toets van de school',
          version: body.version,
          // Results of a school's own test are comparable only with that test and version.
          scale_key: `${schoolId}:${code}`,
          scale_kind: body.scaleKind,
          level_system: body.levelSystem,
          created_at: now.toISOString(),
        })
        .execute();
      await audit(trx, now, {
        userId: actor.userId,
        action: 'toets.create',
        entity: 'toets',
        entityId: id,
        schoolId,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('Deze school heeft al een toets met deze naam en versie.');
    throw error;
  }
  return listInstruments(db, actor, schoolId);
}
