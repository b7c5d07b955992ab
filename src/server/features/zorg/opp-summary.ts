/**
 * What the care pages and besprekingen show of an OPP: its state and uitstroomprofiel, and per vak the
 * leerrendement since the baseline against the leerrendementsverwachting (LRV). The OPP feature owns
 * the content and its schema; this reads only the few fields it needs, and tolerates the rest, so a
 * later change to the OPP's content does not break a bespreking.
 */
import { z } from 'zod';
import { belowExpectedAvi, leerrendementSince } from '../../../domain/opp';
import { isLevelOf } from '../../../domain/levels';

const Num = z.number().nullable().optional();

const LooseContent = z.looseObject({
  uitstroomprofiel: z.string().nullable().optional(),
  vakken: z
    .array(
      z.looseObject({
        vak: z.string(),
        baseline: z.looseObject({ dl: Num, dle: Num }).nullable().optional(),
        lrv: Num,
        avi: z.array(z.object({ moment: z.string(), level: z.string() })).optional(),
      }),
    )
    .optional(),
});
type LooseContent = z.infer<typeof LooseContent>;

/** Active: vastgesteld and in force, so its expectation counts (a concept does not yet). */
export const ACTIVE_OPP_STATUSES: readonly string[] = ['vastgesteld', 'geevalueerd', 'bijgesteld'];

export function readOppContent(text: string): LooseContent {
  try {
    const parsed = LooseContent.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export const OppSummarySchema = z.object({
  id: z.string(),
  status: z.enum(['concept', 'vastgesteld', 'geevalueerd', 'bijgesteld', 'beeindigd']),
  decidedOn: z.string(),
  vastgesteldOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  uitstroomprofiel: z.string().nullable(),
  version: z.number().int(),
});
export type OppSummary = z.infer<typeof OppSummarySchema>;

export interface OppRow {
  id: string;
  status: OppSummary['status'];
  decided_on: string;
  vastgesteld_on: string | null;
  ended_on: string | null;
  content: string;
  version: number;
}

export function oppSummary(row: OppRow): OppSummary {
  return {
    id: row.id,
    status: row.status,
    decidedOn: row.decided_on,
    vastgesteldOn: row.vastgesteld_on,
    endedOn: row.ended_on,
    uitstroomprofiel: readOppContent(row.content).uitstroomprofiel ?? null,
    version: row.version,
  };
}

/** The pupil's latest result of a vak, as the analysis gives it. */
export interface CurrentResult {
  meetpunt: string;
  moment: string;
  dl: number | null;
  dle: number | null;
  level: string | null;
  levelSystem: string | null;
}

export const OppVakProgressSchema = z.object({
  vak: z.string(),
  lrv: z.number().nullable(),
  baseline: z.object({ dl: z.number(), dle: z.number() }).nullable(),
  /** The latest result the progress is measured at. */
  meetpunt: z.string().nullable(),
  /** Months of DLE gained per month of education since the baseline, in %. */
  leerrendementSince: z.number().nullable(),
  /** For AVI: the level the OPP expected at this moment, when the pupil is below it. */
  expectedAvi: z.string().nullable(),
  /** Null when there is nothing to hold against the expectation. */
  onTrack: z.boolean().nullable(),
});
export type OppVakProgress = z.infer<typeof OppVakProgressSchema>;

function aviProgress(
  avi: readonly { moment: string; level: string }[],
  current: CurrentResult,
): { expectedAvi: string | null; onTrack: boolean | null } {
  const level = current.level;
  if (!level || !isLevelOf('AVI', level)) return { expectedAvi: null, onTrack: null };
  const expected = avi.flatMap((e) =>
    isLevelOf('AVI', e.level) ? [{ moment: e.moment, level: e.level }] : [],
  );
  if (!expected.some((e) => e.moment.toUpperCase() === current.moment.toUpperCase()))
    return { expectedAvi: null, onTrack: null };
  const below = belowExpectedAvi(expected, { moment: current.moment, level });
  return { expectedAvi: below?.expected ?? null, onTrack: below === null };
}

/** Per vak of the OPP: the real leerrendement since the baseline against the LRV. */
export function oppProgress(
  content: LooseContent,
  currentOf: (vak: string) => CurrentResult | null,
): OppVakProgress[] {
  return (content.vakken ?? []).map((v) => {
    const current = currentOf(v.vak);
    const base = v.baseline;
    const baseline =
      base && typeof base.dl === 'number' && typeof base.dle === 'number'
        ? { dl: base.dl, dle: base.dle }
        : null;
    const lrv = typeof v.lrv === 'number' ? v.lrv : null;
    if (v.avi && v.avi.length > 0 && current?.levelSystem === 'AVI') {
      return {
        vak: v.vak,
        lrv,
        baseline,
        meetpunt: current.meetpunt,
        leerrendementSince: null,
        ...aviProgress(v.avi, current),
      };
    }
    const since = baseline && current ? leerrendementSince(baseline, current) : null;
    return {
      vak: v.vak,
      lrv,
      baseline,
      meetpunt: current?.meetpunt ?? null,
      leerrendementSince: since,
      expectedAvi: null,
      onTrack: since === null || lrv === null ? null : since >= lrv,
    };
  });
}

/** On track over all vakken: false when one is under, true when all measured ones are on, else null. */
export function onTrackOverall(progress: readonly OppVakProgress[]): boolean | null {
  const known = progress.flatMap((p) => (p.onTrack === null ? [] : [p.onTrack]));
  if (known.length === 0) return null;
  return known.every(Boolean);
}
