/**
 * The datamuur: one card per pupil in the instruction group the data suggests (or the teacher chose,
 * with a reason), for one vak at one meetpunt. Built from the same engine as the group analysis,
 * limited to the one vak so it stays fast.
 */
import { sortByName } from '../../../shared/names';
import { orderVakken } from '../../../shared/vakken';
import { abilitiesAt, requireGroup, requireWholeSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { analyzePupilSet } from '../analysis/analysis.core';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { cardOf, type Subject } from './datamuur-cards';
import type {
  DatamuurCard,
  DatamuurQuery,
  DatamuurResponse,
  JaargroepDatamuurQuery,
} from './datamuur.schema';
import { findJaargroepPlacements, findSchooljaarNames, findVakkenOfPupils } from './datamuur.queries';

async function buildWall(
  db: Db,
  at: { schoolId: string; schooljaar: string },
  subjects: Subject[],
  query: DatamuurQuery,
) {
  const sorted = sortByName(subjects);
  const vakken = orderVakken(
    await findVakkenOfPupils(
      db,
      sorted.map((s) => s.id),
    ),
  );
  const vak = query.vak ?? vakken[0] ?? null;
  if (query.vak && !vakken.includes(query.vak)) {
    throw invalidInput(`Er zijn geen resultaten voor vak "${query.vak}".`, [
      { field: 'vak', message: 'geen resultaten voor dit vak' },
    ]);
  }
  if (!vak) {
    return { vak, vakken, meetpunten: [], meetpunt: null, cards: [] as DatamuurCard[] };
  }
  const core = await analyzePupilSet(
    db,
    at.schoolId,
    sorted.map((s) => ({ id: s.id, groep3_start: s.groep3_start })),
    {
      meetpunt: query.meetpunt,
      vak,
      // Checked as soon as the meetpunten are known, before the cards are computed. The read's audit
      // row is written by the route layer (http/audit-reads.ts) once the wall is shown.
      onMeetpunt: (meetpunten) => {
        if (query.meetpunt && !meetpunten.includes(query.meetpunt)) {
          throw invalidInput(`Er zijn geen resultaten op meetpunt ${query.meetpunt}.`, [
            { field: 'meetpunt', message: 'geen resultaten op dit meetpunt' },
          ]);
        }
      },
    },
  );
  const frame = { vak, meetpunt: core.meetpunt, schooljaar: at.schooljaar, overrideFor: core.overrideFor };
  const cards = sorted.map((s, index) => cardOf(s, index, core.pupils.get(s.id), frame));
  return { vak, vakken, meetpunten: core.meetpunten, meetpunt: core.meetpunt, cards };
}

export async function getGroupDatamuur(
  db: Db,
  actor: Actor,
  groupId: string,
  query: DatamuurQuery,
): Promise<DatamuurResponse> {
  // Both at once (one round trip less); the pupils are used only once the group is in scope.
  const [group, pupils] = await Promise.all([
    requireGroup(db, actor, groupId),
    findPupilsOfGroup(db, groupId),
  ]);
  const wall = await buildWall(
    db,
    { schoolId: group.school_id, schooljaar: group.schooljaar },
    pupils.map((p) => ({ ...p, group_name: group.name })),
    query,
  );
  return {
    title: group.name,
    schoolId: group.school_id,
    schooljaar: group.schooljaar,
    groupId: group.id,
    jaargroep: null,
    ...wall,
    abilities: abilitiesAt(actor, group.school_id),
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

/** The schooljaar asked for, else the school's latest; one the school does not have is bad input. */
async function schooljaarOfQuery(db: Db, schoolId: string, asked: string | undefined): Promise<string> {
  const years = await findSchooljaarNames(db, schoolId);
  const schooljaar = asked ?? years[0];
  if (!schooljaar || !years.includes(schooljaar)) {
    throw invalidInput('Deze school heeft dat schooljaar niet.', [
      { field: 'schooljaar', message: 'onbekend schooljaar' },
    ]);
  }
  return schooljaar;
}

/** All pupils of one jaargroep across the school's parallel and combination groups (IB, schoolleider). */
export async function getJaargroepDatamuur(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: JaargroepDatamuurQuery,
): Promise<DatamuurResponse> {
  // A leerkracht knows their own school exists; the wall of a whole jaargroep is not theirs to see.
  requireWholeSchool(actor, schoolId, 'pupil.read');
  const schooljaar = await schooljaarOfQuery(db, schoolId, query.schooljaar);
  const subjects = await findJaargroepPlacements(db, schoolId, schooljaar, query.jaargroep);
  const wall = await buildWall(db, { schoolId, schooljaar }, latestPlacementPerPupil(subjects), query);
  return {
    title: `Jaargroep ${query.jaargroep}`,
    schoolId,
    schooljaar,
    groupId: null,
    jaargroep: query.jaargroep,
    ...wall,
    abilities: abilitiesAt(actor, schoolId),
  };
}
