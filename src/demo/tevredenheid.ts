/**
 * The demo's satisfaction surveys as a survey tool reports them back, per theme an aggregate: each
 * spring the pupils of groep 5–8, and in even years the parents and the team (many schools ask parents
 * and staff every other year). Each theme has a mean on the tool's scale (1–4; the team 1–10) and the
 * share that answered positively, with N. Only surveys held by today. The instrument is invented, like
 * the rest of the demo.
 */
import type { Insertable } from 'kysely';
import { schooljaarOfDate, schooljaarStartYear } from '../domain/schooljaar';
import { themeKey, type RespondentGroup } from '../domain/tevredenheid';
import type { TevredenheidTable } from '../server/db/schema';
import type { DemoData } from './generator';
import { Random } from './random';

export const DEMO_INSTRUMENT = 'Demopeiling';

interface Theme {
  name: string;
  /** The usual share positive, in %: a school's own level and each year's drift go round it. */
  base: number;
}

interface SurveyPlan {
  groep: RespondentGroup;
  scale: { min: number; max: number };
  /** Month and the range of days in it when the survey is held. */
  month: number;
  days: [number, number];
  /** Whether the group is asked in this calendar year. */
  asked: (year: number) => boolean;
  themes: readonly Theme[];
}

const PLANS: readonly SurveyPlan[] = [
  {
    groep: 'leerlingen',
    scale: { min: 1, max: 4 },
    month: 3,
    days: [2, 13],
    asked: () => true,
    themes: [
      { name: 'Welbevinden', base: 86 },
      { name: 'Veiligheid', base: 89 },
      { name: 'Sfeer in de groep', base: 80 },
      { name: 'De leerkracht', base: 90 },
      { name: 'Lessen en uitleg', base: 78 },
    ],
  },
  {
    groep: 'ouders',
    scale: { min: 1, max: 4 },
    month: 3,
    days: [16, 27],
    asked: (year) => year % 2 === 0,
    themes: [
      { name: 'Veiligheid', base: 90 },
      { name: 'Communicatie', base: 74 },
      { name: 'Sfeer', base: 85 },
      { name: 'Kwaliteit van het onderwijs', base: 82 },
      { name: 'Begeleiding van mijn kind', base: 77 },
    ],
  },
  {
    groep: 'team',
    scale: { min: 1, max: 10 },
    month: 4,
    days: [7, 17],
    asked: (year) => year % 2 === 0,
    themes: [
      { name: 'Werkdruk', base: 55 },
      { name: 'Samenwerking', base: 84 },
      { name: 'Schoolleiding', base: 80 },
      { name: 'Professionalisering', base: 76 },
    ],
  },
];

const clamp = (v: number, low: number, high: number) => Math.min(high, Math.max(low, v));

/** A mean that goes with the share positive: a survey where most answer positively averages high. */
function meanOf(rng: Random, positief: number, scale: { min: number; max: number }): number {
  const fraction = 0.3 + (0.6 * positief) / 100 + rng.normal() * 0.015;
  return clamp(Math.round((scale.min + (scale.max - scale.min) * fraction) * 10) / 10, scale.min, scale.max);
}

type Placement = DemoData['plaatsing'][number];

/**
 * The placements per school and schooljaar ("id|2025-2026"): a placement's end is open until its year
 * ends, so only the groups of the survey's year count. Indexed once, as a bestuur of fifty schools has
 * tens of thousands of placements.
 */
function placementsByYear(data: DemoData): Map<string, Placement[]> {
  const years = new Map(data.schooljaar.map((y) => [y.id, y.name]));
  const groups = new Map(data.groep.map((g) => [g.id, `${g.school_id}|${years.get(g.schooljaar_id) ?? ''}`]));
  const out = new Map<string, Placement[]>();
  for (const p of data.plaatsing) {
    const key = groups.get(p.groep_id);
    if (!key) continue;
    const list = out.get(key);
    if (list) list.push(p);
    else out.set(key, [p]);
  }
  return out;
}

interface Source {
  placements: ReadonlyMap<string, Placement[]>;
  staff: ReadonlyMap<string, number>;
}

/** Pupils of the school on the date, all jaargroepen or only those given. */
function pupilsOn(source: Source, schoolId: string, date: string, jaargroepen?: readonly string[]): number {
  const pupils = new Set<string>();
  for (const p of source.placements.get(`${schoolId}|${schooljaarOfDate(date)}`) ?? []) {
    if (p.start_date > date || (p.end_date && p.end_date < date)) continue;
    if (jaargroepen && !jaargroepen.includes(p.jaargroep)) continue;
    pupils.add(p.leerling_id);
  }
  return pupils.size;
}

