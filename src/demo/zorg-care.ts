/**
 * The pupils the IB of a demo school is busy with this autumn (dates count back from today): one of the
 * demo teacher's pupils after a leerlingbespreking with afspraken for the teacher (one past its
 * deadline), one in the zorgteam with the orthopedagoog of the samenwerkingsverband (consent given),
 * and one raised in the last groepsbespreking whose leerlingbespreking is still to come. Each was sent
 * on by a groepsbespreking of the group they were in then, when the demo has that one.
 */
import type { Pupil, ZorgContext, ZorgSchool } from './zorg-context';
import { addDays, schoolDayAfter, schoolDayBefore } from './zorg-dates';
import type { Groepsbespreking } from './zorg-groepen';
import { concern, type Meetpunt } from './zorg-figures';
import { leerlingAnswers, raiseReason, zorgteamAnswers } from './zorg-pupil-texts';
import { teachersOn } from './zorg-opp';
import {
  addAfspraak,
  addConsent,
  addPupilTalk,
  addVerzorgers,
  raisePupil,
  setZorgniveau,
} from './zorg-records';

interface Pick {
  pupil: Pupil;
  groupId: string;
  raise: Groepsbespreking | undefined;
  meetpunt: Meetpunt;
}

/** Pupils placed now in these current groups, with their group. */
function activeIn(
  ctx: ZorgContext,
  groupIds: readonly string[],
): { pupilId: string; groupId: string; jaargroep: number }[] {
  return groupIds.flatMap((groupId) =>
    (ctx.idx.placementsOfGroup.get(groupId) ?? [])
      .filter((p) => p.end_date == null)
      .map((p) => ({ pupilId: p.leerling_id, groupId, jaargroep: Number(p.jaargroep) })),
  );
}

/** The most worrying pupil of the candidates, with the held groepsbespreking that raised them. */
function pickPupil(
  ctx: ZorgContext,
  candidates: { pupilId: string; groupId: string }[],
  talks: readonly Groepsbespreking[],
  before: string,
  taken: Set<string>,
): Pick | null {
  const latest = ctx.meetpunten.at(-1);
  let best: (Pick & { score: number }) | null = null;
  for (const c of candidates) {
    const pupil = ctx.idx.pupil.get(c.pupilId);
    if (!pupil || taken.has(c.pupilId)) continue;
    const groups = new Set((ctx.idx.placementsOfPupil.get(c.pupilId) ?? []).map((p) => p.groep_id));
    const raise = talks.filter((t) => t.held && t.day <= before && groups.has(t.groupId)).at(-1);
    const meetpunt = raise?.meetpunt ?? latest;
    if (!meetpunt) continue;
    const score = concern(ctx.idx, c.pupilId, meetpunt);
    if (!best || score > best.score) best = { pupil, groupId: c.groupId, raise, meetpunt, score };
  }
  if (best) taken.add(best.pupil.id);
  return best;
}

function raiseAndMark(ctx: ZorgContext, school: ZorgSchool, p: Pick): void {
  if (!p.raise) return;
  raisePupil(ctx, p.raise.id, p.pupil.id, raiseReason(ctx.idx, p.pupil, p.meetpunt), p.raise.day);
  setZorgniveau(ctx, school, p.pupil.id, {
    niveau: 2,
    reason: 'Groepsbespreking: verlengde instructie en extra oefentijd in de groep.',
    day: p.raise.day,
  });
}

/** A pupil of the demo teacher's group: leerlingbespreking, then afspraken for teacher and IB. */
function teacherPupil(ctx: ZorgContext, school: ZorgSchool, p: Pick): void {
  const day = schoolDayBefore(addDays(ctx.today, -40));
  raiseAndMark(ctx, school, p);
  addVerzorgers(ctx, school, p.pupil, p.raise?.day ?? addDays(day, -20));
  const talk = leerlingAnswers(ctx.rng, ctx.idx, p.pupil, p.meetpunt);
  const teachers = teachersOn(ctx, p.pupil.id, day);
  const id = addPupilTalk(ctx, school, {
    kind: 'leerlingbespreking',
    pupilId: p.pupil.id,
    day,
    held: true,
    answers: talk.answers,
    decision: talk.decision,
    staff: [school.ib, ...teachers],
    externs: [],
    verzorgers: [],
  });
  setZorgniveau(ctx, school, p.pupil.id, {
    niveau: 3,
    reason: `Leerlingbespreking: zes weken intensieve begeleiding in de groep, met hulp van de IB.`,
    day,
  });
  // The pupil's teacher now holds the afspraken, also when the bespreking fell in last schooljaar.
  const owner = teachersOn(ctx, p.pupil.id, ctx.today)[0] ?? teachers[0] ?? school.ib;
  const name = p.pupil.roepnaam;
  const base = { besprekingId: id, leerlingId: p.pupil.id, madeOn: day };
  addAfspraak(ctx, school, {
    ...base,
    text: `Dagelijks tien minuten extra instructie aan de instructietafel voor ${name}; voortgang bijhouden in het logboek.`,
    owner,
    deadline: schoolDayAfter(addDays(ctx.today, 18)),
  });
  addAfspraak(ctx, school, {
    ...base,
    text: `Ouders van ${name} uitnodigen om de aanpak voor thuis samen door te nemen.`,
    owner,
    deadline: schoolDayBefore(addDays(ctx.today, -9)),
  });
  const visit = schoolDayBefore(addDays(day, 17));
  addAfspraak(ctx, school, {
    ...base,
    text: `Klassenbezoek in de groep van ${name}: kijken naar de verlengde instructie en feedback geven.`,
    owner: school.ib,
    deadline: schoolDayAfter(addDays(day, 21)),
    doneOn: visit < ctx.today ? visit : schoolDayBefore(addDays(ctx.today, -1)),
  });
}

