/**
 * A new OPP starts from what Leerwinst already knows, so the IB does not retype it: per vak the latest
 * result with a DLE as the baseline (the LRV is the IB's decision and stays empty), and the factors of
 * the child from the pupil's latest groepsoverzicht row.
 */
import { orderVakken } from '../../../shared/vakken';
import type { EnrichedResult } from '../analysis/enrich';
import type { Baseline, OppContent } from './opp.schema';

const noFactor = { bevorderend: '', belemmerend: '' };
/** As many as the content allows (opp.schema.ts). */
const MAX_VAKKEN = 12;

function baselineOf(results: readonly EnrichedResult[]): Baseline | null {
  const latest = results
    .filter((r) => r.levelSystem !== 'AVI' && r.dle !== null && r.dl !== null)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  if (!latest || latest.dle === null || latest.dl === null) return null;
  return {
    toetsId: latest.toetsId,
    toetsName: latest.toetsName,
    schooljaar: latest.schooljaar,
    moment: latest.moment,
    score: latest.score,
    dl: latest.dl,
    dle: latest.dle,
  };
}

export function prefilledContent(input: {
  reden: string | undefined;
  results: readonly EnrichedResult[];
  factors: { stimulerend: string; belemmerend: string } | undefined;
}): OppContent {
  const vakken = orderVakken(input.results.map((r) => r.vak)).slice(0, MAX_VAKKEN);
  return {
    reden: input.reden ?? '',
    uitstroomprofiel: null,
    onderbouwing: '',
    factoren: {
      kind: {
        bevorderend: input.factors?.stimulerend ?? '',
        belemmerend: input.factors?.belemmerend ?? '',
      },
      onderwijs: { ...noFactor },
      thuis: { ...noFactor },
    },
    vakken: vakken.map((vak) => ({
      vak,
      baseline: baselineOf(input.results.filter((r) => r.vak === vak)),
      lrv: null,
      avi: [],
      toelichting: '',
    })),
    handelingsdeel: { doelen: [], aanbod: '', wie: '', tijdPerWeek: '', externeOndersteuning: '' },
  };
}
