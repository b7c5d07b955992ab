/**
 * The demo's two OPPs, each with its history as the app would have written it: the zorgteam that
 * decided it (after the pupil was raised in a groepsbespreking, when that one is in the demo), the
 * verzorgers and their consent to involve the samenwerkingsverband, the zorgniveau, the first draft,
 * the filled-in version, the overleg with the verzorgers ending in their instemming on that version,
 * and the vaststelling (leerling.opp_since follows it); then the afspraken it led to.
 */
import { schooljaarOfDate, schooljaarStartYear } from '../domain/schooljaar';
import type { OppContent } from '../server/features/opp/opp.schema';
import type { DemoAccount } from './generator';
import type { Pupil, ZorgContext, ZorgSchool } from './zorg-context';
import { addDays, at, schoolDayAfter, schoolDayBefore } from './zorg-dates';
import type { Groepsbespreking } from './zorg-groepen';
import { meetpuntName, meetpuntOrder, vakLower } from './zorg-figures';
import type { OppCase } from './zorg-opp-pick';
import { draftContent, oppContent, profielFor, type OppVakFigures } from './zorg-opp-texts';
import { figureLine, raiseReason } from './zorg-pupil-texts';
import {
  addConsent,
  addPupilTalk,
  addVerzorgers,
  raisePupil,
  setZorgniveau,
  type Verzorger,
} from './zorg-records';

export interface OppMade {
  oppId: string;
  pupil: Pupil;
  decidedOn: string;
  vastgesteldOn: string;
  verzorgers: Verzorger[];
  vakken: OppVakFigures[];
}

export const SWV = 'Samenwerkingsverband De Brug';

/** The decision follows the baseline meetpunt: in February after M, in September after E. */
function decisionDay(ctx: ZorgContext, c: OppCase): string {
  const year = schooljaarStartYear(c.baselineMeetpunt.schooljaar) + 1;
  return c.baselineMeetpunt.kind === 'M'
    ? schoolDayAfter(`${year}-02-${16 + ctx.rng.int(0, 9)}`)
    : schoolDayAfter(`${year}-09-${15 + ctx.rng.int(0, 10)}`);
}

function vakFigures(ctx: ZorgContext, c: OppCase): OppVakFigures[] {
  return c.vakken.map((v) => ({
    vak: v.vak,
    baseline: {
      toetsId: v.baseline.toets_id,
      toetsName: ctx.idx.toets.get(v.baseline.toets_id)?.name ?? '',
      schooljaar: v.baseline.schooljaar,
      moment: v.baseline.moment,
      score: v.baseline.vaardigheidsscore ?? null,
      dl: v.dl,
      dle: v.dle,
    },
    prior: v.prior,
    lrv: v.lrv,
  }));
}

/** The zorgteam that decided on the OPP, with the samenwerkingsverband at the table. */
function decidingZorgteam(
  ctx: ZorgContext,
  school: ZorgSchool,
  c: OppCase,
  day: string,
  verzorgers: Verzorger[],
) {
  const { pupil } = c;
  const vakken = c.vakken.map((v) => v.vak);
  addPupilTalk(ctx, school, {
    kind: 'zorgteam',
    pupilId: pupil.id,
    day,
    held: true,
    answers: {
      ontwikkeling: `${pupil.roepnaam} ontwikkelt zich bij ${vakken.map(vakLower).join(' en ')} duidelijk onder het verwachte niveau. ${figureLine(ctx.idx, pupil, c.baselineMeetpunt, vakken)}. De achterstand is na twee periodes extra ondersteuning in de groep niet kleiner geworden; werkhouding en motivatie zijn goed.`,
      doelenKomendePeriode: `Een eigen leerlijn voor ${vakken.map(vakLower).join(' en ')} met een leerrendementsverwachting per vak, zodat we kunnen zien of de aanpak werkt. Gedrag: zelfstandig werken met een stappenplan. Ouders oefenen thuis kort met het materiaal van school.`,
      oppAanpassen:
        'Ja: het zorgteam besluit tot een ontwikkelingsperspectief. De IB stelt het OPP op met de leerkracht en de ouders; vaststelling binnen zes weken.',
    },
    decision: {
      code: 'opp_opstellen',
      toelichting: `OPP opstellen met een uitstroomprofiel en een LRV voor ${vakken.map(vakLower).join(' en ')}; de ouders denken mee bij het opstellen.`,
    },
    staff: [school.ib, ...(school.leader ? [school.leader] : []), ...teachersOn(ctx, pupil.id, day)],
    externs: [{ name: 'Hans de Groot', role: 'trajectbegeleider', organisation: SWV }],
    verzorgers: verzorgers.filter((v) => v.gezag),
  });
}

