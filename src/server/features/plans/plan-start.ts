/**
 * How a new plan starts: the subgroups from the clusters (or the datamuur) with the usual arrangement
 * of each instruction group filled in.
 */
import type { Db } from '../../db/database';
import { analyzePupilSet } from '../analysis/analysis.core';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { findClusters } from './plans.queries';
import type { Subgroep } from './plans.schema';

const ORDER = ['verkort', 'basis', 'verlengd', 'intensief'];
const NAMES: Record<string, string> = {
  verkort: 'Verkorte instructie',
  basis: 'Basisinstructie',
  verlengd: 'Verlengde instructie',
  intensief: 'Intensief (eigen plan)',
};

type StartingText = Pick<Subgroep, 'aanbod' | 'aanpak' | 'organisatie' | 'minutenPerWeek'>;

/**
 * A new plan starts with the usual arrangement of each instruction group (directe instructie,
 * convergent differentiation), so a teacher only adjusts it and writes the goals.
 */
const STARTING_TEXTS: Record<string, StartingText> = {
  verkort: {
    aanbod: 'Basisstof van de methode, daarna verrijkings- of plusstof.',
    aanpak: 'Korte instructie, daarna zelfstandig verwerken; begint met de uitdagende opdrachten.',
    organisatie: 'Luistert mee bij de start van de instructie en gaat daarna zelfstandig aan het werk.',
    minutenPerWeek: null,
  },
  basis: {
    aanbod: 'Basisstof van de methode.',
    aanpak:
      'Instructie volgens het directe-instructiemodel: voordoen, begeleid inoefenen, zelfstandig verwerken.',
    organisatie: 'Groepsinstructie, daarna zelfstandig werken; de leerkracht loopt een vaste ronde.',
    minutenPerWeek: null,
  },
  verlengd: {
    aanbod: 'Basisstof met extra herhaling en oefenstof op de minimumdoelen.',
    aanpak:
      'Na de basisinstructie verlengde instructie aan de instructietafel: voordoen, samen doen, hardop denken, met concreet materiaal.',
    organisatie: 'Verlengde instructie aan de instructietafel, 4 × 15 minuten per week.',
    minutenPerWeek: 60,
  },
  intensief: {
    aanbod: 'Aanbod volgens het eigen plan of ontwikkelingsperspectief van de leerling.',
    aanpak: 'Extra instructie en begeleide inoefening, afgestemd op de eigen doelen; korte feedbackmomenten.',
    organisatie: 'Dagelijks extra instructie, 5 × 15 minuten per week, eventueel met de onderwijsassistent.',
    minutenPerWeek: 75,
  },
};

/** The subgroups of a new plan: the clusters of the groepsoverzicht, else the datamuur groups. */
export async function subgroupsFromClusters(
  db: Db,
  group: { id: string; school_id: string },
  periodeId: string,
  vak: string,
  /** The period's end: its clusters come from the data up to then, as in its groepsoverzicht. */
  until?: string,
): Promise<Subgroep[]> {
  const pupils = await findPupilsOfGroup(db, group.id);
  const active = pupils.filter((p) => p.end_date === null);
  const [clusters, core] = await Promise.all([
    findClusters(db, group.id, periodeId, vak),
    analyzePupilSet(
      db,
      group.school_id,
      active.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
      { vak, until },
    ),
  ]);
  const clusterOf = new Map(clusters.map((c) => [c.leerling_id, c.cluster]));
  const byKey = new Map<string, string[]>();
  for (const p of active) {
    const key =
      clusterOf.get(p.id) ??
      core.pupils.get(p.id)?.vakken.get(vak)?.placement.effective?.instructie ??
      'basis';
    byKey.set(key, [...(byKey.get(key) ?? []), p.id]);
  }
  const keys = [...byKey.keys()].sort(
    (a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  return keys.map((key) => ({
    key,
    naam: NAMES[key] ?? key,
    leerlingen: byKey.get(key) ?? [],
    doelen: [],
    ...(STARTING_TEXTS[key] ?? { aanbod: '', aanpak: '', organisatie: '', minutenPerWeek: null }),
  }));
}
