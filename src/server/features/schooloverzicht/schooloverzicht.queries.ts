import type { Db } from '../../db/database';

/** The stamgroepen of a schooljaar with the jaargroepen of their pupils (a combination group has two). */
export function findStamgroepJaargroepen(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('groep as g')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .innerJoin('plaatsing as p', 'p.groep_id', 'g.id')
    .select(['g.id', 'g.name', 'p.jaargroep'])
    .distinct()
    .where('g.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('g.kind', '=', 'stamgroep')
    .execute();
}