/** The groups the pupil was placed in on that day. */
function groupsOn(ctx: ZorgContext, pupilId: string, day: string): string[] {
  const year = schooljaarOfDate(day);
  return (ctx.idx.placementsOfPupil.get(pupilId) ?? [])
    .filter(
      (p) =>
        ctx.idx.yearOfGroup.get(p.groep_id) === year &&
        p.start_date <= day &&
        (p.end_date == null || p.end_date >= day),
    )
    .map((p) => p.groep_id);
}

/** The accounts that taught the pupil on that day: who sits at the table for the group. */
export function teachersOn(ctx: ZorgContext, pupilId: string, day: string): DemoAccount[] {
  return groupsOn(ctx, pupilId, day).flatMap((g) => ctx.idx.accountsOfGroup.get(g) ?? []);
}

/** The names of the pupil's teachers on that day, accounts or not. */
function teacherNamesOn(ctx: ZorgContext, pupilId: string, day: string): string[] {
  return groupsOn(ctx, pupilId, day).flatMap((g) => ctx.idx.teacherNamesOfGroup.get(g) ?? []);
}

/** The groepsbespreking at the baseline meetpunt that sent the pupil on, if the demo has it. */
function raisingTalk(ctx: ZorgContext, c: OppCase, talks: readonly Groepsbespreking[], before: string) {
  const groups = new Set((ctx.idx.placementsOfPupil.get(c.pupil.id) ?? []).map((p) => p.groep_id));
  return talks.find(
    (t) =>
      t.held &&
      t.day < before &&
      groups.has(t.groupId) &&
      meetpuntOrder(t.meetpunt) === meetpuntOrder(c.baselineMeetpunt),
  );
}

function addVersions(
  ctx: ZorgContext,
  school: ZorgSchool,
  oppId: string,
  steps: { status: 'concept' | 'vastgesteld'; content: OppContent; reason: string; day: string }[],
) {
  steps.forEach((s, i) =>
    ctx.out.opp_versie.push({
      id: ctx.id(),
      opp_id: oppId,
      version: i + 1,
      status: s.status,
      content: JSON.stringify(s.content),
      reason: s.reason,
      changed_by: school.ib.id,
      changed_at: at(s.day, '14:00'),
    }),
  );
}

export function addOpp(
  ctx: ZorgContext,
  school: ZorgSchool,
  c: OppCase,
  talks: readonly Groepsbespreking[],
): OppMade {
  const { pupil } = c;
  const decided = decisionDay(ctx, c);
  const raise = raisingTalk(ctx, c, talks, decided);
  const verzorgers = addVerzorgers(ctx, school, pupil, raise?.day ?? addDays(decided, -14));
  if (raise) {
    raisePupil(ctx, raise.id, pupil.id, raiseReason(ctx.idx, pupil, c.baselineMeetpunt), raise.day);
    setZorgniveau(ctx, school, pupil.id, {
      niveau: 2,
      reason: 'Groepsbespreking: verlengde instructie en extra oefentijd in de groep.',
      day: raise.day,
    });
  } else {
    const tested = c.vakken[0]?.baseline.afnamedatum ?? addDays(decided, -60);
    const when = meetpuntName(c.baselineMeetpunt);
    setZorgniveau(ctx, school, pupil.id, {
      niveau: 3,
      reason: `Na de toetsen van ${when}: begeleiding met hulp van de IB, handelingsplan voor zes weken.`,
      day: schoolDayBefore(addDays(tested, 10)),
    });
  }
  const parent = verzorgers.find((v) => v.gezag);
  addConsent(ctx, school, {
    pupilId: pupil.id,
    by: parent,
    scope: 'swv',
    description: `Bespreken in het zorgteam met ${SWV} en het OPP met hen delen.`,
    givenOn: schoolDayBefore(addDays(decided, -7)),
    validUntil: `${schooljaarStartYear(schooljaarOfDate(decided)) + 2}-07-31`,
  });
  decidingZorgteam(ctx, school, c, decided, verzorgers);
  setZorgniveau(ctx, school, pupil.id, {
    niveau: 4,
    reason: 'Zorgteam: OPP met een eigen leerlijn, met begeleiding van het samenwerkingsverband.',
    day: decided,
  });
  return writeOpp(ctx, school, c, { decided, verzorgers });
}

