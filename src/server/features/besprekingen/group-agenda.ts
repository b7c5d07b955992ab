/**
 * The agenda of a groepsbespreking, from the data: per vak the group's result at the period's closing
 * meetpunt against the school's ambitions for that jaargroep and moment (the schooloverzicht's figures,
 * with N, the 90 % interval and the verdict, on the group's pupils), the period's groepsplannen with
 * their goals and evaluation, the signalled pupils, and the pupils with an OPP and whether they keep
 * to it.
 */
import { sortByName, fullName } from '../../../shared/names';
import type { Db } from '../../db/database';
import { loadAmbitions } from '../ambitions/ambitions.queries';
import { analyzePupilSet } from '../analysis/analysis.core';
import { findGroupUnscoped, findPupilsOfGroup } from '../groups/groups.queries';
import { periodsOf } from '../periods/periods';
import { gridOf } from '../schooloverzicht/overview-cells';
import { overviewRows } from '../schooloverzicht/overview-data';
import { findOppsOfPupils } from '../zorg/zorg.queries';
import { findPlansOfGroupPeriod } from './agenda.queries';
import { oppOnAgenda, planOnAgenda } from './agenda-parts';
import type { GroupAgenda } from './agenda.schema';
import type { BesprekingRow } from './besprekingen.queries';

/** The group's figures are for the people who teach it: no small-cell suppression here. */
const NO_SUPPRESSION = 1;

async function frameOf(db: Db, row: BesprekingRow, now: Date) {
  const group = await findGroupUnscoped(db, row.groep_id ?? '');
  if (!group) throw new Error(`groepsbespreking ${row.id} without its group`);
  const periods = await periodsOf(db, group.school_id, group.schooljaar, now);
  const periode = periods.find((p) => p.id === row.periode_id) ?? null;
  const moment = periode?.closing_kind ?? null;
  // Pupils still in the group when the period closed: the group the teacher had at that meetpunt.
  const placed = await findPupilsOfGroup(db, group.id);
  const pupils = placed.filter(
    (p) => p.end_date === null || (periode !== null && p.end_date >= periode.end_date),
  );
  return { group, periode, moment, pupils };
}

export async function groupAgenda(db: Db, row: BesprekingRow, now: Date): Promise<GroupAgenda> {
  const { group, periode, moment, pupils } = await frameOf(db, row, now);
  const ids = pupils.map((p) => p.id);
  const meetpunt = moment ? `${group.schooljaar} ${moment}` : null;
  const [rows, ambitions, core, plans, opps] = await Promise.all([
    moment ? overviewRows(db, group.school_id, ids) : [],
    loadAmbitions(db, group.school_id, group.schooljaar),
    analyzePupilSet(
      db,
      group.school_id,
      pupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
      { meetpunt: meetpunt ?? undefined },
    ),
    periode ? findPlansOfGroupPeriod(db, group.id, periode.id) : [],
    findOppsOfPupils(db, ids),
  ]);
  const inGroup = new Set(ids);
  const active = ambitions.filter((a) => a.status === 'actief');
  const grid = moment
    ? gridOf(
        rows.filter((r) => inGroup.has(r.leerlingId)),
        { schooljaar: group.schooljaar, moment },
        active,
        NO_SUPPRESSION,
      )
    : { cells: [] };
  const named = sortByName(pupils).map((p) => ({ id: p.id, name: fullName(p) }));
  const nameOf = new Map(named.map((p) => [p.id, p]));
  return {
    kind: 'groep',
    group: { id: group.id, name: group.name, jaargroep: group.jaargroep, schooljaar: group.schooljaar },
    periode: periode ? { id: periode.id, name: periode.name, closingKind: periode.closing_kind } : null,
    meetpunt,
    results: grid.cells.map(({ sparkline: _sparkline, ...cell }) => cell),
    plans: plans.map(planOnAgenda),
    signalled: named.flatMap((pupil) => {
      const signals = core.pupils.get(pupil.id)?.signals ?? [];
      return signals.length > 0 ? [{ pupil, signals }] : [];
    }),
    opps: opps
      .filter((o) => o.status !== 'beeindigd')
      .flatMap((o) => {
        const pupil = nameOf.get(o.leerling_id);
        return pupil ? [oppOnAgenda(o, pupil, core.pupils.get(o.leerling_id))] : [];
      }),
  };
}
