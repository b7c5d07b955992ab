/**
 * Which pupils of the demo get an OPP, and with which leerrendementsverwachting. Two pupils of the upper
 * groups who are clearly behind: one whose real results since the baseline keep to the LRV (on track)
 * and one who stays under it, so the signal "leerrendement onder de verwachting van het OPP" fires.
 * The LRV is what an IB would set: the leerrendement so far, rounded to five; the pupils are chosen so
 * their later results put one above and one below that line. Figures as the app works them out.
 */
import { leerrendement } from '../domain/dl';
import { leerrendementSince } from '../domain/opp';
import { VAKKEN, type Vak } from '../shared/vakken';
import type { Pupil, Result, ZorgContext } from './zorg-context';
import { dlDle, meetpuntOrder, resultsAt, vakOf, type Meetpunt } from './zorg-figures';

export interface VakCase {
  vak: Vak;
  baseline: Result;
  dl: number;
  dle: number;
  prior: number;
  since: number;
  lrv: number;
}

export interface OppCase {
  pupil: Pupil;
  baselineMeetpunt: Meetpunt;
  vakken: VakCase[];
}

/** The vak's figures from the baseline meetpunt to the latest one, or null when one is missing. */
function vakCase(ctx: ZorgContext, pupil: Pupil, vak: Vak, from: Meetpunt, last: Meetpunt): VakCase | null {
  const baseline = resultsAt(ctx.idx, pupil.id, from).get(vak);
  if (!baseline) return null;
  const base = dlDle(ctx.idx, pupil, baseline);
  const later = (ctx.idx.resultsOfPupil.get(pupil.id) ?? [])
    .filter((r) => vakOf(ctx.idx, r) === vak)
    .filter(
      (r) =>
        meetpuntOrder({ schooljaar: r.schooljaar, kind: r.moment.startsWith('E') ? 'E' : 'M' }) >
        meetpuntOrder(from),
    )
    .sort((a, b) => (a.afnamedatum ?? '').localeCompare(b.afnamedatum ?? ''));
  const latest = later.at(-1);
  // Every meetpunt since the baseline measured, the latest one the school's latest: a line to draw.
  const expected = ctx.meetpunten.filter((m) => meetpuntOrder(m) > meetpuntOrder(from)).length;
  if (!latest || later.length !== expected || !resultsAt(ctx.idx, pupil.id, last).has(vak)) return null;
  const now = dlDle(ctx.idx, pupil, latest);
  if (base.dl === null || base.dle === null || now.dl === null || now.dle === null) return null;
  const prior = leerrendement(base.dle, base.dl);
  const since = leerrendementSince({ dl: base.dl, dle: base.dle }, now);
  if (prior === null || since === null) return null;
  const lrv = Math.min(100, Math.max(30, Math.round(prior / 5) * 5));
  return { vak, baseline, dl: base.dl, dle: base.dle, prior, since, lrv };
}

/** Rekenen-wiskunde, and a second vak when the pupil is clearly behind there too. */
function caseOf(ctx: ZorgContext, pupil: Pupil, from: Meetpunt): OppCase | null {
  const last = ctx.meetpunten.at(-1);
  if (!last) return null;
  const all = VAKKEN.map((vak) => vakCase(ctx, pupil, vak, from, last));
  const rekenen = all[0];
  if (!rekenen) return null;
  const second = all
    .slice(1)
    // A DLE that fell or shot up since the baseline says more about one test day than about the vak.
    .filter((c): c is VakCase => c !== null && c.prior <= BEHIND && c.since >= 0 && c.since <= 200)
    .sort((a, b) => a.prior - b.prior)[0];
  return { pupil, baselineMeetpunt: from, vakken: second ? [rekenen, second] : [rekenen] };
}

/** A leerrendement up to here at or under this is the kind of delay an OPP is for. */
const BEHIND = 75;

const margin = (c: OppCase) => Math.min(...c.vakken.map((v) => v.since - v.lrv));
const rekenenMargin = (c: OppCase) => (c.vakken[0] ? c.vakken[0].since - c.vakken[0].lrv : 0);

/** Furthest behind in rekenen-wiskunde first. */
const byPrior = (cases: OppCase[]) =>
  [...cases].sort((a, b) => (a.vakken[0]?.prior ?? 0) - (b.vakken[0]?.prior ?? 0));

/** The LRV moved to the other side of the real figure, in case no pupil fell there by itself. */
function forceSide(c: OppCase, onTrack: boolean): OppCase {
  const vakken = c.vakken.map((v, i) => {
    if (onTrack && v.since < v.lrv) return { ...v, lrv: Math.max(0, Math.floor(v.since / 5) * 5) };
    if (!onTrack && i === 0 && v.since >= v.lrv)
      return { ...v, lrv: Math.min(300, Math.ceil((v.since + 1) / 5) * 5 + 5) };
    return v;
  });
  return { ...c, vakken };
}

/**
 * The two OPP pupils among `candidates`: the on-track one with its baseline two meetpunten before the
 * latest (so the line has two later points), the other one meetpunt before the latest.
 */
export function pickOppPupils(
  ctx: ZorgContext,
  candidates: readonly Pupil[],
): { onTrack: OppCase; under: OppCase } | null {
  const ms = ctx.meetpunten;
  const early = ms[Math.max(0, ms.length - 3)];
  const late = ms[ms.length - 2];
  if (!early || !late) return null;
  const cases = (from: Meetpunt) => {
    const all = candidates.map((p) => caseOf(ctx, p, from)).filter((c): c is OppCase => c !== null);
    // The pupils furthest behind in rekenen-wiskunde, when there are some; else whoever is measured.
    for (const limit of [BEHIND, BEHIND + 10]) {
      const behind = all.filter((c) => (c.vakken[0]?.prior ?? 100) <= limit);
      if (behind.length > 1) return behind;
    }
    return all;
  };
  // A believable story first: a little above the line, or clearly but not absurdly under it (the
  // pupil furthest behind of those); only without one, the pupil furthest to that side.
  const fromEarly = cases(early);
  const onTrack =
    byPrior(
      fromEarly.filter((c) => c.vakken.every((v) => v.since >= v.lrv + 5 && v.since <= v.lrv + 50)),
    )[0] ?? fromEarly.sort((a, b) => margin(b) - margin(a))[0];
  if (!onTrack) return null;
  const fromLate = cases(late).filter((c) => c.pupil.id !== onTrack.pupil.id);
  const under =
    byPrior(fromLate.filter((c) => rekenenMargin(c) <= -10 && (c.vakken[0]?.since ?? -1) >= 10))[0] ??
    fromLate.sort((a, b) => rekenenMargin(a) - rekenenMargin(b))[0];
  if (!under) return null;
  return { onTrack: forceSide(onTrack, true), under: forceSide(under, false) };
}
