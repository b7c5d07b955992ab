/**
 * The HGW cycle in the demo, as a real school has it by today: for every period of last schooljaar
 * and this one that has started, the groepsoverzicht rows and groepsplannen the teachers made in the
 * weeks after the period's starting toetsen (with goals, evaluated once the closing toetsen were in),
 * the steps they ticked off, observations through the year, and each school's teambespreking after
 * the latest E toetsen. One group is behind in the running period (the second demo teacher's Groep 7):
 * its cycle is still to do, so the IB's overview shows a group that needs a nudge, and the
 * groepsoverzicht there shows what the app carries over from the period before.
 *
 * It only adds rows, after leerlingzorg (whose periods it uses), from its own seeded source: every
 * earlier row of the demo stays the same to the byte.
 */
import { schooljaarStartYear } from '../domain/schooljaar';
import type { DemoAccount, DemoData } from './generator';
import { emptyHgw, type HgwContext, type HgwDemo, type HgwGroup, type HgwPeriod } from './hgw-context';
import { addObservations, addOverzicht } from './hgw-overzicht';
import { addPlans } from './hgw-plans';
import { addTeambesprekingen } from './hgw-teambespreking';
import { Random } from './random';
import { indexDemo } from './zorg-context';
import { schoolDayAfter } from './zorg-dates';
import { sameMeetpunt, type Kind } from './zorg-figures';

export type { HgwDemo } from './hgw-context';
export { emptyHgw } from './hgw-context';

/** The login whose group is behind in the running period (e2e/cycle.spec.ts walks its cycle). */
const BEHIND_LOGIN = 'leerkracht7@';

function periodsOf(ctx: HgwContext, schoolId: string): HgwPeriod[] {
  return ctx.data.zorg.periode
    .filter((p) => p.school_id === schoolId && (p.closing_kind === 'M' || p.closing_kind === 'E'))
    .sort((a, b) => a.schooljaar.localeCompare(b.schooljaar) || a.volgnummer - b.volgnummer)
    .map((p) => {
      const closing = p.closing_kind as Kind;
      const start = schooljaarStartYear(p.schooljaar);
      const startMeetpunt =
        closing === 'M'
          ? { schooljaar: `${start - 1}-${start}`, kind: 'E' as const }
          : { schooljaar: p.schooljaar, kind: 'M' as const };
      return {
        id: p.id,
        schooljaar: p.schooljaar,
        volgnummer: p.volgnummer,
        start: p.start_date,
        end: p.end_date,
        closing,
        startMeetpunt,
        closingMeetpunt: { schooljaar: p.schooljaar, kind: closing },
      };
    });
}

/** The day the plans of a period are made: some weeks after its starting toetsen. */
function planDay(ctx: HgwContext, p: HgwPeriod): string {
  const start = schooljaarStartYear(p.schooljaar);
  const day = (month: string, from: number) =>
    schoolDayAfter(`${month}-${String(from + ctx.rng.int(0, 9)).padStart(2, '0')}`);
  return p.startMeetpunt.kind === 'E' ? day(`${start}-09`, 14) : day(`${start + 1}-02`, 12);
}

function hgwGroup(ctx: HgwContext, groupId: string, schoolIndex: number, ib: DemoAccount): HgwGroup | null {
  const group = ctx.idx.group.get(groupId);
  if (!group) return null;
  const placements = ctx.idx.placementsOfGroup.get(groupId) ?? [];
  return {
    group,
    schoolIndex,
    author: ctx.idx.accountsOfGroup.get(groupId)?.[0] ?? ib,
    pupilsOn: (day) =>
      placements
        .filter((p) => p.start_date <= day && (p.end_date == null || p.end_date >= day))
        .map((p) => p.leerling_id),
    testedOn: (m) => {
      let latest: string | null = null;
      for (const p of placements) {
        for (const r of ctx.idx.resultsOfPupil.get(p.leerling_id) ?? []) {
          const lvs = ctx.idx.toets.get(r.toets_id)?.level_system === 'I-V';
          if (lvs && sameMeetpunt(r, m) && r.afnamedatum && (latest === null || r.afnamedatum > latest))
            latest = r.afnamedatum;
        }
      }
      return latest;
    },
  };
}

/** One school: per started period its groups' rows and plans, and the observations per schooljaar. */
function addSchool(ctx: HgwContext, schoolId: string, s: number): void {
  const ib = ctx.data.accounts.find((a) => a.schoolIndex === s && a.role === 'ib');
  if (!ib) return;
  const behind = ctx.data.accounts.find((a) => a.schoolIndex === s && a.email.startsWith(BEHIND_LOGIN));
  const periods = periodsOf(ctx, schoolId);
  const running = periods.filter((p) => p.start <= ctx.today).at(-1);
  let earlier = new Set<string>();
  for (const p of periods) {
    const made = planDay(ctx, p);
    if (made >= ctx.today) continue;
    const written = new Set<string>();
    const groups = ctx.data.groep.filter(
      (g) =>
        g.school_id === schoolId && g.kind === 'stamgroep' && ctx.idx.yearOfGroup.get(g.id) === p.schooljaar,
    );
    for (const row of groups) {
      const g = hgwGroup(ctx, row.id, s, ib);
      const upper = g?.pupilsOn(made).some((id) => resultsBefore(ctx, id, made));
      if (!g || !upper) continue;
      const isBehind = p === running && behind !== undefined && g.author.id === behind.id;
      if (isBehind) continue;
      for (const id of addOverzicht(ctx, g, p, made, earlier, p === running)) written.add(id);
      addPlans(ctx, g, p, made);
    }
    earlier = written;
  }
  for (const schooljaar of [...new Set(periods.map((p) => p.schooljaar))]) {
    for (const row of ctx.data.groep.filter(
      (g) => g.school_id === schoolId && ctx.idx.yearOfGroup.get(g.id) === schooljaar,
    )) {
      const g = hgwGroup(ctx, row.id, s, ib);
      if (g) addObservations(ctx, g, schooljaar, ctx.rng.chance(0.5) ? 1 : 0);
    }
  }
}

/** Whether the pupil has a toets result from before `day`: groep 3 and up, not the kleuters. */
function resultsBefore(ctx: HgwContext, pupilId: string, day: string): boolean {
  return (ctx.idx.resultsOfPupil.get(pupilId) ?? []).some((r) => (r.afnamedatum ?? '') < day);
}

export function hgwDemo(data: DemoData, options: { seed: number; now: Date }): HgwDemo {
  const rng = new Random(options.seed + 16);
  const nowMs = options.now.getTime();
  const ctx: HgwContext = {
    data,
    out: emptyHgw(),
    idx: indexDemo(data),
    rng,
    id: () => rng.uuid(nowMs),
    today: options.now.toISOString().slice(0, 10),
    iso: options.now.toISOString(),
  };
  data.summary.schoolIds.forEach((schoolId, s) => addSchool(ctx, schoolId, s));
  addTeambesprekingen(ctx);
  return ctx.out;
}
