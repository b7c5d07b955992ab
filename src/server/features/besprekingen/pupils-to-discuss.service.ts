/**
 * The IB's list of pupils to discuss, school-wide, each with the reasons: signalled at the last two
 * meetpunten in the same vak, under the expectation of their OPP, sent on by a groepsbespreking and not
 * discussed in a leerling- or zorgteambespreking since, or with an afspraak past its deadline.
 */
import { currentSchooljaar } from '../../../domain/schooljaar';
import { fullName, sortByName } from '../../../shared/names';
import { abilitiesAt, requireWholeSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { analyzePupilSet, type CoreAnalysis } from '../analysis/analysis.core';
import { ACTIVE_OPP_STATUSES } from '../zorg/opp-summary';
import { findOppsOfPupils } from '../zorg/zorg.queries';
import {
  findCurrentPupilsOfSchool,
  findOverdueAfsprakenOfSchool,
  findSchooljarenOfSchool,
} from './agenda.queries';
import { oppOnAgenda } from './agenda-parts';
import { findPupilBesprekingen, findRaisedPupilsOfSchool } from './besprekingen.queries';
import type { PupilsToDiscussResponse } from './besprekingen.schema';

type Reason = PupilsToDiscussResponse['pupils'][number]['reasons'][number];

/** Per pupil the vakken with a signal at the analysis' meetpunt, and the rules that fired. */
function signalledVakken(core: CoreAnalysis | null, pupilId: string): Map<string, string[]> {
  const byVak = new Map<string, string[]>();
  for (const s of core?.pupils.get(pupilId)?.signals ?? []) {
    if (s.vak !== null) byVak.set(s.vak, [...(byVak.get(s.vak) ?? []), s.rule]);
  }
  return byVak;
}

function signalledTwice(latest: CoreAnalysis, previous: CoreAnalysis | null, pupilId: string): Reason[] {
  if (!previous?.meetpunt || !latest.meetpunt) return [];
  const before = signalledVakken(previous, pupilId);
  return [...signalledVakken(latest, pupilId)].flatMap(([vak, rules]) =>
    before.has(vak)
      ? [
          {
            code: 'signaled_twice' as const,
            params: { vak, rules, meetpunten: [previous.meetpunt ?? '', latest.meetpunt ?? ''] },
          },
        ]
      : [],
  );
}

/** Raised by a groepsbespreking and not held in a leerling- or zorgteambespreking on or after that day. */
async function raisedReasons(db: Db, schoolId: string, pupilIds: string[]) {
  const [raised, discussed] = await Promise.all([
    findRaisedPupilsOfSchool(db, schoolId),
    findPupilBesprekingen(db, pupilIds),
  ]);
  const out = new Map<string, Reason[]>();
  for (const r of raised) {
    const day = r.created_at.slice(0, 10);
    const since = discussed.some(
      (b) => b.leerling_id === r.leerling_id && b.status !== 'gepland' && (b.held_on ?? b.planned_on) >= day,
    );
    if (since) continue;
    const reason = {
      code: 'raised' as const,
      params: { besprekingId: r.bespreking_id, raisedOn: day, reason: r.reason },
    };
    out.set(r.leerling_id, [...(out.get(r.leerling_id) ?? []), reason]);
  }
  return out;
}

async function analyses(db: Db, schoolId: string, pupils: { id: string; groep3_start: string | null }[]) {
  const latest = await analyzePupilSet(db, schoolId, pupils, {});
  const before = latest.meetpunten.at(-2);
  const previous = before ? await analyzePupilSet(db, schoolId, pupils, { meetpunt: before }) : null;
  return { latest, previous };
}

/** Per vak of the pupil's active OPP that is under its expectation: the LRV and the real figure. */
function underOpp(
  opps: Awaited<ReturnType<typeof findOppsOfPupils>>,
  latest: CoreAnalysis,
  pupilId: string,
): Reason[] {
  const opp = opps.find((o) => o.leerling_id === pupilId && ACTIVE_OPP_STATUSES.includes(o.status));
  if (!opp) return [];
  const { vakken } = oppOnAgenda(opp, { id: pupilId, name: '' }, latest.pupils.get(pupilId));
  return vakken.flatMap((v) =>
    v.onTrack === false
      ? [
          {
            code: 'under_opp' as const,
            params: {
              oppId: opp.id,
              vak: v.vak,
              lrv: v.lrv,
              leerrendement: v.leerrendementSince,
              expectedAvi: v.expectedAvi,
            },
          },
        ]
      : [],
  );
}

export async function pupilsToDiscuss(
  db: Db,
  actor: Actor,
  schoolId: string,
  now: Date,
): Promise<PupilsToDiscussResponse> {
  requireWholeSchool(actor, schoolId, 'zorg.read');
  return db.transaction().execute(async (trx) => {
    const schooljaren = (await findSchooljarenOfSchool(trx, schoolId)).map((s) => s.name);
    const pupils = await findCurrentPupilsOfSchool(trx, schoolId, currentSchooljaar(schooljaren, now));
    const ids = pupils.map((p) => p.id);
    const { latest, previous } = await analyses(trx, schoolId, pupils);
    const [raised, opps, overdue] = await Promise.all([
      raisedReasons(trx, schoolId, ids),
      findOppsOfPupils(trx, ids),
      findOverdueAfsprakenOfSchool(trx, schoolId, now.toISOString().slice(0, 10)),
    ]);
    const result = sortByName(pupils).flatMap((p) => {
      const reasons: Reason[] = [
        ...signalledTwice(latest, previous, p.id),
        ...underOpp(opps, latest, p.id),
        ...(raised.get(p.id) ?? []),
        ...overdue
          .filter((a) => a.leerling_id === p.id)
          .map((a) => ({
            code: 'afspraak_overdue' as const,
            params: { afspraakId: a.id, deadline: a.deadline },
          })),
      ];
      return reasons.length > 0
        ? [{ pupil: { id: p.id, name: fullName(p) }, group: { id: p.groep_id, name: p.groep_name }, reasons }]
        : [];
    });
    // The route layer audits the read (http/audit-reads.ts).
    return {
      schoolId,
      meetpunten: [previous?.meetpunt, latest.meetpunt].filter((m): m is string => typeof m === 'string'),
      pupils: result,
      abilities: abilitiesAt(actor, schoolId),
    };
  });
}
