/**
 * The common LVS instruments, as names only: which vak, which scale, which level system, which
 * moments. No norms and no scores — those belong to the publishers and arrive as data.
 *
 * Scale keys say which results may be compared (growth is only computed within one scaleKey).
 * Where the catalog could not be checked against a publisher's documentation it says so in
 * `assumptions`; in doubt a new generation gets its own scale key, because a false "no growth line"
 * is harmless and a false jump between two scales is not.
 */
import { isDateMoment } from '../domain/moments';
import { INSTRUMENTS } from './catalog-instruments';
import type { Generation, Instrument } from './instrument';
import { compactLabel, indexOfTokens, labelTokens } from './normalize';

export { INSTRUMENTS };

const CITO_ALL: readonly Generation[] = ['cito-lovs', 'cito-3.0', 'cito-lib'];

/** Words in a test name that say which generation or publisher it is (longest phrases first). */
const MARKERS: { phrase: string[]; generations: readonly Generation[] }[] = [
  { phrase: ['leerling', 'in', 'beeld'], generations: ['cito-lib'] },
  { phrase: ['lib'], generations: ['cito-lib'] },
  { phrase: ['lovs', '3', '0'], generations: ['cito-3.0'] },
  { phrase: ['3', '0'], generations: ['cito-3.0'] },
  { phrase: ['lovs', '2', '0'], generations: ['cito-lovs'] },
  { phrase: ['2', '0'], generations: ['cito-lovs'] },
  { phrase: ['oude', 'versie'], generations: ['cito-lovs'] },
  { phrase: ['iep', 'lvs'], generations: ['iep'] },
  { phrase: ['iep'], generations: ['iep'] },
  { phrase: ['bureau', 'ice'], generations: ['iep'] },
  { phrase: ['boom', 'lvs'], generations: ['boom'] },
  { phrase: ['boom'], generations: ['boom'] },
  { phrase: ['cito', 'lovs'], generations: ['cito-lovs', 'cito-3.0'] },
  { phrase: ['lovs'], generations: ['cito-lovs', 'cito-3.0'] },
  { phrase: ['cito'], generations: CITO_ALL },
];
/** Words that say nothing about which test it is; "M5" style moments are dropped as well. */
const NOISE = new Set(['lvs', 'toets', 'test', 'versie', 'toetsversie']);
const MOMENT_TOKEN = /^[bme][1-8]$/;

/** A separate version cell: "3", "3.0", "LOVS 3.0", "2.0", "LiB", "Leerling in Beeld", … */
function versionTokens(version: string | undefined): string[] {
  const v = (version ?? '').trim();
  if (/^(lovs\s*)?3([.,]0)?$/i.test(v)) return ['3', '0'];
  if (/^(lovs\s*)?2([.,]0)?$/i.test(v)) return ['2', '0'];
  return labelTokens(v);
}

/** Exact export names; a name two instruments share (Cito's and Boom's "Spelling") maps to null. */
const bySynonym = new Map<string, Instrument | null>();
for (const instrument of INSTRUMENTS) {
  for (const synonym of new Set([instrument.name, ...instrument.synonyms].map(compactLabel))) {
    bySynonym.set(synonym, bySynonym.has(synonym) ? null : instrument);
  }
}

/**
 * Every instrument that fits a name (and version): an exact export name first, otherwise the subject
 * ("Rekenen-Wiskunde", "RW", "Spelling") narrowed by generation words ("3.0", "LiB", "IEP", "Boom").
 */
export function instrumentCandidates(name: string, version?: string): Instrument[] {
  const full = [name, version ?? ''].join(' ');
  const exact =
    bySynonym.get(compactLabel(full)) ?? (version ? undefined : bySynonym.get(compactLabel(name)));
  if (exact) return [exact];
  const tokens = [...labelTokens(name), ...versionTokens(version)].filter((t) => !MOMENT_TOKEN.test(t));
  let generations: readonly Generation[] | null = null;
  for (const { phrase, generations: marked } of MARKERS) {
    for (let at = indexOfTokens(tokens, phrase); at >= 0; at = indexOfTokens(tokens, phrase)) {
      tokens.splice(at, phrase.length);
      generations = (generations ?? marked).filter((g) => marked.includes(g));
    }
  }
  const subject = tokens.filter((t) => !NOISE.has(t)).join(' ');
  if (subject === '') return [];
  return INSTRUMENTS.filter(
    (i) =>
      i.subjects.some((s) => labelTokens(s).join(' ') === subject) &&
      (generations === null || i.generations.some((g) => generations?.includes(g))),
  );
}

/**
 * The one instrument a test name (and optional version) stands for, or null when unknown or
 * ambiguous: "Spelling" alone could be Cito 2.0, 3.0, LiB, IEP or Boom, and those are different
 * scales, so the user must choose (instrumentCandidates lists the options).
 */
export function matchInstrument(name: string, version?: string): Instrument | null {
  const found = instrumentCandidates(name, version);
  return found.length === 1 ? (found[0] ?? null) : null;
}

export function instrumentByCode(code: string): Instrument | null {
  return INSTRUMENTS.find((i) => i.code === code) ?? null;
}

/** Whether a moment fits the instrument: 'M5'-style for fixed moments, an ISO date for Boom. */
export function isValidMoment(instrument: Instrument, moment: string): boolean {
  if (instrument.moments === 'datum') return isDateMoment(moment);
  return instrument.moments.includes(moment.trim().toUpperCase());
}
