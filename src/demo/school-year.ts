/**
 * One schooljaar of a demo school: pupils move up (a few repeat), new kleuters come in, a few join
 * mid-year and a few leave; every group takes the M and E toetsen on its own day, and groep 8 the
 * doorstroomtoets in February.
 */
import { schooljaarStartYear } from '../domain/schooljaar';
import { meanBase, repeatYear } from './ability';
import type { DemoContext, SimPupil } from './context';
import type { Layout } from './layout';
import { newPupil } from './pupils';
import { addDoorstroom, addResults } from './results';

export interface DemoSchool {
  schoolId: string;
  layout: Layout;
  teacherOf: Map<string, string>;
}

interface YearContext extends DemoSchool {
  year: string;
  start: number;
  groupIds: Map<string, string>;
  testDate: Map<string, string>;
  joinedOn: Map<string, string>;
}

const day = (n: number) => String(n).padStart(2, '0');

/** The first year fills every jaargroep; later years move everyone up and bring new kleuters. */
function advancePupils(
  ctx: DemoContext,
  school: DemoSchool,
  year: string,
  first: boolean,
  pupils: SimPupil[],
) {
  const { cohort } = school.layout;
  if (first) {
    for (let j = 1; j <= 8; j++) {
      for (let k = 0; k < cohort; k++) pupils.push(newPupil(ctx, school.schoolId, j, k, year));
    }
    return pupils;
  }
  for (const p of pupils) {
    // About one in fifty pupils repeats a year once (doublure), never in the kleutergroepen; mostly
    // pupils who are far behind, who then compare with younger classmates.
    const chance = meanBase(p.ability) < -1.2 ? 0.12 : 0.01;
    if (!p.repeated && p.jaargroep >= 3 && p.jaargroep < 8 && ctx.rng.next() < chance) {
      p.repeated = true;
      repeatYear(p.ability);
    } else p.jaargroep += 1;
  }
  const staying = pupils.filter((p) => p.jaargroep <= 8 && !p.left);
  for (let k = 0; k < cohort; k++) staying.push(newPupil(ctx, school.schoolId, 1, k, year));
  return staying;
}

function addGroups(ctx: DemoContext, school: DemoSchool, year: string, sjId: string): Map<string, string> {
  const groupIds = new Map<string, string>();
  for (const label of school.layout.labels) {
    const groupId = ctx.id();
    groupIds.set(label, groupId);
    const spec = school.layout.group(label);
    ctx.data.groep.push({
      id: groupId,
      school_id: school.schoolId,
      schooljaar_id: sjId,
      name: label,
      jaargroep: spec.jaargroepen.length > 1 ? 'C' : String(spec.jaargroepen[0]),
      kind: 'stamgroep',
      las_key: `${year}-${label}`,
      created_at: ctx.iso,
      updated_at: ctx.iso,
    });
    ctx.data.groep_leerkracht.push({ groep_id: groupId, medewerker_id: school.teacherOf.get(label) ?? '' });
  }
  return groupIds;
}

/** Test dates per group and moment: each group takes the test on its own day. */
function testDates(ctx: DemoContext, layout: Layout, start: number): Map<string, string> {
  const testDate = new Map<string, string>();
  for (const label of layout.labels) {
    testDate.set(`${label}|M`, `${start + 1}-01-${day(ctx.rng.int(19, 31))}`);
    testDate.set(`${label}|E`, `${start + 1}-06-${day(ctx.rng.int(1, 14))}`);
  }
  return testDate;
}

/** A few pupils join mid-year in the upper groups; returns the day each joined. */
function addJoiners(ctx: DemoContext, school: DemoSchool, year: string, start: number, pupils: SimPupil[]) {
  const { rng } = ctx;
  const { cohort } = school.layout;
  const joiners = rng.int(0, Math.max(1, Math.round(cohort / 10)));
  const joinedOn = new Map<string, string>();
  for (let k = 0; k < joiners; k++) {
    const p = newPupil(ctx, school.schoolId, rng.int(3, 8), rng.int(0, cohort), year);
    pupils.push(p);
    joinedOn.set(p.id, `${start + 1}-0${rng.int(1, 3)}-${day(rng.int(10, 28))}`);
  }
  return joinedOn;
}

/** Every pupil placed in their group (a departure ends it once it has happened), with results. */
function placePupils(ctx: DemoContext, y: YearContext, pupils: SimPupil[]): void {
  const { rng } = ctx;
  const resultYear = ctx.resultYears.includes(y.year);
  for (const p of pupils) {
    const label = y.layout.labelFor(p.jaargroep, p.stream);
    const groupId = y.groupIds.get(label);
    if (!groupId) continue;
    const startDate = y.joinedOn.get(p.id) ?? `${y.start}-08-01`;
    const leaves = rng.chance(0.025);
    const endDate = leaves ? `${y.start + 1}-0${rng.int(2, 5)}-${day(rng.int(10, 28))}` : null;
    // Leaving is only known once it has happened.
    const knownEnd = endDate !== null && endDate <= ctx.today ? endDate : null;
    if (knownEnd) p.left = true;
    ctx.data.plaatsing.push({
      id: ctx.id(),
      leerling_id: p.id,
      groep_id: groupId,
      jaargroep: String(p.jaargroep),
      start_date: startDate,
      // Only a mid-year departure ends a placement; the schooljaar itself bounds the rest.
      end_date: knownEnd,
    });
    if (!resultYear || p.jaargroep < 3) continue;
    addResults(ctx, p, {
      schooljaar: y.year,
      testDate: (kind) => y.testDate.get(`${label}|${kind}`) ?? '',
      from: startDate,
      until: knownEnd,
    });
  }
}

/** Runs one schooljaar; returns the pupils who move on to the next. */
export function simulateYear(
  ctx: DemoContext,
  school: DemoSchool,
  year: string,
  yearIndex: number,
  previous: SimPupil[],
): SimPupil[] {
  const start = schooljaarStartYear(year);
  const sjId = ctx.id();
  ctx.data.schooljaar.push({
    id: sjId,
    school_id: school.schoolId,
    name: year,
    start_date: `${start}-08-01`,
    end_date: `${start + 1}-07-31`,
  });
  const pupils = advancePupils(ctx, school, year, yearIndex === 0, previous);
  const groupIds = addGroups(ctx, school, year, sjId);
  const testDate = testDates(ctx, school.layout, start);
  const joinedOn = addJoiners(ctx, school, year, start, pupils);
  const y: YearContext = { ...school, year, start, groupIds, testDate, joinedOn };
  placePupils(ctx, y, pupils);
  addDoorstroom(ctx, year, start, pupils, joinedOn);
  // Pupils who left during an earlier year are gone; everyone else moves on next year.
  return pupils.filter((p) => !p.left);
}
