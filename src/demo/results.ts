/**
 * The demo pupils' toets results: every M and E toets of the four vakken on their group's test day
 * while they are in the group, and the doorstroomtoets in groep 8. Scores come from the pupil's
 * abilities (ability.ts) through the demo's invented norms, so results hang together over time and
 * across vakken as a real school's do.
 *
 * Every possible sitting is drawn from the pupil's own stream, also one that lies after today or
 * before the pupil joined: what exists then depends only on the seed and on which test days have
 * passed, never on the order in which other rows were made.
 */
import type { Insertable } from 'kysely';
import type { ToetsresultaatTable } from '../server/db/schema';
import { advanceTo, NOISE_SD, trueZ } from './ability';
import type { DemoContext, SimPupil } from './context';
import { DEMO_BELOW_1F, DEMO_DOORSTROOMTOETSEN, DEMO_TOETSEN, demoLevel, demoNorm } from './norms';

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;

/** Calendar time in years, for the pace at which a pupil's waves move. */
const yearsOf = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS / YEAR_DAYS;

/** Years of education since the start of groep 3 on `day` (a doublure counts as a year too). */
export const educationYearsOn = (p: Pick<SimPupil, 'groep3Start'>, day: string) =>
  yearsOf(day) - yearsOf(p.groep3Start);

/** Where a pupil may sit a toets of this schooljaar: their group's test days and their time in it. */
export interface Sitting {
  schooljaar: string;
  testDate: (kind: 'M' | 'E') => string;
  from: string;
  until: string | null;
}

function resultRow(
  ctx: DemoContext,
  p: SimPupil,
  at: { schooljaar: string; moment: string; date: string },
  toetsId: string,
  id: string,
): Insertable<ToetsresultaatTable> {
  return {
    id,
    leerling_id: p.id,
    toets_id: toetsId,
    schooljaar: at.schooljaar,
    moment: at.moment,
    afnamedatum: at.date,
    ruwe_score: null,
    vaardigheidsscore: null,
    niveau: null,
    functioneringsniveau: null,
    dle: null,
    import_id: null,
    created_at: ctx.iso,
    updated_at: ctx.iso,
  };
}

/** The pupil's M and E results of one schooljaar on the four toetsen. */
export function addResults(ctx: DemoContext, p: SimPupil, sitting: Sitting): void {
  const { rng, ability } = p;
  for (const kind of ['M', 'E'] as const) {
    const date = sitting.testDate(kind);
    advanceTo(ability, yearsOf(date), rng);
    const years = educationYearsOn(p, date);
    const sits =
      date <= ctx.today && date >= sitting.from && (sitting.until === null || date <= sitting.until);
    for (const t of DEMO_TOETSEN) {
      const noise = rng.normal();
      const absent = rng.chance(0.025);
      const withoutLevel = rng.chance(0.06);
      const id = rng.uuid(Date.parse(ctx.iso));
      if (!sits || absent) continue;
      const norm = demoNorm(t.vak, kind, p.jaargroep);
      const z = trueZ(ability, t.vak, years) + NOISE_SD * noise;
      const score = Math.round(norm.mean + norm.sd * z);
      const row = resultRow(
        ctx,
        p,
        { schooljaar: sitting.schooljaar, moment: `${kind}${p.jaargroep}`, date },
        ctx.toetsIds.get(t.vak) ?? '',
        id,
      );
      row.vaardigheidsscore = score;
      // Now and then the LVS export carries no level; the engine computes it from the norms.
      row.niveau = withoutLevel ? null : demoLevel(score, norm.mean, norm.sd);
      ctx.data.toetsresultaat.push(row);
    }
  }
}

/** Groep 8 sits the doorstroomtoets in February (referentieniveaus only), one day for the school. */
export function addDoorstroom(
  ctx: DemoContext,
  schooljaar: string,
  start: number,
  pupils: readonly SimPupil[],
  joinedOn: ReadonlyMap<string, string>,
): void {
  const { refRng } = ctx;
  const doorstroomDate = `${start + 1}-02-${String(refRng.int(3, 14)).padStart(2, '0')}`;
  if (!ctx.resultYears.includes(schooljaar) || doorstroomDate > ctx.today) return;
  for (const p of pupils) {
    if (p.jaargroep !== 8 || p.left || (joinedOn.get(p.id) ?? '') > doorstroomDate) continue;
    const years = educationYearsOn(p, doorstroomDate);
    for (const t of DEMO_DOORSTROOMTOETSEN) {
      const z = trueZ(p.ability, t.vak, years) + NOISE_SD * refRng.normal();
      const row = resultRow(
        ctx,
        p,
        { schooljaar, moment: 'M8', date: doorstroomDate },
        ctx.doorstroomIds.get(t.code) ?? '',
        ctx.refId(),
      );
      row.niveau = z < DEMO_BELOW_1F ? '<1F' : z < t.streef ? '1F' : '2F/1S';
      ctx.data.toetsresultaat.push(row);
    }
  }
}
