/**
 * The demo's groep-8 cohorts as a school records them: the voorlopig advies in January, the
 * doorstroomtoets's advice, the definitive advice in March, a heroverweging where the toets advised
 * higher, the outflow at the end of the year, and the VO's feedback on each finished VO year. Only
 * what has happened by today. The advice follows the pupil's LVS levels in groep 7 and 8, so the
 * outflow figures hang together with the results the demo shows elsewhere.
 */
import type { Insertable } from 'kysely';
import { ADVICE_CODES, type AdviceCode } from '../domain/vo-advies';
import type { SchooladviesTable, VoTerugkoppelingTable } from '../server/db/schema';
import type { DemoData } from './generator';
import { Random } from './random';

export interface AdviesDemo {
  schooladvies: Insertable<SchooladviesTable>[];
  vo_terugkoppeling: Insertable<VoTerugkoppelingTable>[];
}

export const emptyAdvies = (): AdviesDemo => ({ schooladvies: [], vo_terugkoppeling: [] });

const RANK: Record<string, number> = { 'I+': 5, I: 5, II: 4, III: 3, IV: 2, V: 1 };
/** Mean LVS rank (V = 1 … I = 5) from which each advice is given, highest first. */
const ADVICE_FROM_RANK: readonly [number, AdviceCode][] = [
  [4.6, 'vwo'],
  [4.2, 'havo/vwo'],
  [3.7, 'havo'],
  [3.3, 'vmbo-gt/havo'],
  [2.8, 'vmbo-gt'],
  [2.4, 'vmbo-kb/gt'],
  [2.0, 'vmbo-kb'],
  [1.6, 'vmbo-bb/kb'],
  [1.25, 'vmbo-bb'],
];
const VO_SCHOOLS = ['Het Baken (vo)', 'College Zuiderpark (vo)', 'De Horizon (vo)', 'Kempenlyceum (vo)'];
const TOETS = 'IEP Doorstroomtoets';

const step = (code: AdviceCode, by: number): AdviceCode =>
  ADVICE_CODES[Math.min(ADVICE_CODES.length - 1, Math.max(0, ADVICE_CODES.indexOf(code) + by))] ?? code;

/** The advice a team gives from a pupil's groep 7–8 levels; null without any. */
function adviceFromLevels(levels: readonly string[]): AdviceCode | null {
  const ranks = levels.map((l) => RANK[l]).filter((r): r is number => r !== undefined);
  if (ranks.length === 0) return null;
  const mean = ranks.reduce((a, b) => a + b, 0) / ranks.length;
  return ADVICE_FROM_RANK.find(([at]) => mean >= at)?.[1] ?? 'pro';
}

