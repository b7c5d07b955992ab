/**
 * Social-emotional scores as the school reads them: one pupil's over time, a group's latest of the
 * schooljaar per scale (the groepsoverzicht's columns), and which scales a school has (its signal
 * rules). Reads only: the import writes the scores.
 */
import { latestPerScale, seoBandOf, seoSeries, seoTier } from '../../../domain/seo';
import { fullName } from '../../../shared/names';
import { requireAtSchool, requireGroup, requirePupil } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { compareInstruments, compareLists, compareScales, higherIsBetter } from './seo-scores.catalog';
import { findSeoScalesOfSchool, findSeoScoresOfGroup, findSeoScoresOfPupils } from './seo-scores.queries';
import type { GroupSeoResponse, PupilSeoResponse, SchoolSeoScalesResponse } from './seo-scores.schema';

type ScoreRow = Awaited<ReturnType<typeof findSeoScoresOfPupils>>[number];

const point = (r: ScoreRow) => ({
  instrument: r.instrument,
  lijst: r.lijst,
  schaal: r.schaal,
  afnamedatum: r.afnamedatum,
  percentiel: r.percentiel,
  band: r.band,
  signaal: r.signaal,
  row: r,
});

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}

export async function getPupilSeo(db: Db, actor: Actor, pupilId: string): Promise<PupilSeoResponse> {
  const pupil = await requirePupil(db, actor, pupilId, 'pupil.read');
  const rows = await findSeoScoresOfPupils(db, [pupil.id]);
  const byInstrument = groupBy(rows, (r) => r.instrument);
  const instruments = [...byInstrument.keys()].sort(compareInstruments).map((instrument) => {
    const byList = groupBy(byInstrument.get(instrument) ?? [], (r) => r.lijst);
    const lists = [...byList.keys()].sort(compareLists).map((lijst) => {
      const byScale = groupBy(byList.get(lijst) ?? [], (r) => r.schaal);
      const scales = [...byScale.keys()].sort(compareScales(instrument)).map((schaal) => {
        const good = higherIsBetter(instrument, schaal);
        const steps = seoSeries((byScale.get(schaal) ?? []).map(point), good);
        return {
          schaal,
          higherIsBetter: good,
          points: steps.map(({ score, tier, percentielChange, movement }) => ({
            afnamedatum: score.afnamedatum,
            schooljaar: score.row.schooljaar,
            versie: score.row.versie,
            ruweScore: score.row.ruwe_score,
            percentiel: score.percentiel,
            band: seoBandOf(score),
            tier,
            signaal: score.signaal,
            percentielChange,
            movement,
          })),
        };
      });
      return { lijst, scales };
    });
    return { instrument, lists };
  });
  return { pupilId: pupil.id, instruments };
}

/** The groepsoverzicht's SEO columns: per pupil of the group the latest score of its schooljaar per scale. */
export async function getGroupSeo(db: Db, actor: Actor, groupId: string): Promise<GroupSeoResponse> {
  const group = await requireGroup(db, actor, groupId, 'group.read');
  const [rows, placed] = await Promise.all([
    findSeoScoresOfGroup(db, group.id, group.schooljaar),
    findPupilsOfGroup(db, group.id),
  ]);
  const columns = new Map<string, GroupSeoResponse['columns'][number]>();
  const pupils: GroupSeoResponse['pupils'] = [];
  const byPupil = groupBy(rows, (r) => r.leerling_id);
  const seen = new Set<string>();
  for (const p of placed) {
    const own = byPupil.get(p.id);
    if (!own || seen.has(p.id)) continue;
    seen.add(p.id);
    const cells: GroupSeoResponse['pupils'][number]['cells'] = {};
    for (const [key, s] of latestPerScale(own.map(point))) {
      const good = higherIsBetter(s.instrument, s.schaal);
      columns.set(key, {
        key,
        instrument: s.instrument,
        lijst: s.lijst,
        schaal: s.schaal,
        higherIsBetter: good,
      });
      const band = seoBandOf(s);
      cells[key] = {
        afnamedatum: s.afnamedatum,
        percentiel: s.percentiel,
        ruweScore: s.row.ruwe_score,
        band,
        tier: band === null ? null : seoTier(band, good),
        signaal: s.signaal,
      };
    }
    pupils.push({ id: p.id, name: fullName(p), cells });
  }
  const ordered = [...columns.values()].sort(
    (a, b) =>
      compareInstruments(a.instrument, b.instrument) ||
      compareLists(a.lijst, b.lijst) ||
      compareScales(a.instrument)(a.schaal, b.schaal),
  );
  return { groupId: group.id, schooljaar: group.schooljaar, columns: ordered, pupils };
}

/** The instruments and scales a school has scores for, for its signal rules. No pupil data. */
export async function getSchoolSeoScales(
  db: Db,
  actor: Actor,
  schoolId: string,
): Promise<SchoolSeoScalesResponse> {
  requireAtSchool(actor, schoolId, 'settings.manage');
  const rows = await findSeoScalesOfSchool(db, schoolId);
  const byInstrument = groupBy(rows, (r) => r.instrument);
  return {
    instruments: [...byInstrument.keys()].sort(compareInstruments).map((instrument) => {
      const byScale = groupBy(byInstrument.get(instrument) ?? [], (r) => r.schaal);
      return {
        instrument,
        scales: [...byScale.keys()].sort(compareScales(instrument)).map((schaal) => ({
          schaal,
          lists: [...new Set((byScale.get(schaal) ?? []).map((r) => r.lijst))].sort(compareLists),
          higherIsBetter: higherIsBetter(instrument, schaal),
        })),
      };
    }),
  };
}
