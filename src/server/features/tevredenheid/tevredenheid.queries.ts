import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import { insertChunked } from '../../db/bulk';
import type { TevredenheidTable } from '../../db/schema';

/** Every survey aggregate of these schools, oldest first. */
export function findSurveys(db: Db, schoolIds: readonly string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('tevredenheid')
    .select([
      'school_id',
      'afgenomen_op',
      'schooljaar',
      'groep',
      'thema',
      'thema_key',
      'instrument',
      'n',
      'gemiddelde',
      'schaal_min',
      'schaal_max',
      'positief',
    ])
    .where('school_id', 'in', [...schoolIds])
    .orderBy('afgenomen_op')
    .orderBy('thema_key')
    .execute();
}

/** A survey held again in a file replaces the earlier import of it: all its themes go. */
export async function deleteSurvey(
  trx: Db,
  schoolId: string,
  groep: TevredenheidTable['groep'],
  afgenomenOp: string,
) {
  await trx
    .deleteFrom('tevredenheid')
    .where('school_id', '=', schoolId)
    .where('groep', '=', groep)
    .where('afgenomen_op', '=', afgenomenOp)
    .execute();
}

export async function insertSurveyRows(trx: Db, rows: Insertable<TevredenheidTable>[]) {
  await insertChunked(trx, 'tevredenheid', rows);
}
