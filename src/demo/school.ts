/** One demo school: its row, its teachers, and its schooljaren one after another. */
import type { DemoContext, SimPupil } from './context';
import { groupLayout, type Layout, type LayoutKind } from './layout';
import { FIRST_NAMES_BOYS, FIRST_NAMES_GIRLS, LAST_NAMES, PLACE_NAMES, SCHOOL_NAMES } from './names';
import { simulateYear } from './school-year';

function layoutKindFor(index: number): LayoutKind {
  if (index === 0) return 'regular';
  if (index === 1) return 'small';
  return (['regular', 'large', 'small', 'regular'] as const)[index % 4] ?? 'regular';
}

function addSchoolRow(ctx: DemoContext, s: number, schoolId: string, bestuurId: string): void {
  ctx.data.school.push({
    id: schoolId,
    bestuur_id: bestuurId,
    brin: `${String(10 + (s % 90)).padStart(2, '0')}${String.fromCharCode(65 + (Math.floor(s / 90) % 26))}Z`,
    vestiging: s % 5 === 4 ? '01' : null,
    name: `${SCHOOL_NAMES[s % SCHOOL_NAMES.length]}${s >= SCHOOL_NAMES.length ? ` ${Math.floor(s / SCHOOL_NAMES.length) + 1}` : ''}, ${PLACE_NAMES[s % PLACE_NAMES.length]}`,
    schoolweging: Math.round((26 + ctx.rng.next() * 10) * 10) / 10,
    created_at: ctx.iso,
    updated_at: ctx.iso,
  });
}

/** Staff: one teacher per group label, who keeps the same group every year. */
function addTeachers(ctx: DemoContext, schoolId: string, layout: Layout): Map<string, string> {
  const { rng, iso } = ctx;
  const teacherOf = new Map<string, string>();
  for (const label of layout.labels) {
    const teacherId = ctx.id();
    teacherOf.set(label, teacherId);
    const girl = rng.chance(0.8);
    ctx.data.medewerker.push({
      id: teacherId,
      school_id: schoolId,
      user_id: null,
      las_key: `mw-${teacherId.slice(-6)}`,
      roepnaam: rng.pick(girl ? FIRST_NAMES_GIRLS : FIRST_NAMES_BOYS),
      voorvoegsel: null,
      achternaam: rng.pick(LAST_NAMES),
      email: null,
      created_at: iso,
      updated_at: iso,
    });
  }
  return teacherOf;
}

/**
 * A teacher never carries the full name of a pupil of the school: a name on a screen says who it is
 * (and the audit of reads recognises pupils by name). The next surname of the list, without a draw.
 */
function distinctTeacherNames(ctx: DemoContext, schoolId: string, teacherOf: Map<string, string>): void {
  const full = (p: { roepnaam?: string | null; achternaam: string }) => `${p.roepnaam ?? ''} ${p.achternaam}`;
  const pupils = new Set(
    ctx.data.leerling.filter((l) => l.school_id === schoolId && !l.voorvoegsel).map(full),
  );
  const ids = new Set(teacherOf.values());
  for (const m of ctx.data.medewerker.filter((x) => ids.has(x.id))) {
    let i = LAST_NAMES.indexOf(m.achternaam as (typeof LAST_NAMES)[number]);
    while (pupils.has(full(m))) {
      i = (i + 1) % LAST_NAMES.length;
      m.achternaam = LAST_NAMES[i] ?? m.achternaam;
    }
  }
}

/** The school with its pupils through every schooljaar; the layout and teachers, for the accounts. */
export function addSchool(
  ctx: DemoContext,
  s: number,
  bestuurId: string,
  schooljaren: readonly string[],
): { layout: Layout; teacherOf: Map<string, string> } {
  const schoolId = ctx.id();
  ctx.data.summary.schoolIds.push(schoolId);
  const layout = groupLayout(layoutKindFor(s));
  addSchoolRow(ctx, s, schoolId, bestuurId);
  const teacherOf = addTeachers(ctx, schoolId, layout);
  let pupils: SimPupil[] = [];
  schooljaren.forEach((year, yearIndex) => {
    pupils = simulateYear(ctx, { schoolId, layout, teacherOf }, year, yearIndex, pupils);
  });
  distinctTeacherNames(ctx, schoolId, teacherOf);
  return { layout, teacherOf };
}
