/**
 * The agenda of a bespreking about one pupil. A leerling- or zorgteambespreking shows the pupil's
 * growth per vak (results over time, DL and DLE, leerwinst among comparable starters: the pupil
 * analysis with the current group as the frame, as on the pupil page), signals, the groepsoverzicht
 * row, observations, the OPP against its expectation, earlier besprekingen and the zorgniveau. An
 * oudergesprek shows who the verzorgers are, their consents, the OPP and the zorgniveau.
 */
import { fullName } from '../../../shared/names';
import type { Db } from '../../db/database';
import { analyzePupilSet, type PupilAnalysis } from '../analysis/analysis.core';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { findObservationsOfPupil, findPlacementsOfPupil } from '../pupils/pupils.queries';
import { loadZorgSettings } from '../zorg/zorg-settings';
import { presentToestemming, presentVerzorger, presentZorgniveau } from '../zorg/zorg-view';
import { findOppsOfPupils, findToestemmingen, findVerzorgers, findZorgniveaus } from '../zorg/zorg.queries';
import { findGroepsoverzichtRowsOfPupil, findPupil } from './agenda.queries';
import { oppOnAgenda } from './agenda-parts';
import type { Agenda, PupilAgenda } from './agenda.schema';
import { presentSummary } from './bespreking-present';
import { findEarlierBesprekingen, type BesprekingRow } from './besprekingen.queries';

async function pupilOf(db: Db, row: BesprekingRow) {
  const pupil = await findPupil(db, row.leerling_id ?? '');
  if (!pupil) throw new Error(`bespreking ${row.id} without its pupil`);
  return { ...pupil, name: fullName(pupil) };
}

/** The pupil analysed with the current group as the frame for signals, as the pupil page does. */
async function analysisOf(db: Db, pupil: { id: string; school_id: string; groep3_start: string | null }) {
  const placements = await findPlacementsOfPupil(db, pupil.id);
  const current = placements.find((p) => p.end_date === null) ?? placements[0] ?? null;
  const groupPupils = current ? await findPupilsOfGroup(db, current.id) : [];
  const subjects = groupPupils.some((p) => p.id === pupil.id)
    ? groupPupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start }))
    : [{ id: pupil.id, groep3_start: pupil.groep3_start }];
  const core = await analyzePupilSet(db, pupil.school_id, subjects, { perPupilLatest: true });
  return { current, analysis: core.pupils.get(pupil.id) };
}

async function careOf(
  db: Db,
  pupil: { id: string; school_id: string; name: string },
  analysis?: PupilAnalysis,
) {
  const [settings, niveaus, opps] = await Promise.all([
    loadZorgSettings(db, pupil.school_id),
    findZorgniveaus(db, [pupil.id]),
    findOppsOfPupils(db, [pupil.id]),
  ]);
  const niveau = niveaus[0];
  const opp = opps.find((o) => o.status !== 'beeindigd');
  return {
    zorgniveau: niveau ? presentZorgniveau(niveau, settings.niveauLabels) : null,
    opp: opp ? oppOnAgenda(opp, { id: pupil.id, name: pupil.name }, analysis) : null,
  };
}

export async function pupilAgenda(db: Db, row: BesprekingRow): Promise<PupilAgenda> {
  const pupil = await pupilOf(db, row);
  const { current, analysis } = await analysisOf(db, pupil);
  const [care, overzicht, observations, earlier] = await Promise.all([
    careOf(db, pupil, analysis),
    findGroepsoverzichtRowsOfPupil(db, pupil.id),
    findObservationsOfPupil(db, pupil.id),
    findEarlierBesprekingen(db, { leerlingId: pupil.id }, { id: row.id, plannedOn: row.planned_on }),
  ]);
  const latest = overzicht[0];
  return {
    kind: 'leerling',
    pupil: { id: pupil.id, name: pupil.name },
    group: current ? { id: current.id, name: current.name, jaargroep: current.jaargroep } : null,
    vakken: [...(analysis?.vakken.values() ?? [])].map((a) => ({
      vak: a.vak,
      current: a.current,
      previous: a.previous,
      growth: a.growth,
      placement: a.placement,
      history: a.history,
    })),
    signals: analysis?.signals ?? [],
    groepsoverzicht: latest
      ? {
          group: { id: latest.groep_id, name: latest.groep_name },
          periode: { id: latest.periode_id, name: latest.periode_name },
          stimulerend: latest.stimulerend,
          belemmerend: latest.belemmerend,
          behoeftePedagogisch: latest.behoefte_pedagogisch,
          behoefteDidactisch: latest.behoefte_didactisch,
        }
      : null,
    observations: observations.map((o) => ({
      aspect: o.aspect,
      waardering: o.waardering,
      toelichting: o.toelichting,
      observedOn: o.observed_on,
    })),
    ...care,
    earlier: earlier.map(presentSummary),
  };
}

export async function ouderAgenda(db: Db, row: BesprekingRow, now: Date): Promise<Agenda> {
  const pupil = await pupilOf(db, row);
  const { analysis } = await analysisOf(db, pupil);
  const [care, verzorgers, toestemmingen] = await Promise.all([
    careOf(db, pupil, analysis),
    findVerzorgers(db, pupil.id),
    findToestemmingen(db, pupil.id),
  ]);
  const today = now.toISOString().slice(0, 10);
  return {
    kind: 'ouder',
    pupil: { id: pupil.id, name: pupil.name },
    verzorgers: verzorgers.map(presentVerzorger),
    toestemmingen: toestemmingen.map((t) => presentToestemming(t, today)),
    ...care,
  };
}
