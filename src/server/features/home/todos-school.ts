/**
 * To-dos at school level: results not yet imported for a toetsmoment whose period has ended (IB), the
 * teambespreking of a toetsmoment and this year's ambitions (schoolleider).
 */
import { parseMoment, type MomentKind } from '../../../domain/moments';
import { shiftSchooljaar } from '../../../domain/schooljaar';
import type { Db } from '../../db/database';
import { loadAmbitions } from '../ambitions/ambitions.queries';
import type { Periode } from '../periods/periods';
import { findSchoolMeetpuntPairs } from '../statistics/statistics.queries';
import { findTeambesprekingenOfSchool } from '../teambespreking/teambespreking.queries';
import type { TodoItem } from './todos.schema';

export interface SchoolContext {
  schoolId: string;
  schooljaar: string;
  periods: Periode[];
  today: string;
}

const KIND_ORDER: readonly MomentKind[] = ['B', 'M', 'E'];

/** "2026-2027|M" for every schooljaar and kind of toetsmoment the school has results of. */
async function testedMoments(db: Db, schoolId: string): Promise<Set<string>> {
  const pairs = await findSchoolMeetpuntPairs(db, schoolId);
  const out = new Set<string>();
  for (const p of pairs) {
    const kind = parseMoment(p.moment)?.kind;
    if (kind) out.add(`${p.schooljaar}|${kind}`);
  }
  return out;
}

const closingKindOf = (p: Periode): MomentKind | null =>
  p.closing_kind === 'B' || p.closing_kind === 'M' || p.closing_kind === 'E' ? p.closing_kind : null;

/** Each period of this year closed by a toetsmoment, ended before today, without results of it. */
function importItems(ctx: SchoolContext, tested: Set<string>): TodoItem[] {
  return ctx.periods.flatMap((p): TodoItem[] => {
    const kind = closingKindOf(p);
    if (!kind || p.end_date >= ctx.today || tested.has(`${ctx.schooljaar}|${kind}`)) return [];
    return [
      { code: 'importOverdue', role: 'ib', schooljaar: ctx.schooljaar, moment: kind, since: p.end_date },
    ];
  });
}

/**
 * A teambespreking is due for a toetsmoment of this year whose results are in, and for last year's
 * latest one, while none was held for it. Else the next toetsmoment of this year is announced, with the
 * end of the period its toetsen close.
 */
async function teambesprekingItems(db: Db, ctx: SchoolContext, tested: Set<string>): Promise<TodoItem[]> {
  const held = new Set(
    (await findTeambesprekingenOfSchool(db, ctx.schoolId)).map((t) => `${t.schooljaar}|${t.moment}`),
  );
  const lastYear = shiftSchooljaar(ctx.schooljaar, -1);
  const lastYearKind = [...KIND_ORDER].reverse().find((k) => tested.has(`${lastYear}|${k}`));
  const candidates = [
    ...(lastYearKind ? [{ schooljaar: lastYear, moment: lastYearKind, after: null }] : []),
    ...ctx.periods.flatMap((p) => {
      const kind = closingKindOf(p);
      return kind ? [{ schooljaar: ctx.schooljaar, moment: kind, after: p.end_date }] : [];
    }),
  ];
  const open = candidates.filter((c) => !held.has(`${c.schooljaar}|${c.moment}`));
  const due = open.filter((c) => tested.has(`${c.schooljaar}|${c.moment}`));
  const next = open.find(
    (c) => c.schooljaar === ctx.schooljaar && !tested.has(`${c.schooljaar}|${c.moment}`),
  );
  return [
    ...due.map((c): TodoItem => ({
      code: 'teambespreking',
      role: 'schoolleider',
      ...c,
      state: 'due',
      after: null,
    })),
    ...(next && due.length === 0
      ? [
          {
            code: 'teambespreking' as const,
            role: 'schoolleider' as const,
            ...next,
            state: 'upcoming' as const,
          },
        ]
      : []),
  ];
}

/** An ambition's cell: what it is about, whatever its target. */
const cellOf = (a: {
  vak: string | null;
  jaargroep: number | null;
  moment: string | null;
  target: { kind: string };
}) => `${a.vak ?? ''}|${a.jaargroep ?? ''}|${a.moment ?? ''}|${a.target.kind}`;

async function ambitionItems(db: Db, ctx: SchoolContext): Promise<TodoItem[]> {
  const [now, before] = await Promise.all([
    loadAmbitions(db, ctx.schoolId, ctx.schooljaar),
    loadAmbitions(db, ctx.schoolId, shiftSchooljaar(ctx.schooljaar, -1)),
  ]);
  const active = now.filter((a) => a.status === 'actief');
  const set = new Set(active.map(cellOf));
  const missing = new Set(
    before
      .filter((a) => a.status === 'actief')
      .map(cellOf)
      .filter((c) => !set.has(c)),
  );
  if (active.length > 0 && missing.size === 0) return [];
  return [
    {
      code: 'ambitionsMissing',
      role: 'schoolleider',
      schooljaar: ctx.schooljaar,
      set: active.length,
      missing: missing.size,
    },
  ];
}

export async function schoolTodos(
  db: Db,
  ctx: SchoolContext,
  roles: { ib: boolean; schoolleider: boolean },
): Promise<TodoItem[]> {
  if (!roles.ib && !roles.schoolleider) return [];
  const tested = await testedMoments(db, ctx.schoolId);
  return [
    ...(roles.ib ? importItems(ctx, tested) : []),
    ...(roles.schoolleider ? await teambesprekingItems(db, ctx, tested) : []),
    ...(roles.schoolleider ? await ambitionItems(db, ctx) : []),
  ];
}
