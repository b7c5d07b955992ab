/**
 * Per vak of an OPP, the figures beside the content: the expected line from the baseline to E8 with the
 * score that keeps the pupil on it, the real results since the baseline with their leerrendement, and
 * whether the pupil is on track. Pure: the results come in enriched by the analysis engine.
 *
 * The real line is drawn in DLE, the one measure that stays comparable when a school moves to a new
 * version of a toets; the scores are not, so the line reports where the version changed and the chart
 * breaks there.
 */
import type { AviLevel } from '../../../domain/levels';
import { isLevelOf } from '../../../domain/levels';
import { compareMeetpunten, meetpuntOf } from '../../../domain/moments';
import type { DlePoint } from '../../../domain/norms';
import {
  belowExpectedAvi,
  expectedDle,
  expectedLine,
  leerrendementSince,
  scoreForDle,
} from '../../../domain/opp';
import type { EnrichedResult } from '../analysis/enrich';
import type { EvaluatieVak, OppVakView } from './opp-response.schema';
import type { Baseline, OppVak } from './opp.schema';

/** Results made after the baseline's meetpunt (all of them when there is no baseline). */
export function resultsSince(
  results: readonly EnrichedResult[],
  baseline: Baseline | null,
): EnrichedResult[] {
  const from = baseline ? meetpuntOf({ ...baseline, afnamedatum: null }) : null;
  return results
    .filter((r) => from === null || compareMeetpunten(meetpuntOf({ ...r, afnamedatum: r.date }), from) > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.toetsName.localeCompare(b.toetsName));
}

/** The points of the real line: results with a DLE since the baseline, oldest first. */
function linePoints(results: readonly EnrichedResult[], baseline: Baseline | null): EnrichedResult[] {
  if (!baseline) return [];
  return resultsSince(results, baseline).filter((r) => r.levelSystem !== 'AVI' && r.dle !== null);
}

/** Where consecutive points of the line (the baseline first) lie on different toets versions. */
function versionBreaks(
  baseline: Baseline,
  points: readonly EnrichedResult[],
  scaleOf: (toetsId: string) => string | null,
): OppVakView['versionBreaks'] {
  const breaks: OppVakView['versionBreaks'] = [];
  let previous = {
    toetsId: baseline.toetsId,
    toetsName: baseline.toetsName,
    scale: baseline.toetsId ? scaleOf(baseline.toetsId) : null,
  };
  for (const p of points) {
    if (previous.scale !== null && previous.scale !== p.scaleKey) {
      breaks.push({
        meetpunt: p.meetpunt,
        from: { toetsId: previous.toetsId, toetsName: previous.toetsName },
        to: { toetsId: p.toetsId, toetsName: p.toetsName },
      });
    }
    previous = { toetsId: p.toetsId, toetsName: p.toetsName, scale: p.scaleKey };
  }
  return breaks;
}

/** Per expected AVI level: the pupil's level at that moment (the latest such result) and whether below. */
function aviPoints(vak: OppVak, results: readonly EnrichedResult[]): OppVakView['avi'] {
  return vak.avi.map((e) => {
    const actual = results
      .filter((r) => r.levelSystem === 'AVI' && r.moment.toUpperCase() === e.moment.toUpperCase())
      .filter((r): r is EnrichedResult & { level: AviLevel } => r.level !== null && isLevelOf('AVI', r.level))
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1);
    const below = actual
      ? belowExpectedAvi([e], { moment: actual.moment, level: actual.level }) !== null
      : null;
    return { moment: e.moment, expected: e.level, actual: actual?.level ?? null, below };
  });
}

export function vakView(
  vak: OppVak,
  results: readonly EnrichedResult[],
  dleTables: ReadonlyMap<string, DlePoint[]>,
): OppVakView {
  const { baseline, lrv } = vak;
  const points = linePoints(results, baseline);
  const latest = points.findLast((p) => p.dl !== null && p.dle !== null) ?? null;
  const since = baseline && latest ? leerrendementSince(baseline, latest) : null;
  const tableToets = points.at(-1)?.toetsId ?? baseline?.toetsId ?? null;
  const table = tableToets ? (dleTables.get(tableToets) ?? null) : null;
  const scaleOf = (toetsId: string) => results.find((r) => r.toetsId === toetsId)?.scaleKey ?? null;
  const avi = aviPoints(vak, results);
  const lastAvi = avi.filter((a) => a.below !== null).at(-1);
  const onTrack = since !== null && lrv !== null ? since >= lrv : lastAvi ? !lastAvi.below : null;
  return {
    vak: vak.vak,
    baseline,
    lrv,
    expectedLine:
      baseline && lrv !== null
        ? expectedLine(baseline, lrv).map((p) => ({ ...p, score: scoreForDle(table, p.dle) }))
        : [],
    results: points.map((p) => ({
      resultId: p.id,
      meetpunt: p.meetpunt,
      schooljaar: p.schooljaar,
      moment: p.moment,
      date: p.date,
      toetsId: p.toetsId,
      toetsName: p.toetsName,
      score: p.score,
      level: p.level,
      dl: p.dl,
      dle: p.dle,
      expectedDle: baseline && lrv !== null && p.dl !== null ? expectedDle(baseline, lrv, p.dl) : null,
      leerrendementSince: baseline ? leerrendementSince(baseline, p) : null,
    })),
    leerrendementSince: since,
    onTrack,
    versionBreaks: baseline ? versionBreaks(baseline, points, scaleOf) : [],
    avi,
  };
}

/** The figures an evaluation freezes for a vak, from the view of that day. */
export function evaluationFigures(
  view: OppVakView,
  input: { reason: string; adjusted: boolean },
): EvaluatieVak {
  const latest = view.results.findLast((r) => r.dl !== null && r.dle !== null) ?? null;
  const base = view.baseline;
  const sameVersion = view.versionBreaks.length === 0;
  return {
    vak: view.vak,
    lrv: view.lrv,
    baseline: base,
    meetpunt: latest?.meetpunt ?? null,
    leerrendementSince: view.leerrendementSince,
    onTrack: view.onTrack,
    leerwinstDle: base && latest?.dle != null ? Math.round((latest.dle - base.dle) * 10) / 10 : null,
    leerwinstScore:
      base?.score != null && latest?.score != null && sameVersion
        ? Math.round((latest.score - base.score) * 10) / 10
        : null,
    reason: input.reason,
    adjusted: input.adjusted,
  };
}
