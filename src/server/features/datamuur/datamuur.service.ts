/**
 * The datamuur: one card per pupil in the instruction group the data suggests (or the teacher chose,
 * with a reason), for one vak at one meetpunt. Built from the same engine as the group analysis,
 * limited to the one vak so it stays fast.
 */
import { fullName, initials, sortByName } from '../../../shared/names';
import { orderVakken } from '../../../shared/vakken';
import { audit } from '../../audit';
import { abilitiesAt, requireGroup, requireWholeSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { analyzePupilSet, type PupilAnalysis } from '../analysis/analysis.core';
import { findPupilsOfGroup } from '../groups/groups.queries';
import type {
  DatamuurCard,
  DatamuurQuery,
  DatamuurResponse,
  JaargroepDatamuurQuery,
} from './datamuur.schema';
import { findJaargroepPlacements, findSchooljaarNames, findVakkenOfPupils } from './datamuur.queries';

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

function cardOf(s: Subject, index: number, vak: string, pupil: PupilAnalysis | undefined): DatamuurCard {
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
}

async function buildWall(
  db: Db,
  schoolId: string,
  subjects: Subject[],
  query: DatamuurQuery,
  /** Writes the read's audit row; started once the wall is known to be shown. */
  auditRead: (vak: string | null, meetpunt: string | null) => Promise<void>,
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
  const cards = sorted.map((s, index) => cardOf(s, index, vak, core.pupils.get(s.id)));
  return { vak, vakken, meetpunten: core.meetpunten, meetpunt: core.meetpunt, cards };
}

export async function getGroupDatamuur(
  db: Db,
  actor: Actor,
  groupId: string,
  query: DatamuurQuery,
  now: Date,
): Promise<DatamuurResponse> {
  // Both at once (one round trip less); the pupils are used only once the group is in scope.
  const [group, pupils] = await Promise.all([
    requireGroup(db, actor, groupId),
    findPupilsOfGroup(db, groupId),
  ]);
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
  now: Date,
): Promise<DatamuurResponse> {
  // A leerkracht knows their own school exists; the wall of a whole jaargroep is not theirs to see.
  requireWholeSchool(actor, schoolId, 'pupil.read');
  const schooljaar = await schooljaarOfQuery(db, schoolId, query.schooljaar);
  const subjects = await findJaargroepPlacements(db, schoolId, schooljaar, query.jaargroep);
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
    abilities: abilitiesAt(actor, schoolId),
  };
}
