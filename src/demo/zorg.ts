/**
 * Leerlingzorg in the demo, so every screen of the IB's half of the 1-zorgroute shows data on first
 * start: per school with an IB login the jaarplanning of groepsbesprekingen (last year's held, this
 * year's held or planned), pupils raised to a leerlingbespreking, a leerlingbespreking, a zorgteam with
 * an external expert, afspraken, zorgniveaus, verzorgers and consents; in the first school two OPPs,
 * one on track and one under its expectation.
 *
 * It only adds rows: it draws from its own seeded source after everything else is generated and changes
 * nothing that was, so every earlier row of the demo stays the same to the byte. Pupils the tests of
 * other parts pick (the first ones of every group) are left alone.
 */
import { schooljaarOf, shiftSchooljaar } from '../domain/schooljaar';
import type { DemoData } from './generator';
import { Random } from './random';
import { addCarePupils } from './zorg-care';
import { emptyZorg, indexDemo, type ZorgContext, type ZorgDemo, type ZorgSchool } from './zorg-context';
import { addDays, at, schoolDayAfter, schoolDayBefore } from './zorg-dates';
import { meetpuntOrder, type Meetpunt } from './zorg-figures';
import { addJaarplanning, type Groepsbespreking } from './zorg-groepen';
import { addOpp, teachersOn, type OppMade } from './zorg-opp';
import { pickOppPupils } from './zorg-opp-pick';
import { addAfspraak, addPupilTalk } from './zorg-records';

export type { ZorgDemo } from './zorg-context';
export { emptyZorg } from './zorg-context';

/** How many pupils at the start of each group the demo leaves alone: the ones tests pick. */
const UNTOUCHED_PER_GROUP = 8;

function meetpuntenOf(ctx: Pick<ZorgContext, 'data' | 'idx'>): Meetpunt[] {
  const seen = new Map<string, Meetpunt>();
  for (const r of ctx.data.toetsresultaat) {
    if (ctx.idx.toets.get(r.toets_id)?.level_system !== 'I-V') continue;
    const kind = r.moment.startsWith('E') ? 'E' : 'M';
    seen.set(`${r.schooljaar}|${kind}`, { schooljaar: r.schooljaar, kind });
  }
  return [...seen.values()].sort((a, b) => meetpuntOrder(a) - meetpuntOrder(b));
}

function schoolOf(ctx: ZorgContext, schoolId: string, index: number): ZorgSchool | null {
  const account = (role: string) =>
    ctx.data.accounts.find((a) => a.schoolIndex === index && a.role === role) ?? null;
  const ib = account('ib');
  if (!ib) return null;
  const groupsIn = (year: string | undefined) =>
    ctx.data.groep.filter((g) => g.school_id === schoolId && ctx.idx.yearOfGroup.get(g.id) === year);
  const untouched = new Set<string>();
  for (const g of [...groupsIn(ctx.years.at(-1)), ...groupsIn(ctx.years.at(-2))]) {
    const placed = ctx.idx.placementsOfGroup.get(g.id) ?? [];
    for (const p of placed.slice(0, UNTOUCHED_PER_GROUP)) untouched.add(p.leerling_id);
    const active = placed.filter((p) => p.end_date == null).slice(0, UNTOUCHED_PER_GROUP);
    for (const p of active) untouched.add(p.leerling_id);
  }
  return {
    schoolId,
    ib,
    leader: account('schoolleider'),
    teacher: account('leerkracht'),
    groups: groupsIn(ctx.years.at(-1)),
    untouched,
  };
}

