/**
 * How a demo pupil's results hang together over time and across vakken, so that signalering on the
 * demo means what it would mean at a real school. Each pupil has, per vak, a position relative to the
 * norm group (a z-score: 0 is the national mean, levels I–V are fifths of the norm group):
 *
 *   z = A · (√λ · base + √(1−λ) · U(t)) + rate · (t − 3) + event(t) + σₑ · ε
 *
 * - `base`: a lasting ability, shared across vakken through a general factor (a pupil good at rekenen
 *   tends to be good at spelling too);
 * - `U(t)`: a slower wave (a good or bad year, a new teacher), partly shared across vakken, with a
 *   yearly autocorrelation: the pupil wanders, but slowly;
 * - `rate`: a persistent personal growth rate relative to the norm group (a slow starter who catches
 *   up, or the reverse);
 * - `event`: for a few pupils a real drop (illness, a divorce, a move) or a stall in one vak, where the
 *   score hardly grows for a year while the norm goes on;
 * - `ε`: the noise of one test sitting (reliability about 0.88, as LVS toetsen report).
 *
 * With the constants below the observed scores correlate about 0.6–0.7 across vakken and about 0.8
 * from one year to the next (the figures published for LVS toetsen), and the pupils who are weak
 * throughout (a few percent, in one or more vakken) sit at V almost every time. The whole model is in
 * z-units, so the demo's invented norms turn it into scores and levels as before.
 */
import { VAKKEN, type Vak } from '../shared/vakken';
import { demoMeanAt, demoNorm } from './norms';
import type { Random } from './random';

/** Measurement noise of one sitting: reliability 1 − σₑ² ≈ 0.88. */
export const NOISE_SD = 0.35;
/** Share of the true variance that lasts (base) rather than wanders (U). */
const LASTING = 0.75;
/** Yearly autocorrelation of the wandering part. */
const WAVE_AUTOCORRELATION = 0.65;
/** Share of the wave that all vakken share (a good or bad year for the whole pupil). */
const WAVE_SHARED = 0.6;
/** Per vak: the share of the lasting ability that is the pupil's general ability. */
const GENERAL_SHARE: Record<Vak, number> = {
  'rekenen-wiskunde': 0.85,
  spelling: 0.88,
  'begrijpend-lezen': 0.9,
  'technisch-lezen': 0.75,
};
/** Personal growth rate relative to the norm group, in z per year of education. */
const RATE_SD = 0.07;

const TRUE_SD = Math.sqrt(1 - NOISE_SD * NOISE_SD);

/** Profiles of pupils who are weak throughout: which vakken, and how often each profile occurs. */
const WEAK_PROFILES: readonly { vakken: readonly Vak[]; weight: number }[] = [
  { vakken: VAKKEN, weight: 0.35 },
  { vakken: ['spelling', 'technisch-lezen'], weight: 0.3 },
  { vakken: ['rekenen-wiskunde'], weight: 0.2 },
  { vakken: ['begrijpend-lezen', 'spelling'], weight: 0.15 },
];
/** Share of pupils who are weak throughout in some vakken (verlengde instructie every period). */
const WEAK_SHARE = 0.045;
/** Shares of pupils with a real drop, or a stall, somewhere in their school career. */
const DROP_SHARE = 0.03;
const STALL_SHARE = 0.03;

export interface AbilityEvent {
  kind: 'drop' | 'stall';
  vakken: readonly Vak[];
  /** Years of education since the start of groep 3 at which it begins. */
  from: number;
  /** drop: z lost at once; stall: the share of the norm's growth the pupil does not make. */
  size: number;
  /** stall: how long, in years. */
  years: number;
}

interface Track {
  base: number;
  rate: number;
  /** The vak's own part of the wave, at `Ability.at`. */
  wave: number;
}

export interface Ability {
  tracks: Record<Vak, Track>;
  /** The shared part of the wave, at `at`. */
  sharedWave: number;
  /** Calendar time (years) the waves were last drawn at; null before the first result. */
  at: number | null;
  weakIn: readonly Vak[];
  events: AbilityEvent[];
}

