/**
 * Writes a small hand-made bestuur straight into a test database: one school, one schooljaar, one toets
 * with the norm and DLE tables a test gives, groups of pupils with their results, and an IB to look at
 * them. No figure is computed here: the test that calls it works out every answer by hand.
 */
import type { Db } from '../../db/database';
import { insertUser, TEST_NOW, unknownId } from '../../../testing/fixtures';

export interface KnownResult {
  schooljaar: string;
  moment: string;
  afnamedatum: string;
  score: number;
  /** The level as the LVS gave it; null when it gave none. */
  niveau: string | null;
}

export interface KnownWorld {
  schooljaar: string;
  toets: { vak: string; levelSystem: string };
  norms: { moment: string; cuts: Record<string, number>; mean: number }[];
  /** [lowest score, DLE] rows. */
  dle: readonly (readonly [number, number])[];
  groups: { name: string; jaargroep: string; groep3Start: string; pupils: Record<string, KnownResult[]> }[];
  ibEmail: string;
}

const iso = TEST_NOW.toISOString();
const stamp = { created_at: iso, updated_at: iso };

async function insertSchool(db: Db, world: KnownWorld) {
  const [bestuurId, schoolId, schooljaarId, toetsId] = [unknownId(), unknownId(), unknownId(), unknownId()];
  const start = Number(world.schooljaar.slice(0, 4));
  await db
    .insertInto('bestuur')
    .values({ id: bestuurId, name: 'KA', bestuursnummer: null, created_at: iso })
    .execute();
  await db
    .insertInto('school')
    .values({
      id: schoolId,
      bestuur_id: bestuurId,
      brin: '77KA',
      vestiging: null,
      name: 'KA',
      schoolweging: null,
      ...stamp,
    })
    .execute();
  await db
    .insertInto('schooljaar')
    .values({
      id: schooljaarId,
      school_id: schoolId,
      name: world.schooljaar,
      start_date: `${start}-08-01`,
      end_date: `${start + 1}-07-31`,
    })
    .execute();
  await db
    .insertInto('toets')
    .values({
      id: toetsId,
      school_id: null,
      code: 'ka',
      vak: world.toets.vak,
      name: 'KA',
      publisher: 'KA',
      version: '1',
      scale_key: 'ka',
      scale_kind: 'vaardigheid',
      level_system: world.toets.levelSystem,
      created_at: iso,
    })
    .execute();
  const norm = (n: KnownWorld['norms'][number]) => ({
    moment: n.moment,
    cuts: JSON.stringify(n.cuts),
    mean: n.mean,
  });
  await db
    .insertInto('norm_row')
    .values(
      world.norms.map((n) => ({
        id: unknownId(),
        toets_id: toetsId,
        school_id: null,
        ...norm(n),
        label: 'KA',
        created_by: null,
        created_at: iso,
      })),
    )
    .execute();
  await db
    .insertInto('dle_point')
    .values(
      world.dle.map(([min_score, dle]) => ({
        id: unknownId(),
        toets_id: toetsId,
        school_id: null,
        min_score,
        dle,
      })),
    )
    .execute();
  return { schoolId, schooljaarId, toetsId };
}

async function insertPupil(
  db: Db,
  at: { schoolId: string; groupId: string; toetsId: string; schooljaar: string },
  group: KnownWorld['groups'][number],
  roepnaam: string,
  results: KnownResult[],
): Promise<string> {
  const id = unknownId();
  await db
    .insertInto('leerling')
    .values({
      id,
      school_id: at.schoolId,
      las_key: id,
      las_key_stable: 1,
      eckid: null,
      roepnaam,
      voorvoegsel: null,
      achternaam: group.name,
      geboortedatum: null,
      geslacht: null,
      groep3_start: group.groep3Start,
      opp_since: null,
      ...stamp,
    })
    .execute();
  await db
    .insertInto('plaatsing')
    .values({
      id: unknownId(),
      leerling_id: id,
      groep_id: at.groupId,
      jaargroep: group.jaargroep,
      start_date: `${at.schooljaar.slice(0, 4)}-08-01`,
      end_date: null,
    })
    .execute();
  if (results.length === 0) return id;
  await db
    .insertInto('toetsresultaat')
    .values(
      results.map((r) => ({
        id: unknownId(),
        leerling_id: id,
        toets_id: at.toetsId,
        schooljaar: r.schooljaar,
        moment: r.moment,
        afnamedatum: r.afnamedatum,
        ruwe_score: null,
        vaardigheidsscore: r.score,
        niveau: r.niveau,
        functioneringsniveau: null,
        dle: null,
        import_id: null,
        ...stamp,
      })),
    )
    .execute();
  return id;
}

/** The ids of the groups and of the pupils, by name. */
export async function insertKnownWorld(db: Db, world: KnownWorld) {
  const { schoolId, schooljaarId, toetsId } = await insertSchool(db, world);
  const groupIds: Record<string, string> = {};
  const pupilIds: Record<string, string> = {};
  for (const group of world.groups) {
    const groupId = unknownId();
    groupIds[group.name] = groupId;
    await db
      .insertInto('groep')
      .values({
        id: groupId,
        school_id: schoolId,
        schooljaar_id: schooljaarId,
        name: group.name,
        jaargroep: group.jaargroep,
        kind: 'stamgroep',
        las_key: null,
        ...stamp,
      })
      .execute();
    const at = { schoolId, groupId, toetsId, schooljaar: world.schooljaar };
    for (const [name, results] of Object.entries(group.pupils)) {
      pupilIds[name] = await insertPupil(db, at, group, name, results);
    }
  }
  await insertUser(db, { name: 'KA IB', email: world.ibEmail, role: 'ib', schoolId });
  return { schoolId, groupIds, pupilIds };
}