/** After the OPP: its yearly evaluation with the parents coming up, a teacher's note, and afspraken. */
function followOnTrack(ctx: ZorgContext, school: ZorgSchool, opp: OppMade): void {
  const { pupil } = opp;
  const teachers = teachersOn(ctx, pupil.id, ctx.today);
  const talkDay = schoolDayAfter(addDays(ctx.today, 6));
  addPupilTalk(ctx, school, {
    kind: 'oudergesprek',
    pupilId: pupil.id,
    day: talkDay,
    held: false,
    answers: {},
    decision: null,
    staff: [school.ib, ...teachers],
    externs: [],
    verzorgers: opp.verzorgers.filter((v) => v.gezag),
  });
  const link = { kind: 'opp' as const, id: opp.oppId };
  addAfspraak(ctx, school, {
    text: `Jaarlijkse evaluatie van het OPP van ${pupil.roepnaam} met de ouders voorbereiden: de figuren per vak en een kort verslag van de leerkracht.`,
    owner: school.ib,
    deadline: schoolDayBefore(addDays(talkDay, -1)),
    madeOn: schoolDayBefore(addDays(ctx.today, -10)),
    leerlingId: pupil.id,
    link,
  });
  const teacher = teachers[0];
  if (!teacher) return;
  const noted = schoolDayBefore(addDays(ctx.today, -12));
  ctx.out.opp_evaluatie.push({
    id: ctx.id(),
    opp_id: opp.oppId,
    kind: 'notitie',
    evaluated_on: noted,
    content: JSON.stringify({ vakken: [] }),
    note: `De eigen leerlijn werkt: ${pupil.roepnaam} maakt de opdrachten steeds vaker zelfstandig af. Bij opgaven met meerdere stappen is nog veel steun nodig; het stappenplan op tafel helpt.`,
    with_parents: 0,
    recorded_by: teacher.id,
    recorded_at: at(noted, '15:45'),
  });
}

function addOpps(
  ctx: ZorgContext,
  school: ZorgSchool,
  talks: readonly Groepsbespreking[],
  taken: Set<string>,
): void {
  const candidates = school.groups
    .flatMap((g) => ctx.idx.placementsOfGroup.get(g.id) ?? [])
    .filter((p) => p.end_date == null && Number(p.jaargroep) >= 7 && !taken.has(p.leerling_id))
    .flatMap((p) => ctx.idx.pupil.get(p.leerling_id) ?? []);
  const picked = pickOppPupils(ctx, candidates);
  if (!picked) return;
  const onTrack = addOpp(ctx, school, picked.onTrack, talks);
  const under = addOpp(ctx, school, picked.under, talks);
  for (const opp of [onTrack, under]) {
    taken.add(opp.pupil.id);
    addAfspraak(ctx, school, {
      text: `OPP van ${opp.pupil.roepnaam} opstellen en met de ouders bespreken; vaststellen binnen zes weken.`,
      owner: school.ib,
      deadline: addDays(opp.decidedOn, 42),
      madeOn: opp.decidedOn,
      doneOn: opp.vastgesteldOn,
      leerlingId: opp.pupil.id,
      link: { kind: 'opp', id: opp.oppId },
    });
  }
  followOnTrack(ctx, school, onTrack);
  const teacher = teachersOn(ctx, under.pupil.id, ctx.today)[0];
  const why = 'de laatste meting ligt onder de verwachte lijn van het OPP';
  addAfspraak(ctx, school, {
    text: teacher
      ? `Aanpak van ${under.pupil.roepnaam} bijstellen: ${why}. Voorstel bespreken met de IB.`
      : `Aanpak van ${under.pupil.roepnaam} met de leerkracht bijstellen: ${why}.`,
    owner: teacher ?? school.ib,
    deadline: schoolDayAfter(addDays(ctx.today, 14)),
    madeOn: schoolDayBefore(addDays(ctx.today, -3)),
    leerlingId: under.pupil.id,
    link: { kind: 'opp', id: under.oppId },
  });
}

export function zorgDemo(data: DemoData, options: { seed: number; now: Date }): ZorgDemo {
  // Its own stream: the rest of the demo draws exactly as it did before leerlingzorg was added.
  const rng = new Random(options.seed + 12);
  const nowMs = options.now.getTime();
  const current = schooljaarOf(options.now);
  const idx = indexDemo(data);
  const ctx: ZorgContext = {
    data,
    out: emptyZorg(),
    idx,
    rng,
    id: () => rng.uuid(nowMs),
    today: options.now.toISOString().slice(0, 10),
    iso: options.now.toISOString(),
    years: [shiftSchooljaar(current, -1), current].filter((y) => data.summary.schooljaren.includes(y)),
    meetpunten: meetpuntenOf({ data, idx }),
  };
  data.summary.schoolIds.forEach((schoolId, s) => {
    const school = schoolOf(ctx, schoolId, s);
    if (!school) return;
    const talks = addJaarplanning(ctx, school);
    const taken = new Set(school.untouched);
    if (s === 0) addOpps(ctx, school, talks, taken);
    addCarePupils(ctx, school, talks, taken);
  });
  return ctx.out;
}
