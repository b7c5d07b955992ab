/**
 * The demo's social-emotional instrument: ZIEN!, as a school gets it back from ParnasSys. Twice a year
 * (November and April) the teacher fills in the leerkrachtlijst for every pupil of groep 1–8
 * (betrokkenheid, welbevinden and the five social skills); each November the pupils of groep 5–8 fill
 * in their own list (veiligheidsbeleving and welbevinden), which is the school's yearly monitoring of
 * social safety. Scores are percentiles with the band they fall in and, on betrokkenheid, welbevinden
 * and veiligheidsbeleving, the instrument's signal when a pupil scores in the lowest tenth. The
 * percentiles and signals are invented, like the rest of the demo; only the scales are ZIEN!'s.
 */
import type { Insertable } from 'kysely';
import { schooljaarStartYear } from '../domain/schooljaar';
import { bandOfPercentile } from '../imports/seo/catalog';
import type { SeoScoreTable } from '../server/db/schema';
import type { DemoData } from './generator';
import { Random } from './random';

export const DEMO_SEO_INSTRUMENT = 'zien';

/** The leerkrachtlijst's scales, in the catalog's order. */
export const DEMO_SEO_TEACHER_SCALES = [
  'betrokkenheid',
  'welbevinden',
  'sociaal-initiatief',
  'sociale-flexibiliteit',
  'sociale-autonomie',
  'impulsbeheersing',
  'inlevingsvermogen',
] as const;
export const DEMO_SEO_PUPIL_SCALES = ['veiligheidsbeleving', 'welbevinden'] as const;
/** The scales on which the demo's ZIEN! gives its own signal (ZIEN! signals on the core scales). */
const SIGNAL_SCALES = new Set(['betrokkenheid', 'welbevinden', 'veiligheidsbeleving']);
/** Below these percentiles the instrument signals: 'zorg' under 4, 'aandacht' under 10. */
export const DEMO_SEO_SIGNAL = { zorg: 4, aandacht: 10 } as const;

type SeoRow = Insertable<SeoScoreTable>;
type Placement = DemoData['plaatsing'][number];

interface Round {
  lijst: 'leerkracht' | 'leerling';
  scales: readonly string[];
  jaargroepen: readonly string[];
  /** Calendar month, and the days in it, relative to the schooljaar's first (autumn) year. */
  yearOffset: 0 | 1;
  month: number;
  days: [number, number];
}

const ALL = ['1', '2', '3', '4', '5', '6', '7', '8'];
const ROUNDS: readonly Round[] = [
  {
    lijst: 'leerkracht',
    scales: DEMO_SEO_TEACHER_SCALES,
    jaargroepen: ALL,
    yearOffset: 0,
    month: 11,
    days: [2, 13],
  },
  {
    lijst: 'leerling',
    scales: DEMO_SEO_PUPIL_SCALES,
    jaargroepen: ['5', '6', '7', '8'],
    yearOffset: 0,
    month: 11,
    days: [16, 20],
  },
  {
    lijst: 'leerkracht',
    scales: DEMO_SEO_TEACHER_SCALES,
    jaargroepen: ALL,
    yearOffset: 1,
    month: 4,
    days: [6, 17],
  },
];

/** The logistic stand-in for the normal distribution function (within 0.01 of it everywhere). */
const percentileOf = (z: number) => Math.min(99, Math.max(1, Math.round(100 / (1 + Math.exp(-1.702 * z)))));

function signalOf(scale: string, percentile: number): 'aandacht' | 'zorg' | null {
  if (!SIGNAL_SCALES.has(scale)) return null;
  if (percentile < DEMO_SEO_SIGNAL.zorg) return 'zorg';
  if (percentile < DEMO_SEO_SIGNAL.aandacht) return 'aandacht';
  return null;
}

/** A pupil's lasting level per scale: a general level that the scales share, and each scale's own. */
type Profile = ReadonlyMap<string, number>;

