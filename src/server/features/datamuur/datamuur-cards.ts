/**
 * One card of the datamuur: where the pupil stands for the vak at the meetpunt. A pupil who missed the
 * test is never placed by an older result under the meetpunt's header: the card has no level there,
 * carries its latest earlier result as such, and stays on the wall in its own lane until the teacher
 * places it (with a reason) at the moment the group was tested.
 */
import { parseMeetpuntKey } from '../../../domain/moments';
import { effectivePlacement } from '../../../domain/placement';
import { schooljaarStartYear } from '../../../domain/schooljaar';
import { fullName, initials } from '../../../shared/names';
import type { PupilAnalysis } from '../analysis/analysis.core';
import type { OverrideLookup, VakAnalysis } from '../analysis/vak-analysis';
import type { DatamuurCard } from './datamuur.schema';

export interface Subject {
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

export interface WallFrame {
  vak: string;
  meetpunt: string | null;
  /** The schooljaar of the group(s) on the wall: a meetpunt of an earlier year meant a lower jaargroep. */
  schooljaar: string;
  overrideFor: OverrideLookup;
}

/**
 * The moment a pupil without a result at the meetpunt is placed at: the meetpunt's kind and the
 * jaargroep the pupil was in then ("2025-2026 E" for a groep 6 pupil of 2026-2027: E5).
 */
export function momentOfMissing(
  meetpunt: string | null,
  jaargroep: string,
  schooljaar: string,
): { schooljaar: string; moment: string } | null {
  const at = meetpunt ? parseMeetpuntKey(meetpunt) : null;
  if (!at || !/^[1-8]$/.test(jaargroep)) return null;
  const then = Number(jaargroep) - (schooljaarStartYear(schooljaar) - schooljaarStartYear(at.schooljaar));
  return then >= 1 && then <= 8 ? { schooljaar: at.schooljaar, moment: `${at.kind}${then}` } : null;
}

/** Where the card stands: the result at the meetpunt, or the teacher's placement of a pupil who missed it. */
function standing(s: Subject, a: VakAnalysis | undefined, frame: WallFrame) {
  if (a?.current) {
    const { level, levelSource, score, moment, schooljaar } = a.current;
    return { level, levelSource, score, moment, schooljaar, effective: a.placement.effective, last: null };
  }
  const earlier = a?.history.at(-1) ?? null;
  const at = momentOfMissing(frame.meetpunt, s.jaargroep, frame.schooljaar);
  const override = at ? frame.overrideFor({ leerlingId: s.id, vak: frame.vak, ...at }) : null;
  return {
    level: null,
    levelSource: null,
    score: null,
    moment: at?.moment ?? null,
    schooljaar: at?.schooljaar ?? null,
    effective: effectivePlacement(null, override),
    last: earlier
      ? { level: earlier.level, score: earlier.score, moment: earlier.moment, schooljaar: earlier.schooljaar }
      : null,
  };
}

export function cardOf(
  s: Subject,
  index: number,
  pupil: PupilAnalysis | undefined,
  frame: WallFrame,
): DatamuurCard {
  const a = pupil?.vakken.get(frame.vak);
  const { effective, last, ...now } = standing(s, a, frame);
  return {
    id: s.id,
    name: fullName(s),
    initials: initials(s),
    number: index + 1,
    jaargroep: s.jaargroep,
    groupName: s.group_name,
    leftOn: s.end_date,
    ...now,
    instructie: effective?.instructie ?? null,
    suggestion: a?.current ? a.placement.suggestion : null,
    override:
      effective?.source === 'leerkracht'
        ? { reason: effective.reason, author: effective.author ?? '', at: effective.at ?? '' }
        : null,
    previousInstructie: a?.placement.previous ?? null,
    movement: a?.placement.movement ?? null,
    signals: (pupil?.signals ?? []).filter((sig) => sig.vak === null || sig.vak === frame.vak),
    hasOpp: s.opp_since !== null,
    lastResult: last,
  };
}