/** How many could answer: the pupils of groep 5–8, the families, the staff (duo teachers, IB, directie). */
function invited(source: Source, schoolId: string, groep: RespondentGroup, date: string): number {
  if (groep === 'leerlingen') return pupilsOn(source, schoolId, date, ['5', '6', '7', '8']);
  if (groep === 'ouders') return Math.round(pupilsOn(source, schoolId, date) * 0.8);
  return Math.round((source.staff.get(schoolId) ?? 0) * 1.4) + 2;
}

const RESPONSE: Record<RespondentGroup, [number, number]> = {
  leerlingen: [0.92, 0.99],
  ouders: [0.35, 0.55],
  team: [0.8, 1],
};

type SurveyRow = Omit<Insertable<TevredenheidTable>, 'id' | 'imported_by' | 'imported_at'>;

/**
 * One school's surveys in one spring. The draws come from a source of the school and the year, and all
 * of them happen whatever today is, so a later day of the same demo years adds surveys but changes
 * none held before it.
 */
function springOf(
  source: Source,
  schoolId: string,
  level: ReadonlyMap<string, number>,
  year: number,
  seed: number,
): SurveyRow[] {
  const rng = new Random(seed + year * 101);
  const rows: SurveyRow[] = [];
  for (const plan of PLANS) {
    const date = `${year}-${String(plan.month).padStart(2, '0')}-${String(rng.int(...plan.days)).padStart(2, '0')}`;
    const [low, high] = RESPONSE[plan.groep];
    const response = low + rng.next() * (high - low);
    const drifts = plan.themes.map(() => rng.normal() * 3);
    if (!plan.asked(year)) continue;
    const n = Math.max(1, Math.round(invited(source, schoolId, plan.groep, date) * response));
    plan.themes.forEach((theme, i) => {
      const own = level.get(`${plan.groep}|${theme.name}`) ?? 0;
      const positief = clamp(Math.round(theme.base + own + (drifts[i] ?? 0)), 30, 99);
      rows.push({
        school_id: schoolId,
        afgenomen_op: date,
        schooljaar: schooljaarOfDate(date),
        groep: plan.groep,
        thema: theme.name,
        thema_key: themeKey(theme.name),
        instrument: DEMO_INSTRUMENT,
        // Not every respondent answers every question of a theme.
        n: Math.max(1, n - (i % 3 === 2 ? 1 : 0)),
        gemiddelde: meanOf(rng, positief, plan.scale),
        schaal_min: plan.scale.min,
        schaal_max: plan.scale.max,
        positief,
      });
    });
  }
  return rows;
}

export function tevredenheidDemo(
  data: DemoData,
  options: { seed: number; now: Date },
): Insertable<TevredenheidTable>[] {
  // Ids from a stream of their own: how many rows exist depends on today, the content must not.
  const ids = new Random(options.seed + 27);
  const nowMs = options.now.getTime();
  const iso = options.now.toISOString();
  const today = iso.slice(0, 10);
  const out: Insertable<TevredenheidTable>[] = [];
  const staff = new Map<string, number>();
  for (const m of data.medewerker) staff.set(m.school_id, (staff.get(m.school_id) ?? 0) + 1);
  const source: Source = { placements: placementsByYear(data), staff };
  data.summary.schoolIds.forEach((schoolId, s) => {
    const author =
      data.accounts.find((a) => a.schoolIndex === s && a.role === 'ib')?.id ??
      data.accounts.find((a) => a.role === 'beheerder')?.id ??
      '';
    const seed = options.seed + 26 + s * 7919;
    // The school's own level per theme, the same every year: one school's parents are more content.
    const levelRng = new Random(seed);
    const level = new Map(
      PLANS.flatMap((p) => p.themes.map((t) => [`${p.groep}|${t.name}`, levelRng.normal() * 4] as const)),
    );
    for (const schooljaar of data.summary.schooljaren) {
      const spring = schooljaarStartYear(schooljaar) + 1;
      for (const row of springOf(source, schoolId, level, spring, seed)) {
        if (row.afgenomen_op > today) continue;
        out.push({ id: ids.uuid(nowMs), ...row, imported_by: author, imported_at: iso });
      }
    }
  });
  return out;
}
