/**
 * The results of a school as the schooloverzicht reads them: one row per pupil, vak and meetpunt, with
 * the jaargroep of the moment, the toets version (scale) and whether the leerwinst since the pupil's
 * previous result was as expected.
 */
import type { AmbitionPupilResult } from '../../../domain/ambitions';
import { compareMeetpunten, parseMeetpuntKey, type MomentKind } from '../../../domain/moments';
import { isVak, type Vak } from '../../../shared/vakken';
import type { Db } from '../../db/database';
import { loadSchoolResults } from '../statistics/school-results';

export interface OverviewRow extends AmbitionPupilResult {
  leerlingId: string;
  schooljaar: string;
  kind: MomentKind;
  jaargroep: number;
  vak: Vak;
  /** The toets version: scores on two scales are never put in one mean or one trend line. */
  scaleKey: string;
  toetsName: string;
  /** The national mean of the norm table at this toets and moment, when the publisher gives one. */
  normMean: number | null;
}

/**
 * "Leerwinst as expected": at least three quarters of the growth the norm group makes between the same
 * two moments (the difference of the norm means). A quarter below the national average still counts as
 * expected, as the usual tolerance in growth comparisons (domain/growth.ts) does; without norm means,
 * or across two scales, the growth is unknown.
 */
export const EXPECTED_GROWTH_SHARE = 0.75;

/** Doorstroomtoets rows: they feed the referentieniveaus, never a cell or a trend of the LVS toets. */
export function isReferentieRow(r: Pick<OverviewRow, 'system'>): boolean {
  return r.system === 'REF';
}

export function growthAsExpected(growth: number, normGrowth: number | null): boolean | null {
  if (normGrowth === null || !Number.isFinite(normGrowth) || !Number.isFinite(growth)) return null;
  return normGrowth > 0 ? growth >= EXPECTED_GROWTH_SHARE * normGrowth : growth >= normGrowth;
}

/** The school's rows, or only those of these pupils (a group's view: the same rows, far fewer read). */
export async function overviewRows(
  db: Db,
  schoolId: string,
  pupilIds?: readonly string[],
): Promise<OverviewRow[]> {
  const { rows, engine } = await loadSchoolResults(
    db,
    schoolId,
    pupilIds ? { pupilIds: [...pupilIds] } : undefined,
  );
  const normMean = (toetsId: string, moment: string) =>
    engine.norms.get(toetsId)?.get(moment)?.gemiddelde ?? null;
  // One result per pupil, vak and meetpunt: a retake replaces the first sitting. The doorstroomtoets
  // (referentieniveaus) is another instrument beside the LVS toets of the same vak, never a retake.
  const family = (r: (typeof rows)[number]) => (r.e.levelSystem === 'REF' ? 'REF' : 'LVS');
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.e.leerlingId}|${r.vak}|${family(r)}|${r.e.meetpunt}`;
    const kept = latest.get(key);
    if (!kept || kept.e.date < r.e.date) latest.set(key, r);
  }
  const byPupilVak = new Map<string, (typeof rows)[number][]>();
  for (const r of latest.values()) {
    const key = `${r.e.leerlingId}|${r.vak}|${family(r)}`;
    byPupilVak.set(key, [...(byPupilVak.get(key) ?? []), r]);
  }
  const out: OverviewRow[] = [];
  for (const series of byPupilVak.values()) {
    const ordered = series
      .map((r) => ({ r, at: parseMeetpuntKey(r.e.meetpunt) }))
      .filter((x): x is { r: (typeof rows)[number]; at: NonNullable<typeof x.at> } => x.at !== null)
      .sort((a, b) => compareMeetpunten(a.at, b.at));
    ordered.forEach(({ r, at }, i) => {
      if (!isVak(r.vak)) return;
      const previous = ordered[i - 1]?.r;
      let expected: boolean | null = null;
      if (
        previous &&
        previous.e.scaleKey === r.e.scaleKey &&
        r.e.score !== null &&
        previous.e.score !== null
      ) {
        const now = normMean(r.e.toetsId, r.e.moment);
        const before = normMean(previous.e.toetsId, previous.e.moment);
        expected = growthAsExpected(
          r.e.score - previous.e.score,
          now !== null && before !== null ? now - before : null,
        );
      }
      out.push({
        leerlingId: r.e.leerlingId,
        schooljaar: at.schooljaar,
        kind: at.kind,
        jaargroep: r.jaargroep,
        vak: r.vak,
        scaleKey: r.e.scaleKey,
        toetsName: r.e.toetsName,
        normMean: normMean(r.e.toetsId, r.e.moment),
        system: r.e.levelSystem,
        level: r.e.level,
        score: r.e.score,
        growthAsExpected: expected,
      });
    });
  }
  return out;
}

/** The most common value; ties go to the one seen first. */
export function dominant<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