function pickWeighted<T extends { weight: number }>(rng: Random, items: readonly T[]): T {
  let u = rng.next() * items.reduce((s, i) => s + i.weight, 0);
  for (const item of items) {
    u -= item.weight;
    if (u < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new Error('pick from an empty list');
  return last;
}

/** One event or none, drawn in a fixed number of steps so the rest of the stream never shifts. */
function drawEvent(rng: Random): AbilityEvent | null {
  const u = rng.next();
  const vak = rng.pick(VAKKEN);
  const wide = rng.chance(0.3);
  const from = 1 + rng.next() * 4.6;
  const size = rng.next();
  const years = 0.8 + rng.next() * 0.7;
  if (u < DROP_SHARE)
    return { kind: 'drop', vakken: wide ? VAKKEN : [vak], from, size: 1 + 0.6 * size, years: 0 };
  if (u < DROP_SHARE + STALL_SHARE)
    return { kind: 'stall', vakken: [vak], from, size: 0.7 + 0.25 * size, years };
  return null;
}

/** A new pupil's abilities, from the pupil's own seeded stream. */
export function newAbility(rng: Random): Ability {
  const general = rng.normal();
  const weak = rng.chance(WEAK_SHARE) ? pickWeighted(rng, WEAK_PROFILES).vakken : [];
  const tracks = {} as Record<Vak, Track>;
  for (const vak of VAKKEN) {
    const share = GENERAL_SHARE[vak];
    const own = rng.normal();
    const weakBase = -2 + 0.3 * rng.normal();
    const base = weak.includes(vak) ? weakBase : Math.sqrt(share) * general + Math.sqrt(1 - share) * own;
    tracks[vak] = { base, rate: RATE_SD * rng.normal(), wave: 0 };
  }
  const event = drawEvent(rng);
  // A drop or stall is news about a pupil who was doing fine; the weak are weak throughout.
  const events = event && !event.vakken.some((v) => weak.includes(v)) ? [event] : [];
  return { tracks, sharedWave: 0, at: null, weakIn: weak, events };
}

/**
 * Moves the waves on to calendar time `at` (years): an AR(1) step over the time since the last
 * result, or a fresh draw from its steady state at the first. Always the same number of draws.
 */
export function advanceTo(ability: Ability, at: number, rng: Random): void {
  const first = ability.at === null;
  const rho = first ? 0 : Math.pow(WAVE_AUTOCORRELATION, Math.max(0, at - (ability.at ?? at)));
  const step = (value: number) => rho * value + Math.sqrt(1 - rho * rho) * rng.normal();
  ability.sharedWave = step(ability.sharedWave);
  for (const vak of VAKKEN) ability.tracks[vak].wave = step(ability.tracks[vak].wave);
  ability.at = at;
}

/** What an event has cost the pupil in this vak by `years` of education. */
function eventLoss(ability: Ability, vak: Vak, years: number): number {
  let loss = 0;
  for (const e of ability.events) {
    if (!e.vakken.includes(vak) || years <= e.from) continue;
    if (e.kind === 'drop') loss += e.size;
    else {
      // The score grows only (1 − size) of what the norm grows during the stall; the gap stays after.
      const until = Math.min(years, e.from + e.years);
      loss += (e.size * (demoMeanAt(vak, until) - demoMeanAt(vak, e.from))) / demoNorm(vak, 'M', 3).sd;
    }
  }
  return loss;
}

/** The pupil's true position (without the noise of a sitting) in z after `years` of education. */
export function trueZ(ability: Ability, vak: Vak, years: number): number {
  const t = ability.tracks[vak];
  const wave = Math.sqrt(WAVE_SHARED) * ability.sharedWave + Math.sqrt(1 - WAVE_SHARED) * t.wave;
  const lasting = Math.sqrt(LASTING) * t.base + Math.sqrt(1 - LASTING) * wave;
  return TRUE_SD * lasting + t.rate * (years - 3) - eventLoss(ability, vak, years);
}

/** A pupil who repeats a year is compared with younger pupils from then on: a lasting step up. */
export function repeatYear(ability: Ability): void {
  for (const vak of VAKKEN) ability.tracks[vak].base += 0.45;
}

/** The mean lasting ability over the vakken, for decisions such as a doublure. */
export function meanBase(ability: Ability): number {
  return VAKKEN.reduce((s, v) => s + ability.tracks[v].base, 0) / VAKKEN.length;
}
