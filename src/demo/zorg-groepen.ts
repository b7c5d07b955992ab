/**
 * The jaarplanning of the demo: per schooljaar the app's two default periods, and a groepsbespreking
 * for every stamgroep after each period's closing toetsen (early February after M, late June after E).
 * The ones before today were held, with the IB's answers; the ones to come are planned. Held ones stay
 * 'gehouden': the app then shows the agenda live from the data, where a frozen (vastgesteld) one would
 * need the server's own agenda code to make its snapshot.
 */
import { schooljaarStartYear } from '../domain/schooljaar';
import { VAKKEN } from '../shared/vakken';
import type { ZorgContext, ZorgSchool } from './zorg-context';
import { at, schoolDayAfter } from './zorg-dates';
import { groepAnswers, type Cell } from './zorg-groep-texts';
import { atOrAboveIII, levelOf, pupilsInGroupOn, resultsAt, type Kind, type Meetpunt } from './zorg-figures';

export interface Periode {
  id: string;
  kind: Kind;
  endDate: string;
}

/** A groepsbespreking the demo planned, for the later steps (raising pupils, afspraken). */
export interface Groepsbespreking {
  id: string;
  groupId: string;
  periodeId: string;
  schooljaar: string;
  meetpunt: Meetpunt;
  periodEnd: string;
  day: string;
  held: boolean;
}

/** The periods the app makes for a schooljaar until the school sets its own (periods.ts). */
function addPeriods(ctx: ZorgContext, schoolId: string, schooljaar: string): Periode[] {
  const start = schooljaarStartYear(schooljaar);
  const defaults = [
    {
      volgnummer: 1,
      name: 'Periode 1 (augustus–januari)',
      start_date: `${start}-08-01`,
      end_date: `${start + 1}-01-31`,
      closing_kind: 'M' as const,
    },
    {
      volgnummer: 2,
      name: 'Periode 2 (februari–juli)',
      start_date: `${start + 1}-02-01`,
      end_date: `${start + 1}-07-31`,
      closing_kind: 'E' as const,
    },
  ];
  return defaults.map((d) => {
    const id = ctx.id();
    ctx.out.periode.push({ ...d, id, school_id: schoolId, schooljaar, created_at: ctx.iso });
    return { id, kind: d.closing_kind, endDate: d.end_date };
  });
}

/** Per jaargroep and vak of the group at the meetpunt: the share at III or higher and the ambition. */
function cellsOf(ctx: ZorgContext, schoolId: string, g: Groepsbespreking): Cell[] {
  const counts = new Map<
    string,
    { jaargroep: number; vak: (typeof VAKKEN)[number]; n: number; ok: number }
  >();
  for (const pupilId of pupilsInGroupOn(ctx.idx, g.groupId, g.periodEnd)) {
    for (const [vak, r] of resultsAt(ctx.idx, pupilId, g.meetpunt)) {
      const jaargroep = Number(r.moment.slice(1));
      const key = `${jaargroep}|${vak}`;
      const c = counts.get(key) ?? { jaargroep, vak, n: 0, ok: 0 };
      c.n += 1;
      if (atOrAboveIII(levelOf(ctx.idx, r))) c.ok += 1;
      counts.set(key, c);
    }
  }
  return [...counts.values()]
    .sort((a, b) => a.jaargroep - b.jaargroep || VAKKEN.indexOf(a.vak) - VAKKEN.indexOf(b.vak))
    .map((c) => {
      const ambition = ctx.data.ogw.ambitie.find(
        (a) =>
          a.school_id === schoolId &&
          a.schooljaar === g.schooljaar &&
          a.vak === c.vak &&
          a.jaargroep === c.jaargroep &&
          a.moment === g.meetpunt.kind &&
          a.kind === 'atOrAbove',
      );
      const target = ambition ? (JSON.parse(ambition.target) as { minShare?: number }).minShare : undefined;
      return { jaargroep: c.jaargroep, vak: c.vak, n: c.n, share: c.ok / c.n, target: target ?? null };
    });
}

/** The day of a groepsbespreking: in the two weeks after the period's closing toetsen. */
function dayOf(ctx: ZorgContext, schooljaar: string, kind: Kind): string {
  const end = schooljaarStartYear(schooljaar) + 1;
  const day = kind === 'M' ? 2 + ctx.rng.int(0, 9) : 15 + ctx.rng.int(0, 10);
  return schoolDayAfter(`${end}-${kind === 'M' ? '02' : '06'}-${String(day).padStart(2, '0')}`);
}

function addGroepsbespreking(ctx: ZorgContext, school: ZorgSchool, g: Groepsbespreking): void {
  const { ib } = school;
  // The IB fills in the jaarplanning at the start of the schooljaar.
  const planningDay = `${schooljaarStartYear(g.schooljaar)}-09-08`;
  const planned = at(planningDay < ctx.today ? planningDay : ctx.today, '09:00');
  const answers = g.held ? groepAnswers(ctx.rng, cellsOf(ctx, school.schoolId, g), g.meetpunt.kind) : {};
  ctx.out.bespreking.push({
    id: g.id,
    school_id: school.schoolId,
    kind: 'groepsbespreking',
    schooljaar: g.schooljaar,
    periode_id: g.periodeId,
    groep_id: g.groupId,
    leerling_id: null,
    planned_on: g.day,
    held_on: g.held ? g.day : null,
    status: g.held ? 'gehouden' : 'gepland',
    answers: JSON.stringify(answers),
    decision: null,
    snapshot: null,
    version: g.held ? 3 : 1,
    created_by: ib.id,
    created_at: planned,
    updated_by: ib.id,
    updated_at: g.held ? at(g.day, '16:30') : planned,
  });
  const people = [...(ctx.idx.accountsOfGroup.get(g.groupId) ?? []), ib];
  for (const person of people.filter((p, i) => people.findIndex((q) => q.id === p.id) === i)) {
    ctx.out.bespreking_deelnemer.push({
      id: ctx.id(),
      bespreking_id: g.id,
      kind: 'medewerker',
      user_id: person.id,
      verzorger_id: null,
      name: person.name,
      role: null,
      organisation: null,
    });
  }
}

/** Periods and the groepsbesprekingen of every stamgroep of the school in the demo's years. */
export function addJaarplanning(ctx: ZorgContext, school: ZorgSchool): Groepsbespreking[] {
  const made: Groepsbespreking[] = [];
  for (const schooljaar of ctx.years) {
    const periods = addPeriods(ctx, school.schoolId, schooljaar);
    const groups = ctx.data.groep.filter(
      (g) =>
        g.school_id === school.schoolId &&
        g.kind === 'stamgroep' &&
        ctx.idx.yearOfGroup.get(g.id) === schooljaar,
    );
    for (const periode of periods) {
      for (const group of groups) {
        const day = dayOf(ctx, schooljaar, periode.kind);
        const g: Groepsbespreking = {
          id: ctx.id(),
          groupId: group.id,
          periodeId: periode.id,
          schooljaar,
          meetpunt: { schooljaar, kind: periode.kind },
          periodEnd: periode.endDate,
          day,
          held: day < ctx.today,
        };
        addGroepsbespreking(ctx, school, g);
        made.push(g);
      }
    }
  }
  return made;
}
