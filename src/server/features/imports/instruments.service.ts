/**
 * The toetsen a school can import results for: the catalog of common LVS instruments, the toetsen
 * already known, and the school's own instruments (a method test, a local reading test).
 */
import type { z } from 'zod';
import { INSTRUMENTS } from '../../../imports';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict } from '../../errors';
import type { InstrumentList, NewInstrumentBody } from './imports.schema';
import { findOwnToetsen, insertToets } from './instruments.queries';

export async function listInstruments(
  db: Db,
  actor: Actor,
  schoolId: string,
): Promise<z.infer<typeof InstrumentList>> {
  requireAtSchool(actor, schoolId, 'import.run');
  const own = await findOwnToetsen(db, schoolId);
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
  requireAtSchool(actor, schoolId, 'import.run');
  const id = newId(now.getTime());
  const code = `school-${body.name}-${body.version}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '');
  try {
    await db.transaction().execute(async (trx) => {
      await insertToets(trx, {
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
      });
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
