/**
 * The datamuur: one card per pupil in the instruction group the data suggests (or the teacher chose,
 * with a reason), for one vak at one meetpunt. Built from the same engine as the group analysis,
 * limited to the one vak so it stays fast.
 */
import { VAKKEN } from '../../../shared/vakken';
import { fullName, initials, sortByName } from '../../../shared/names';
import { audit } from '../../audit';
import { permissionsAtSchool, wholeSchoolIds, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { forbidden, invalidInput, notFound } from '../../errors';
import { analyzePupilSet } from '../analysis/analysis.core';
import { findGroupInScope, findPupilsOfGroup } from '../groups/groups.queries';
import type { DatamuurCard, DatamuurResponse } from './datamuur.schema';

interface Subject {
  id: string;
  roepnaam: string;
  voorvoegsel: string | null;
  achternaam: string;
  groep3_start: string | null;
  opp_since: string | null;
  jaargroep: string;
  end_date: string | null;
  group_name: string;
}

async function vakkenOf(db: Db, pupilIds: string[]): Promise<string[]> {
  if (pupilIds.length === 0) return [];
  // The pupils' toets ids come from the (leerling_id, toets_id, …) index alone, without reading rows;
  // one statement, so one round trip.
  const rows = await db
    .selectFrom('toets')
    .select('vak')
    .distinct()
    .where('id', 'in', (eb) =>
      eb.selectFrom('toetsresultaat').select('toets_id').where('leerling_id', 'in', pupilIds),
    )
    .execute();
  const found = new Set(rows.map((r) => r.vak));
  return [
    ...VAKKEN.filter((v) => found.has(v)),
    ...[...found].filter((v) => !(VAKKEN as readonly string[]).includes(v)).sort(),
  ];
}

async function buildWall(
  db: Db,
  schoolId: string,
  subjects: Subject[],
  query: { vak?: string | undefined; meetpunt?: string | undefined },
  /** Writes the read's audit row; started once the wall is known to be shown. */
  auditRead: (vak: string | null, meetpunt: string | null) => Promise<void>,
) {
  const sorted = sortByName(subjects);
  const vakken = await vakkenOf(
    db,
    sorted.map((s) => s.id),
  );
  const vak = query.vak ?? vakken[0] ?? null;
  if (query.vak && !vakken.includes(query.vak)) {
    throw invalidInput(`Er zijn geen resultaten voor vak "${query.vak}".`, [
      { field: 'vak', message: 'geen resultaten voor dit vak' },
    ]);
  }
  if (!vak) {
    await auditRead(vak, null);
    return { vak, vakken, meetpunten: [], meetpunt: null, cards: [] as DatamuurCard[] };
  }
  const core = await analyzePupilSet(
    db,
    schoolId,
    sorted.map((s) => ({ id: s.id, groep3_start: s.groep3_start })),
    {
      meetpunt: query.meetpunt,
      vak,
      // Checked as soon as the meetpunten are known; the audit row is then written while the cards
      // are computed (on PostgreSQL its commit is the slowest statement of the request).
      onMeetpunt: (meetpunten, meetpunt) => {
        if (query.meetpunt && !meetpunten.includes(query.meetpunt)) {
          throw invalidInput(`Er zijn geen resultaten op meetpunt ${query.meetpunt}.`, [
            { field: 'meetpunt', message: 'geen resultaten op dit meetpunt' },
          ]);
        }
        return auditRead(vak, meetpunt);
      },
    },
  );
  const cards = sorted.map((s, index): DatamuurCard => {
    const pupil = core.pupils.get(s.id);
    const a = pupil?.vakken.get(vak);
    const effective = a?.placement.effective ?? null;
    return {
      id: s.id,
      name: fullName(s),
      initials: initials(s),
      number: index + 1,
      jaargroep: s.jaargroep,
      groupName: s.group_name,
      leftOn: s.end_date,
      level: a?.current?.level ?? null,
      levelSource: a?.current?.levelSource ?? null,
      score: a?.current?.score ?? null,
      moment: a?.current?.moment ?? null,
      schooljaar: a?.current?.schooljaar ?? null,
      instructie: effective?.instructie ?? null,
      suggestion: a?.placement.suggestion ?? null,
      override:
        effective?.source === 'leerkracht'
          ? { reason: effective.reason, author: effective.author, at: effective.at }
          : null,
      previousInstructie: a?.placement.previous ?? null,
      movement: a?.placement.movement ?? null,
      signals: (pupil?.signals ?? []).filter((sig) => sig.vak === null || sig.vak === vak),
      hasOpp: s.opp_since !== null,
    };
  });
  return { vak, vakken, meetpunten: core.meetpunten, meetpunt: core.meetpunt, cards };
}

export async function getGroupDatamuur(
  db: Db,
  actor: Actor,
  groupId: string,
  query: { vak?: string | undefined; meetpunt?: string | undefined },
  now: Date,
): Promise<DatamuurResponse> {
  // Both at once (one round trip less); the pupils are used only once the group is in scope.
  const [group, pupils] = await Promise.all([
    findGroupInScope(db, actor, groupId),
    findPupilsOfGroup(db, groupId),
  ]);
  if (!group) throw notFound('De groep');
  const wall = await buildWall(
    db,
    group.school_id,
    pupils.map((p) => ({ ...p, group_name: group.name })),
    query,
    (vak, meetpunt) =>
      audit(db, now, {
        userId: actor.userId,
        action: 'datamuur.read',
        entity: 'groep',
        entityId: group.id,
        schoolId: group.school_id,
        details: { vak, meetpunt, pupils: pupils.length },
      }),
  );
  return {
    title: group.name,
    schoolId: group.school_id,
    schooljaar: group.schooljaar,
    groupId: group.id,
    jaargroep: null,
    ...wall,
    abilities: permissionsAtSchool(actor, group.school_id),
  };
}

/** A pupil who moved between parallel groups mid-year gets one card: the one of their last group. */
function latestPlacementPerPupil(subjects: Subject[]): Subject[] {
  const byPupil = new Map<string, Subject>();
  for (const s of subjects) {
    const kept = byPupil.get(s.id);
    // An open placement (no end date) is the current one; otherwise the later end date wins.
    if (!kept || (kept.end_date !== null && (s.end_date === null || s.end_date > kept.end_date))) {
      byPupil.set(s.id, s);
    }
  }
  return [...byPupil.values()];
}

/** All pupils of one jaargroep across the school's parallel and combination groups (IB, schoolleider). */
export async function getJaargroepDatamuur(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: {
    jaargroep: string;
    schooljaar?: string | undefined;
    vak?: string | undefined;
    meetpunt?: string | undefined;
  },
  now: Date,
): Promise<DatamuurResponse> {
  if (!wholeSchoolIds(actor).includes(schoolId)) {
    // A leerkracht knows their own school exists; the wall of a whole jaargroep is not theirs to see.
    throw actor.rolesBySchool.has(schoolId) ? forbidden() : notFound('De school');
  }
  const years = await db
    .selectFrom('schooljaar')
    .select('name')
    .where('school_id', '=', schoolId)
    .orderBy('name', 'desc')
    .execute();
  const schooljaar = query.schooljaar ?? years[0]?.name;
  if (!schooljaar || !years.some((y) => y.name === schooljaar)) {
    throw invalidInput('Deze school heeft dat schooljaar niet.', [
      { field: 'schooljaar', message: 'onbekend schooljaar' },
    ]);
  }
  const subjects = await db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .innerJoin('leerling as l', 'l.id', 'p.leerling_id')
    .select([
      'l.id',
      'l.roepnaam',
      'l.voorvoegsel',
      'l.achternaam',
      'l.groep3_start',
      'l.opp_since',
      'p.jaargroep',
      'p.end_date',
      'g.name as group_name',
    ])
    .where('g.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('g.kind', '=', 'stamgroep')
    .where('p.jaargroep', '=', query.jaargroep)
    .execute();
  const wall = await buildWall(db, schoolId, latestPlacementPerPupil(subjects), query, (vak) =>
    audit(db, now, {
      userId: actor.userId,
      action: 'datamuur.read',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { jaargroep: query.jaargroep, vak, pupils: subjects.length },
    }),
  );
  return {
    title: `Jaargroep ${query.jaargroep}`,
    schoolId,
    schooljaar,
    groupId: null,
    jaargroep: query.jaargroep,
    ...wall,
    abilities: permissionsAtSchool(actor, schoolId),
  };
}
