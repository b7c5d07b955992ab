/**
 * What the analysis needs of the OPPs in force to signal "leerrendement onder de verwachting van het
 * OPP" (rule onder_lrv): per pupil and vak the LRV with its baseline, and for AVI the expected levels.
 * Pure; the rows come from findActiveOppContents (one query for the whole set of pupils).
 *
 * The leerrendement held against the LRV is the one since the OPP's baseline, not over all years: a
 * pupil far behind who now gains 7 months in 10 has a low leerrendement overall and is on a 60 % line.
 */
import { isLevelOf, type AviLevel } from '../../../domain/levels';
import { compareMeetpunten, parseMeetpuntKey } from '../../../domain/moments';
import { belowAviSignal, belowExpectedAvi, leerrendementSince, type OppBaseline } from '../../../domain/opp';
import type { Signal } from '../../../domain/signalering';
import type { Vak } from '../../../shared/vakken';
import { OppContentSchema } from './opp.schema';

export interface OppExpectation {
  lrv: number | null;
  baseline: OppBaseline | null;
  avi: readonly { moment: string; level: AviLevel }[];
}

/** Per pupil, per vak: the expectation of the pupil's OPP in force. Unreadable content is skipped. */
export function oppExpectations(
  rows: readonly { leerling_id: string; content: string }[],
): Map<string, Map<string, OppExpectation>> {
  const byPupil = new Map<string, Map<string, OppExpectation>>();
  for (const row of rows) {
    let parsed;
    try {
      parsed = OppContentSchema.safeParse(JSON.parse(row.content));
    } catch {
      continue;
    }
    if (!parsed.success) continue;
    const byVak = new Map<string, OppExpectation>();
    for (const v of parsed.data.vakken) {
      byVak.set(v.vak, {
        lrv: v.lrv,
        baseline: v.baseline ? { dl: v.baseline.dl, dle: v.baseline.dle } : null,
        avi: v.avi,
      });
    }
    byPupil.set(row.leerling_id, byVak);
  }
  return byPupil;
}

/**
 * The two figures of the onder_lrv rule for a vak: the LRV, and the leerrendement since the baseline at
 * the current result. Null when the OPP sets no LRV for the vak (the caller keeps its own figures).
 */
export interface LrvSignalFigures {
  leerrendement: number | null;
  expectedLrv: number;
}

export function lrvSignalFigures(
  expectation: OppExpectation | undefined,
  current: { dl: number | null; dle: number | null } | null,
): LrvSignalFigures | null {
  if (!expectation || expectation.lrv === null || expectation.baseline === null) return null;
  return {
    leerrendement: current ? leerrendementSince(expectation.baseline, current) : null,
    expectedLrv: expectation.lrv,
  };
}

/**
 * AVI is ordinal: the pupil's latest AVI level up to the meetpunt against the level the OPP expects at
 * that moment. Null when the OPP expects nothing then, or the pupil is at or above it.
 */
export function aviSignal(
  vak: Vak,
  expectation: OppExpectation | undefined,
  results: readonly {
    levelSystem: string | null;
    level: string | null;
    moment: string;
    meetpunt: string;
    date: string;
  }[],
  untilMeetpunt: string | null,
): Signal | null {
  if (!expectation || expectation.avi.length === 0) return null;
  const until = untilMeetpunt === null ? null : parseMeetpuntKey(untilMeetpunt);
  const upTo = (key: string) => {
    const at = parseMeetpuntKey(key);
    return until === null || (at !== null && compareMeetpunten(at, until) <= 0);
  };
  const latest = results
    .filter((r) => r.levelSystem === 'AVI' && upTo(r.meetpunt))
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (!latest?.level || !isLevelOf('AVI', latest.level)) return null;
  const actual = { moment: latest.moment, level: latest.level };
  const below = belowExpectedAvi(expectation.avi, actual);
  return below ? belowAviSignal(vak, actual, below.expected) : null;
}