/** A pupil in the zorgteam with the orthopedagoog of the samenwerkingsverband. */
function zorgteamPupil(ctx: ZorgContext, school: ZorgSchool, p: Pick): void {
  const day = schoolDayBefore(addDays(ctx.today, -16));
  const schooljaarEnd = `${ctx.years.at(-1)?.slice(5) ?? ''}-07-31`;
  raiseAndMark(ctx, school, p);
  const verzorgers = addVerzorgers(ctx, school, p.pupil, p.raise?.day ?? addDays(day, -30));
  const parents = verzorgers.filter((v) => v.gezag);
  addConsent(ctx, school, {
    pupilId: p.pupil.id,
    by: parents[0],
    scope: 'extern_deskundige',
    description:
      'Het leerlingdossier delen met de orthopedagoog van Samenwerkingsverband De Brug, die deelneemt aan het zorgteam.',
    givenOn: schoolDayBefore(addDays(day, -10)),
    validUntil: schooljaarEnd,
  });
  const talk = zorgteamAnswers(ctx.rng, ctx.idx, p.pupil, p.meetpunt);
  const id = addPupilTalk(ctx, school, {
    kind: 'zorgteam',
    pupilId: p.pupil.id,
    day,
    held: true,
    answers: talk.answers,
    decision: talk.decision,
    staff: [school.ib, ...(school.leader ? [school.leader] : []), ...teachersOn(ctx, p.pupil.id, day)],
    externs: [
      { name: 'Marloes Verbeek', role: 'orthopedagoog', organisation: 'Samenwerkingsverband De Brug' },
    ],
    verzorgers: parents,
  });
  addConsent(ctx, school, {
    pupilId: p.pupil.id,
    by: parents[0],
    scope: 'onderzoek',
    description: 'Didactisch onderzoek door de orthopedagoog van Samenwerkingsverband De Brug.',
    givenOn: schoolDayBefore(addDays(day, 2)),
    validUntil: null,
  });
  setZorgniveau(ctx, school, p.pupil.id, {
    niveau: 4,
    reason: 'Zorgteam: orthopedagoog van het samenwerkingsverband ingeschakeld voor onderzoek.',
    day,
  });
  const base = { besprekingId: id, leerlingId: p.pupil.id, madeOn: day, owner: school.ib };
  addAfspraak(ctx, school, {
    ...base,
    text: 'Aanmelding voor het didactisch onderzoek naar het samenwerkingsverband sturen (toestemming van de ouders is binnen).',
    deadline: schoolDayAfter(addDays(day, 7)),
    doneOn: schoolDayBefore(addDays(day, 3)),
  });
  addAfspraak(ctx, school, {
    ...base,
    text: 'Uitslag van het onderzoek bespreken met ouders en leerkracht; daarna zorgniveau en aanpak herzien.',
    deadline: schoolDayAfter(addDays(ctx.today, 35)),
  });
}

/** A pupil raised in the last groepsbespreking, whose leerlingbespreking is planned. */
function plannedPupil(ctx: ZorgContext, school: ZorgSchool, p: Pick): void {
  raiseAndMark(ctx, school, p);
  addVerzorgers(ctx, school, p.pupil, p.raise?.day ?? ctx.today);
  addPupilTalk(ctx, school, {
    kind: 'leerlingbespreking',
    pupilId: p.pupil.id,
    day: schoolDayAfter(addDays(ctx.today, 11)),
    held: false,
    answers: {},
    decision: null,
    staff: [school.ib, ...teachersOn(ctx, p.pupil.id, ctx.today)],
    externs: [],
    verzorgers: [],
  });
}

export function addCarePupils(
  ctx: ZorgContext,
  school: ZorgSchool,
  talks: readonly Groepsbespreking[],
  /** Pupils not to pick: the untouched ones and those with an OPP. */
  taken: Set<string>,
): void {
  const teacherGroup = school.groups.find((g) =>
    (ctx.idx.accountsOfGroup.get(g.id) ?? []).some((a) => a.id === school.teacher?.id),
  );
  const upper = activeIn(
    ctx,
    school.groups.map((g) => g.id),
  ).filter((c) => c.jaargroep >= 4);
  const own = teacherGroup ? activeIn(ctx, [teacherGroup.id]) : upper;
  const first = pickPupil(ctx, own, talks, schoolDayBefore(addDays(ctx.today, -54)), taken);
  if (first) teacherPupil(ctx, school, first);
  const others = upper.filter((c) => c.groupId !== teacherGroup?.id);
  const second = pickPupil(ctx, others, talks, schoolDayBefore(addDays(ctx.today, -44)), taken);
  if (second) zorgteamPupil(ctx, school, second);
  const rest = others.filter((c) => c.groupId !== second?.groupId);
  const third = pickPupil(ctx, rest, talks, addDays(ctx.today, -1), taken);
  if (third) plannedPupil(ctx, school, third);
}
