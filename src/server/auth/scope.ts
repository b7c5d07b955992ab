/**
 * Set-based scope checks: which groups and pupils an actor may see, as SQL conditions, so a list is
 * filtered in one query and a single record is fetched only if it is in scope. A record out of scope
 * is simply "not found".
 */
import { sql, type ExpressionBuilder, type SqlBool, type Expression } from 'kysely';
import type { DB } from '../db/schema';
import { teacherSchoolIds, wholeSchoolIds, type Actor } from './permissions';

const nothing = sql<SqlBool>`1 = 0`;

/** Condition on a query over `groep`: the actor may see this group. */
export function groupInScope(actor: Actor) {
  const wholeSchools = wholeSchoolIds(actor);
  const teacherSchools = teacherSchoolIds(actor);
  return (eb: ExpressionBuilder<DB, 'groep'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (wholeSchools.length > 0) conditions.push(eb('groep.school_id', 'in', wholeSchools));
    if (teacherSchools.length > 0) {
      conditions.push(
        eb(
          'groep.id',
          'in',
          eb
            .selectFrom('groep_leerkracht as gl')
            .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
            .select('gl.groep_id')
            .where('m.user_id', '=', actor.userId)
            .where('m.school_id', 'in', teacherSchools),
        ),
      );
    }
    return conditions.length === 0 ? nothing : eb.or(conditions);
  };
}

/**
 * Condition on a query over `leerling`: the actor may see this pupil. A leerkracht sees pupils who are
 * or were placed in one of their groups; IB and schoolleider see the whole school.
 */
export function pupilInScope(actor: Actor) {
  const wholeSchools = wholeSchoolIds(actor);
  const teacherSchools = teacherSchoolIds(actor);
  return (eb: ExpressionBuilder<DB, 'leerling'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (wholeSchools.length > 0) conditions.push(eb('leerling.school_id', 'in', wholeSchools));
    if (teacherSchools.length > 0) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('plaatsing as p')
            .innerJoin('groep_leerkracht as gl', 'gl.groep_id', 'p.groep_id')
            .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
            .select(sql`1`.as('one'))
            .whereRef('p.leerling_id', '=', 'leerling.id')
            .where('m.user_id', '=', actor.userId)
            .where('m.school_id', 'in', teacherSchools),
        ),
      );
    }
    return conditions.length === 0 ? nothing : eb.or(conditions);
  };
}
