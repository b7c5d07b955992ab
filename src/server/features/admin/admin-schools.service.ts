import { schooljaarBounds, schooljaarOf } from '../../../domain/schooljaar';
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, notFound } from '../../errors';
import { manageableBestuurIds, manageableSchoolIds } from './admin.policy';
import { findAdminSchools } from './admin.queries';

type SchoolRow = Awaited<ReturnType<typeof findAdminSchools>>[number];

function present(s: SchoolRow) {
  return {
    id: s.id,
    name: s.name,
    brin: s.brin,
    vestiging: s.vestiging,
    schoolweging: s.schoolweging,
    bestuur: { id: s.bestuur_id, name: s.bestuur_name },
  };
}

export async function listAdminSchools(db: Db, actor: Actor) {
  const bestuurIds = manageableBestuurIds(actor);
  const [schools, besturen] = await Promise.all([
    findAdminSchools(db, manageableSchoolIds(actor)),
    bestuurIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('bestuur')
          .select(['id', 'name'])
          .where('id', 'in', bestuurIds)
          .orderBy('name')
          .execute(),
  ]);
  return { schools: schools.map(present), besturen };
}

async function presentOne(db: Db, schoolId: string) {
  const [school] = await findAdminSchools(db, [schoolId]);
  if (!school) throw notFound('De school');
  return { school: present(school) };
}

export interface NewSchoolInput {
  bestuurId: string;
  name: string;
  brin: string;
  vestiging?: string | null | undefined;
  schoolweging?: number | null | undefined;
}

/** Creates a school with its current schooljaar, so groups can be added or imported straight away. */
export async function createSchool(db: Db, actor: Actor | null, input: NewSchoolInput, now: Date) {
  if (actor && !manageableBestuurIds(actor).includes(input.bestuurId)) throw notFound('Het bestuur');
  const bestuur = await db
    .selectFrom('bestuur')
    .select('id')
    .where('id', '=', input.bestuurId)
    .executeTakeFirst();
  if (!bestuur) throw notFound('Het bestuur');
  const id = newId(now.getTime());
  const iso = now.toISOString();
  const schooljaar = schooljaarOf(now);
  const bounds = schooljaarBounds(schooljaar);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('school')
        .values({
          id,
          bestuur_id: input.bestuurId,
          brin: input.brin,
          vestiging: input.vestiging ?? null,
          name: input.name,
          schoolweging: input.schoolweging ?? null,
          created_at: iso,
          updated_at: iso,
        })
        .execute();
      await trx
        .insertInto('schooljaar')
        .values({
          id: newId(now.getTime()),
          school_id: id,
          name: schooljaar,
          start_date: bounds.start,
          end_date: bounds.end,
        })
        .execute();
      await audit(trx, now, {
        userId: actor?.userId ?? null,
        action: 'school.create',
        entity: 'school',
        entityId: id,
        schoolId: id,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('Er bestaat al een school met dit BRIN- en vestigingsnummer.');
    throw error;
  }
  return presentOne(db, id);
}

export async function updateSchool(
  db: Db,
  actor: Actor,
  schoolId: string,
  patch: { name?: string | undefined; schoolweging?: number | null | undefined },
  now: Date,
) {
  if (!manageableSchoolIds(actor).includes(schoolId)) throw notFound('De school');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('school')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.schoolweging !== undefined ? { schoolweging: patch.schoolweging } : {}),
        updated_at: now.toISOString(),
      })
      .where('id', '=', schoolId)
      .execute();
    await audit(trx, now, {
      userId: actor.userId,
      action: 'school.update',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { fields: Object.keys(patch) },
    });
  });
  return presentOne(db, schoolId);
}

export async function listAdminGroups(db: Db, actor: Actor, schoolId: string) {
  if (!manageableSchoolIds(actor).includes(schoolId)) throw notFound('De school');
  const groups = await db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select(['groep.id', 'groep.name', 'groep.jaargroep', 'sj.name as schooljaar'])
    .where('groep.school_id', '=', schoolId)
    .orderBy('sj.name', 'desc')
    .execute();
  groups.sort(
    (a, b) =>
      b.schooljaar.localeCompare(a.schooljaar) || a.name.localeCompare(b.name, 'nl', { numeric: true }),
  );
  return { groups };
}
