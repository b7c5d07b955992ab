import type { z } from 'zod';
import { schooljaarBounds, schooljaarOf } from '../../../domain/schooljaar';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, notFound } from '../../errors';
import { manageableBestuurIds, manageableSchoolIds, requireManagedBestuur } from './admin.policy';
import { bestuurExists } from './admin.queries';
import {
  findAdminSchools,
  findBesturen,
  findGroupsOfSchool,
  insertSchool,
  insertSchooljaar,
  updateSchoolRow,
} from './admin-schools.queries';
import type { NewSchoolBody, UpdateSchoolBody } from './admin.schema';

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
  const [schools, besturen] = await Promise.all([
    findAdminSchools(db, manageableSchoolIds(actor)),
    findBesturen(db, manageableBestuurIds(actor)),
  ]);
  return { schools: schools.map(present), besturen };
}

async function presentOne(db: Db, schoolId: string) {
  const [school] = await findAdminSchools(db, [schoolId]);
  if (!school) throw notFound('De school');
  return { school: present(school) };
}

/** Creates a school with its current schooljaar, so groups can be added or imported straight away. */
export async function createSchool(
  db: Db,
  actor: Actor | null,
  input: z.infer<typeof NewSchoolBody>,
  now: Date,
) {
  if (actor) requireManagedBestuur(actor, input.bestuurId);
  if (!(await bestuurExists(db, input.bestuurId))) throw notFound('Het bestuur');
  const id = newId(now.getTime());
  const iso = now.toISOString();
  const schooljaar = schooljaarOf(now);
  const bounds = schooljaarBounds(schooljaar);
  try {
    await db.transaction().execute(async (trx) => {
      await insertSchool(trx, {
        id,
        bestuur_id: input.bestuurId,
        brin: input.brin,
        vestiging: input.vestiging ?? null,
        name: input.name,
        schoolweging: input.schoolweging ?? null,
        created_at: iso,
        updated_at: iso,
      });
      await insertSchooljaar(trx, {
        id: newId(now.getTime()),
        school_id: id,
        name: schooljaar,
        start_date: bounds.start,
        end_date: bounds.end,
      });
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
  patch: z.infer<typeof UpdateSchoolBody>,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'school.manage');
  await db.transaction().execute(async (trx) => {
    await updateSchoolRow(trx, schoolId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.schoolweging !== undefined ? { schoolweging: patch.schoolweging } : {}),
      updated_at: now.toISOString(),
    });
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
  requireAtSchool(actor, schoolId, 'user.manage');
  const groups = await findGroupsOfSchool(db, schoolId);
  groups.sort(
    (a, b) =>
      b.schooljaar.localeCompare(a.schooljaar) || a.name.localeCompare(b.name, 'nl', { numeric: true }),
  );
  return { groups };
}
