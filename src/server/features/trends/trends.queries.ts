import type { Db } from '../../db/database';

/** Every placement in the school's stamgroepen, every year: who sat in which jaargroep, and when. */
export function findStamgroepPlacements(db: Db, schoolId: string) {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select(['p.leerling_id', 'sj.name as schooljaar', 'p.jaargroep', 'p.start_date', 'p.end_date'])
    .where('g.school_id', '=', schoolId)
    .where('g.kind', '=', 'stamgroep')
    .execute();
}
