/**
 * The groepsoverzicht rows a teacher writes at the start of a period (factors and onderwijsbehoeften
 * for the pupils whose results ask for it, and a few others), and the observations teachers record
 * during the schooljaar: mostly fine, some "aandacht", now and then a real concern (rated 1), which
 * the app signals.
 */
import type { ObservatieAspect } from '../server/db/schema';
import { levelRank } from '../domain/levels';
import { VAKKEN } from '../shared/vakken';
import { at, type HgwContext, type HgwGroup, type HgwPeriod } from './hgw-context';
import { observationNote, rowTexts, type Profile } from './hgw-overzicht-texts';
import { addDays, schoolDayAfter, schoolDayBefore } from './zorg-dates';
import { levelOf, resultsAt, type Meetpunt } from './zorg-figures';

/** The meetpunt before this one (M → last E, E → this year's M). */
function previousMeetpunt(m: Meetpunt): Meetpunt {
  if (m.kind === 'E') return { schooljaar: m.schooljaar, kind: 'M' };
  const start = Number(m.schooljaar.slice(0, 4)) - 1;
  return { schooljaar: `${start}-${start + 1}`, kind: 'E' };
}

/** What the results at the period's start meetpunt say about the pupil. */
export function profileOf(ctx: HgwContext, pupilId: string, m: Meetpunt): Profile {
  const now = resultsAt(ctx.idx, pupilId, m);
  const before = resultsAt(ctx.idx, pupilId, previousMeetpunt(m));
  const profile: Profile = { weak: [], veryWeak: [], strong: [], dropped: [] };
  for (const vak of VAKKEN) {
    const r = now.get(vak);
    const level = r ? levelOf(ctx.idx, r) : null;
    if (level === 'IV' || level === 'V') profile.weak.push(vak);
    if (level === 'V') profile.veryWeak.push(vak);
    if (level === 'I') profile.strong.push(vak);
    const earlier = before.get(vak);
    const was = earlier ? levelOf(ctx.idx, earlier) : null;
    const rankNow = level ? levelRank('I-V', level) : null;
    const rankBefore = was ? levelRank('I-V', was) : null;
    if (rankNow !== null && rankBefore !== null && rankBefore - rankNow >= 2) profile.dropped.push(vak);
  }
  // The weakest first: V before IV.
  profile.weak.sort((a, b) => Number(profile.veryWeak.includes(b)) - Number(profile.veryWeak.includes(a)));
  return profile;
}

/**
 * The rows of a group at the start of a period, a few days before its plans. In the running period a
 * pupil who had a row in the previous one is sometimes left for the app to carry over.
 */
export function addOverzicht(
  ctx: HgwContext,
  g: HgwGroup,
  p: HgwPeriod,
  made: string,
  earlier: ReadonlySet<string>,
  running: boolean,
): Set<string> {
  const written = new Set<string>();
  const latest = schoolDayBefore(addDays(made, -1));
  const from = schoolDayAfter(p.start > addDays(made, -10) ? p.start : addDays(made, -10));
  for (const pupilId of g.pupilsOn(made)) {
    const profile = profileOf(ctx, pupilId, p.startMeetpunt);
    const asks = profile.weak.length > 0 || profile.dropped.length > 0 || profile.strong.length >= 2;
    const extra = ctx.rng.chance(0.15);
    const leftToCarry = running && earlier.has(pupilId) && ctx.rng.chance(0.2);
    if ((!asks && !extra) || leftToCarry) continue;
    const texts = rowTexts(profile, (items) => ctx.rng.pick(items));
    const day = from < latest ? schoolDayAfter(addDays(from, ctx.rng.int(0, 6))) : latest;
    ctx.out.groepsoverzicht_rij.push({
      id: ctx.id(),
      groep_id: String(g.group.id),
      periode_id: p.id,
      leerling_id: pupilId,
      ...texts,
      version: ctx.rng.int(1, 3),
      updated_by: g.author.id,
      updated_at: at(day < made ? day : made, `1${ctx.rng.int(4, 7)}:${String(ctx.rng.int(10, 59))}`),
    });
    written.add(pupilId);
  }
  return written;
}

const ASPECTS: readonly ObservatieAspect[] = ['werkhouding', 'welbevinden', 'sociaal_gedrag', 'talent'];

function ratingFor(ctx: HgwContext, aspect: ObservatieAspect, weak: boolean): number {
  if (aspect === 'talent') return ctx.rng.chance(0.6) ? 4 : 3;
  const u = ctx.rng.next();
  if (weak && aspect === 'werkhouding') return u < 0.55 ? 2 : 3;
  return u < 0.12 ? 2 : u < 0.6 ? 3 : 4;
}

/**
 * Observations in a group during one schooljaar up to today: about a third of the pupils get one, the
 * weak ones rated lower on werkhouding; up to `concerns` pupils a 1 on welbevinden or werkhouding.
 */
export function addObservations(ctx: HgwContext, g: HgwGroup, schooljaar: string, concerns: number): void {
  const start = Number(schooljaar.slice(0, 4));
  const first = schoolDayAfter(`${start}-09-08`);
  const last = schoolDayBefore(
    `${start + 1}-07-10` < ctx.today ? `${start + 1}-07-10` : addDays(ctx.today, -1),
  );
  if (last <= first) return;
  const span = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000);
  const pupils = g.pupilsOn(last);
  const latestM: Meetpunt = { schooljaar, kind: 'M' };
  const lastE: Meetpunt = previousMeetpunt(latestM);
  let left = concerns;
  for (const pupilId of pupils) {
    const chosen = ctx.rng.chance(0.35);
    const aspect = ctx.rng.pick(ASPECTS);
    const dayOffset = ctx.rng.int(0, span);
    if (!chosen) continue;
    const weak = [lastE, latestM].some((m) => profileOf(ctx, pupilId, m).veryWeak.length > 0);
    const concern = left > 0 && aspect !== 'talent' && aspect !== 'sociaal_gedrag' && ctx.rng.chance(0.25);
    if (concern) left -= 1;
    const rating = concern ? 1 : ratingFor(ctx, aspect, weak);
    const day = schoolDayBefore(addDays(first, dayOffset));
    ctx.out.observatie.push({
      id: ctx.id(),
      leerling_id: pupilId,
      schooljaar,
      moment: null,
      aspect,
      waardering: aspect === 'talent' && rating === 3 ? null : rating,
      toelichting: observationNote(aspect, rating, (items) => ctx.rng.pick(items)),
      observed_on: day,
      author_user_id: g.author.id,
      created_at: at(day, '15:20'),
      updated_at: at(day, '15:20'),
    });
  }
}