function day(rng: Random, year: number, month: number, from: number, to: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(rng.int(from, to)).padStart(2, '0')}`;
}

interface Cohort {
  schoolId: string;
  schooljaar: string;
  start: number;
  yearEnd: string;
  pupilIds: string[];
}

/** Per school and schooljaar, the pupils placed in groep 8 who stayed to the end of the year. */
function cohorts(data: DemoData): Cohort[] {
  const years = new Map(data.schooljaar.map((y) => [y.id, y]));
  const groups = new Map(data.groep.map((g) => [g.id, g]));
  const out = new Map<string, Cohort>();
  for (const p of data.plaatsing) {
    const group = groups.get(p.groep_id);
    const year = group ? years.get(group.schooljaar_id) : undefined;
    if (p.jaargroep !== '8' || !group || !year) continue;
    if (p.end_date && p.end_date < year.end_date) continue;
    const key = `${group.school_id}|${year.name}`;
    const cohort = out.get(key) ?? {
      schoolId: group.school_id,
      schooljaar: year.name,
      start: Number(year.name.slice(0, 4)),
      yearEnd: year.end_date,
      pupilIds: [],
    };
    if (!cohort.pupilIds.includes(p.leerling_id)) cohort.pupilIds.push(p.leerling_id);
    out.set(key, cohort);
  }
  return [...out.values()];
}

/** Each pupil's LVS levels at the last groep-8 or groep-7 moment they have. */
function levelsByPupil(data: DemoData): Map<string, string[]> {
  const byPupil = new Map<string, { moment: string; levels: string[] }>();
  const order = ['M7', 'E7', 'M8'];
  for (const r of data.toetsresultaat) {
    const at = order.indexOf(r.moment);
    if (at < 0 || !r.niveau || RANK[r.niveau] === undefined) continue;
    const kept = byPupil.get(r.leerling_id);
    if (!kept || order.indexOf(kept.moment) < at)
      byPupil.set(r.leerling_id, { moment: r.moment, levels: [r.niveau] });
    else if (kept.moment === r.moment) kept.levels.push(r.niveau);
  }
  return new Map([...byPupil].map(([id, v]) => [id, v.levels]));
}

export function adviesDemo(data: DemoData, options: { seed: number; now: Date }): AdviesDemo {
  // Its own stream: the rest of the demo draws exactly as it did before the schooladvies was added.
  const rng = new Random(options.seed + 24);
  // Ids from a stream of their own: how many rows exist depends on today, the content must not.
  const ids = new Random(options.seed + 25);
  const nowMs = options.now.getTime();
  const iso = options.now.toISOString();
  const today = iso.slice(0, 10);
  const out = emptyAdvies();
  const levels = levelsByPupil(data);
  for (const cohort of cohorts(data)) {
    const index = data.summary.schoolIds.indexOf(cohort.schoolId);
    const author =
      data.accounts.find((a) => a.schoolIndex === index && a.role === 'ib')?.id ??
      data.accounts.find((a) => a.role === 'beheerder')?.id ??
      '';
    for (const pupilId of cohort.pupilIds) {
      const record = adviesOf(rng, cohort, levels.get(pupilId) ?? [], today);
      const moves = [1, 2, 3].map(() => (rng.chance(0.12) ? -1 : rng.chance(0.08) ? 1 : 0));
      if (!record) continue;
      out.schooladvies.push({
        id: ids.uuid(nowMs),
        school_id: cohort.schoolId,
        leerling_id: pupilId,
        schooljaar: cohort.schooljaar,
        ...record,
        version: 1,
        created_by: author,
        created_at: iso,
        updated_by: author,
        updated_at: iso,
      });
      if (record.uitstroom_niveau)
        out.vo_terugkoppeling.push(
          ...voYears(moves, cohort, record.uitstroom_niveau, today).map((v) => ({
            id: ids.uuid(nowMs),
            school_id: cohort.schoolId,
            leerling_id: pupilId,
            cohort: cohort.schooljaar,
            ...v,
            vo_school: record.uitstroom_school,
            imported_by: author,
            imported_at: iso,
          })),
        );
    }
  }
  return out;
}

type AdviesFields = Omit<
  Insertable<SchooladviesTable>,
  | 'id'
  | 'school_id'
  | 'leerling_id'
  | 'schooljaar'
  | 'version'
  | 'created_by'
  | 'created_at'
  | 'updated_by'
  | 'updated_at'
>;

/** One pupil's record as far as the year has come by today; null before the voorlopig advies. */
function adviesOf(
  rng: Random,
  cohort: Cohort,
  levels: readonly string[],
  today: string,
): AdviesFields | null {
  const y = cohort.start + 1;
  // Every draw happens whatever the date, so a later today changes no earlier field.
  const dates = {
    voorlopig: day(rng, y, 1, 15, 30),
    definitief: day(rng, y, 3, 9, 16),
    heroverweging: day(rng, y, 3, 18, 23),
  };
  const advice = adviceFromLevels(levels);
  const toetsStep = rng.chance(0.22) ? 1 : rng.chance(0.12) ? -1 : 0;
  const raise = rng.chance(0.55);
  const outflowStep = rng.chance(0.08) ? -1 : 0;
  const score = rng.int(-3, 3);
  const school = VO_SCHOOLS[rng.int(0, VO_SCHOOLS.length - 1)] ?? null;
  if (!advice || dates.voorlopig > today) return null;
  const toetsAdvies = step(advice, toetsStep);
  const definitief = dates.definitief <= today;
  // At vwo (or pro) the step is clamped: a toets can only advise higher where the ladder goes on.
  const higher = definitief && ADVICE_CODES.indexOf(toetsAdvies) > ADVICE_CODES.indexOf(advice);
  const heroverwogen = higher && dates.heroverweging <= today;
  const eind = heroverwogen && raise ? toetsAdvies : advice;
  const finished = cohort.yearEnd <= today;
  return {
    voorlopig_advies: advice,
    voorlopig_op: dates.voorlopig,
    toets_naam: definitief ? TOETS : null,
    toets_score: definitief ? 55 + Math.round((ADVICE_CODES.indexOf(toetsAdvies) * 40) / 9) + score : null,
    toets_advies: definitief ? toetsAdvies : null,
    definitief_advies: definitief ? advice : null,
    definitief_op: definitief ? dates.definitief : null,
    heroverweging: heroverwogen ? (raise ? 'bijgesteld' : 'gehandhaafd') : null,
    heroverwogen_advies: heroverwogen && raise ? toetsAdvies : null,
    heroverweging_op: heroverwogen ? dates.heroverweging : null,
    heroverweging_toelichting: heroverwogen
      ? raise
        ? 'Bijgesteld na de uitslag van de doorstroomtoets; werkhouding en motivatie laten het toe.'
        : 'Gehandhaafd: de resultaten van groep 6 tot en met 8 en de werkhouding wijzen op het schooladvies. Besproken met de ouders.'
      : null,
    uitstroom_niveau: finished ? step(eind, outflowStep) : null,
    uitstroom_school: finished ? school : null,
    toelichting: null,
  };
}

/** The VO's feedback on every VO year that ended by today: mostly where the pupil started, now and then a step. */
function voYears(moves: readonly number[], cohort: Cohort, start: AdviceCode, today: string) {
  const years: { leerjaar: number; niveau: AdviceCode }[] = [];
  let niveau = start;
  for (let leerjaar = 1; leerjaar <= moves.length; leerjaar++) {
    if (leerjaar > 1) niveau = step(niveau, moves[leerjaar - 1] ?? 0);
    if (`${cohort.start + 1 + leerjaar}-07-01` > today) break;
    years.push({ leerjaar, niveau });
  }
  return years;
}
