import type { Db } from '../../db/database';

export function findBesturen(db: Db, ids: string[]) {
  return db.selectFrom('bestuur').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute();
}

/** Counts only: the bestuur view never reads a name. */
export function countPerSchool(db: Db, bestuurIds: string[], schooljaar: string, previous: string) {
  return db
    .selectFrom('school as s')
    .select((eb) => [
      's.id',
      's.bestuur_id',
      's.name',
      's.brin',
      's.vestiging',
      eb
        .selectFrom('groep as g')
        .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
        .select((e) => e.cast<number>(e.fn.countAll(), 'integer').as('n'))
        .whereRef('g.school_id', '=', 's.id')
        .where('sj.name', '=', schooljaar)
        .as('groups'),
      eb
        .selectFrom('plaatsing as p')
        .innerJoin('groep as g', 'g.id', 'p.groep_id')
        .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
        .select((e) => e.cast<number>(e.fn.count('p.leerling_id').distinct(), 'integer').as('n'))
        .whereRef('g.school_id', '=', 's.id')
        .where('sj.name', '=', schooljaar)
        .where('p.end_date', 'is', null)
        .as('pupils'),
      eb
        .selectFrom('toetsresultaat as r')
        .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
        .select((e) => e.cast<number>(e.fn.countAll(), 'integer').as('n'))
        .whereRef('l.school_id', '=', 's.id')
        .where('r.schooljaar', '=', schooljaar)
        .as('results_this_year'),
      eb
        .selectFrom('toetsresultaat as r')
        .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
        .select((e) => e.cast<number>(e.fn.countAll(), 'integer').as('n'))
        .whereRef('l.school_id', '=', 's.id')
        .where('r.schooljaar', '=', previous)
        .as('results_last_year'),
    ])
    .where('s.bestuur_id', 'in', bestuurIds)
    .orderBy('s.name')
    .execute();
}