function profileOf(rng: Random): Profile {
  const general = 0.15 + rng.normal() * 0.7;
  const scales = [...new Set([...DEMO_SEO_TEACHER_SCALES, ...DEMO_SEO_PUPIL_SCALES])];
  return new Map(scales.map((s) => [s, general + rng.normal() * 0.5]));
}

/** A stable number from a text (FNV-1a), so a pupil's draws do not depend on who else exists. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Per group of one school and schooljaar, its placements. */
function placementsByGroup(data: DemoData): Map<string, Placement[]> {
  const out = new Map<string, Placement[]>();
  for (const p of data.plaatsing) {
    const list = out.get(p.groep_id);
    if (list) list.push(p);
    else out.set(p.groep_id, [p]);
  }
  return out;
}

const iso2 = (n: number) => String(n).padStart(2, '0');

/**
 * Every score of the demo's ZIEN!, taken by today. Each group's date and each pupil's level come from
 * seeded sources of their own (the school, year, round and group; the pupil's key), drawn whatever
 * today is, so a later day adds rounds without changing those before.
 */
export function seoDemo(data: DemoData, options: { seed: number; now: Date }): SeoRow[] {
  const ids = new Random(options.seed + 41);
  const nowMs = options.now.getTime();
  const iso = options.now.toISOString();
  const today = iso.slice(0, 10);
  const byGroup = placementsByGroup(data);
  const pupils = new Map(data.leerling.map((l) => [l.id, l]));
  const profiles = new Map<string, Profile>();
  const profile = (leerlingId: string) => {
    let p = profiles.get(leerlingId);
    if (!p) {
      p = profileOf(new Random(options.seed + hashOf(keyOf(leerlingId))));
      profiles.set(leerlingId, p);
    }
    return p;
  };
  const years = new Map(data.schooljaar.map((y) => [y.id, y]));
  // Ids carry the day the demo was made: the school by its place, so its dates do not follow today.
  const schoolIndex = (id: string) => data.summary.schoolIds.indexOf(id);
  const keyOf = (leerlingId: string) => pupils.get(leerlingId)?.las_key ?? leerlingId;
  // A pupil who changes group on a round's date is scored once, by the first group.
  const scored = new Set<string>();
  const out: SeoRow[] = [];
  for (const groep of data.groep) {
    const year = years.get(groep.schooljaar_id);
    if (!year) continue;
    const start = schooljaarStartYear(year.name);
    ROUNDS.forEach((round, r) => {
      const rng = new Random(
        options.seed + hashOf(`${schoolIndex(groep.school_id)}|${year.name}|${groep.name}|${r}`),
      );
      const date = `${start + round.yearOffset}-${iso2(round.month)}-${iso2(rng.int(...round.days))}`;
      if (date > today) return;
      for (const p of byGroup.get(groep.id) ?? []) {
        if (p.start_date > date || (p.end_date && p.end_date < date)) continue;
        const once = `${p.leerling_id}|${year.name}|${r}`;
        if (!round.jaargroepen.includes(p.jaargroep) || scored.has(once)) continue;
        scored.add(once);
        const own = profile(p.leerling_id);
        const noise = new Random(options.seed + hashOf(`${keyOf(p.leerling_id)}|${date}|${round.lijst}`));
        for (const schaal of round.scales) {
          const percentiel = percentileOf((own.get(schaal) ?? 0) + noise.normal() * 0.35);
          out.push({
            id: ids.uuid(nowMs),
            leerling_id: p.leerling_id,
            school_id: groep.school_id,
            instrument: DEMO_SEO_INSTRUMENT,
            versie: null,
            lijst: round.lijst,
            schaal,
            schooljaar: year.name,
            afnamedatum: date,
            ruwe_score: null,
            percentiel,
            band: bandOfPercentile(percentiel),
            signaal: signalOf(schaal, percentiel),
            import_id: null,
            created_at: iso,
            updated_at: iso,
          });
        }
      }
    });
  }
  return out;
}