function writeOpp(
  ctx: ZorgContext,
  school: ZorgSchool,
  c: OppCase,
  when: { decided: string; verzorgers: Verzorger[] },
): OppMade {
  const { pupil } = c;
  const vakken = vakFigures(ctx, c);
  const content = oppContent(ctx.rng, pupil, {
    vakken,
    decidedOn: when.decided,
    profiel: profielFor(Math.round(vakken.reduce((s, v) => s + v.prior, 0) / vakken.length)),
  });
  const created = schoolDayAfter(addDays(when.decided, 2));
  const vastgesteld = schoolDayBefore(addDays(when.decided, 28 + ctx.rng.int(0, 9)));
  const filled = schoolDayBefore(addDays(vastgesteld, -8));
  const talked = schoolDayBefore(addDays(vastgesteld, -3));
  const draft = draftContent(
    content.reden,
    content.vakken.map((v) => ({ ...v, lrv: null, toelichting: '' })),
  );
  const oppId = ctx.id();
  ctx.out.opp.push({
    id: oppId,
    leerling_id: pupil.id,
    school_id: school.schoolId,
    status: 'vastgesteld',
    decided_on: when.decided,
    vastgesteld_on: vastgesteld,
    ended_on: null,
    content: JSON.stringify(content),
    version: 3,
    created_by: school.ib.id,
    created_at: at(created, '14:00'),
    updated_by: school.ib.id,
    updated_at: at(vastgesteld, '14:00'),
  });
  addVersions(ctx, school, oppId, [
    { status: 'concept', content: draft, reason: 'aangemaakt', day: created },
    { status: 'concept', content, reason: 'gewijzigd', day: filled },
    { status: 'vastgesteld', content, reason: 'vastgesteld', day: vastgesteld },
  ]);
  const parents = when.verzorgers.filter((v) => v.gezag);
  ctx.out.opp_overleg.push({
    id: ctx.id(),
    opp_id: oppId,
    opp_version: 2,
    held_on: talked,
    participants: [
      ...parents.map((v) => `${v.name} (${v.relation})`),
      `${school.ib.name} (intern begeleider)`,
      ...teacherNamesOn(ctx, pupil.id, talked).map((n) => `${n} (leerkracht)`),
    ].join(', '),
    parents_view: `Wij zien thuis ook dat ${pupil.roepnaam} het moeilijk heeft en zijn blij dat er een plan op maat komt. Belangrijk voor ons: dat ${pupil.roepnaam} niet apart van de groep komt te zitten en dat we horen hoe we thuis kunnen helpen.`,
    outcome: 'instemming',
    note: 'Ouders stemmen in met het handelingsdeel. Afgesproken: elke zes weken kort contact over de voortgang.',
    recorded_by: school.ib.id,
    recorded_at: at(talked, '16:00'),
  });
  ctx.out.oppSince.push({ leerlingId: pupil.id, since: vastgesteld });
  return {
    oppId,
    pupil,
    decidedOn: when.decided,
    vastgesteldOn: vastgesteld,
    verzorgers: when.verzorgers,
    vakken,
  };
}
