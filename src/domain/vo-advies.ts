/**
 * The schooladvies for voortgezet onderwijs (VO) as data, and the two comparisons a school makes with
 * it: the school's advice against the doorstroomtoets's advice (is the toets higher, the same, lower?)
 * and the advice against where the pupil is in VO, years later (op, boven or onder het advies).
 *
 * The VO levels form a ladder: praktijkonderwijs < vmbo-bb < vmbo-kb < vmbo-gl/tl < havo < vwo [fact].
 * An advice names one level or two adjacent ones (a double advice such as havo/vwo); so does a VO
 * position (a year-1 class can be a havo/vwo brugklas). Both are kept as a range [low, high].
 *
 * OSO codes (Edustandaard, codelijst 2 "Advies VO", type voadviesduoType in reference/oso/oso.xsd): the
 * value set is 01, 10, 20–23, 30–35, 40–44, 50–52, 60, 61, 70 and 80 (OSO's own validation). The tens
 * digit is the family; that x0 is the plain advice of its family (10 pro, 20 vmbo-bb, 30 vmbo-kb, 40
 * vmbo-gl/tl, 50 havo, 60 vwo) follows from the list's structure and the example dossier (advies 40,
 * wens ouders 42, wens leerling 50). The other codes of a family (double advices, lwoo) are not
 * described in reference/, so they are not guessed: parseAdvice refuses them and the message asks for
 * the advice in words. [decision; verify against the published codelijst before relying on more codes]
 */

/** The rungs of the VO ladder, lowest first. */
export const VO_LEVELS = ['pro', 'vmbo-bb', 'vmbo-kb', 'vmbo-gt', 'havo', 'vwo'] as const;
export type VoLevel = (typeof VO_LEVELS)[number];

export interface AdviceType {
  code: string;
  /** Index on the ladder of VO_LEVELS; low === high for a single advice. */
  low: number;
  high: number;
  /** The OSO code (codelijst 2) where it is known; see above. */
  oso: string | null;
}

/** Every advice (and VO position) Leerwinst records, lowest first. */
export const ADVICE_TYPES = [
  { code: 'pro', low: 0, high: 0, oso: '10' },
  { code: 'vmbo-bb', low: 1, high: 1, oso: '20' },
  { code: 'vmbo-bb/kb', low: 1, high: 2, oso: null },
  { code: 'vmbo-kb', low: 2, high: 2, oso: '30' },
  { code: 'vmbo-kb/gt', low: 2, high: 3, oso: null },
  { code: 'vmbo-gt', low: 3, high: 3, oso: '40' },
  { code: 'vmbo-gt/havo', low: 3, high: 4, oso: null },
  { code: 'havo', low: 4, high: 4, oso: '50' },
  { code: 'havo/vwo', low: 4, high: 5, oso: null },
  { code: 'vwo', low: 5, high: 5, oso: '60' },
] as const satisfies readonly AdviceType[];

export type AdviceCode = (typeof ADVICE_TYPES)[number]['code'];
export const ADVICE_CODES = ADVICE_TYPES.map((a) => a.code) as [AdviceCode, ...AdviceCode[]];

const BY_CODE = new Map<string, AdviceType>(ADVICE_TYPES.map((a) => [a.code, a]));

export function isAdviceCode(value: string): value is AdviceCode {
  return BY_CODE.has(value);
}

export function adviceType(code: AdviceCode): AdviceType {
  const type = BY_CODE.get(code);
  if (!type) throw new Error(`unknown advice ${code}`);
  return type;
}

/** The advice that spans these rungs, if there is one (one rung, or two adjacent ones). */
export function adviceOfRange(low: number, high: number): AdviceCode | null {
  return ADVICE_TYPES.find((a) => a.low === low && a.high === high)?.code ?? null;
}

/** Words in a file or a form, each naming rungs of the ladder. */
const WORDS: Record<string, readonly number[]> = {
  pro: [0],
  praktijkonderwijs: [0],
  praktijk: [0],
  b: [1],
  bb: [1],
  bbl: [1],
  bl: [1],
  basis: [1],
  basisberoepsgericht: [1],
  basisberoepsgerichte: [1],
  k: [2],
  kb: [2],
  kbl: [2],
  kl: [2],
  kader: [2],
  kaderberoepsgericht: [2],
  kaderberoepsgerichte: [2],
  g: [3],
  t: [3],
  gt: [3],
  gl: [3],
  tl: [3],
  mavo: [3],
  gemengd: [3],
  gemengde: [3],
  theoretisch: [3],
  theoretische: [3],
  havo: [4],
  vwo: [5],
  atheneum: [5],
  gymnasium: [5],
  // Abbreviations of double advices that schools and VO use.
  hv: [4, 5],
  mh: [3, 4],
  th: [3, 4],
};

/** Words that say nothing about the level. */
const NEUTRAL = new Set(['vmbo', 'leerweg', 'lwoo', 'met', 'en', 'of', 'advies', 'onderwijs', 'niveau']);

function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/**
 * An advice or VO position as people write it: "havo/vwo", "HAVO-VWO", "vmbo-kb/gl-tl", "mavo/havo",
 * "VMBO (G)T", "praktijkonderwijs", "vwo (gymnasium)", a code of this module, or an OSO code of a plain
 * advice ("50"). Null when the text names no level, an unknown word, or levels that are not one rung
 * or two adjacent ones ("vmbo" alone, "pro/havo").
 */
export function parseAdvice(text: string): AdviceCode | null {
  const trimmed = text.trim();
  if (isAdviceCode(trimmed.toLowerCase())) return trimmed.toLowerCase() as AdviceCode;
  if (/^\d+$/.test(trimmed)) return ADVICE_TYPES.find((a) => a.oso === trimmed)?.code ?? null;
  const rungs: number[] = [];
  for (const token of tokens(trimmed)) {
    const named = WORDS[token];
    if (named) rungs.push(...named);
    else if (!NEUTRAL.has(token)) return null;
  }
  if (rungs.length === 0) return null;
  return adviceOfRange(Math.min(...rungs), Math.max(...rungs));
}

/**
 * The place of an advice on the ladder, doubled so it stays whole: low + high. A double advice sits
 * between its two rungs, so havo/vwo is above havo and below vwo. [decision]
 */
export function adviceRank(code: AdviceCode): number {
  const a = adviceType(code);
  return a.low + a.high;
}

export type ToetsComparison = 'hoger' | 'gelijk' | 'lager';

/** How the doorstroomtoets's advice stands to the school's advice: hoger, gelijk or lager. */
export function toetsAgainstAdvice(schoolAdvice: AdviceCode, toetsAdvice: AdviceCode): ToetsComparison {
  const difference = adviceRank(toetsAdvice) - adviceRank(schoolAdvice);
  return difference > 0 ? 'hoger' : difference < 0 ? 'lager' : 'gelijk';
}

/**
 * Since 2023/24 a school must reconsider its definitive advice when the doorstroomtoets advises higher;
 * the advice may then only go up. [fact, domain.md §4]
 */
export function heroverwegingNodig(definitief: AdviceCode, toetsAdvice: AdviceCode | null): boolean {
  return toetsAdvice !== null && toetsAgainstAdvice(definitief, toetsAdvice) === 'hoger';
}

export type HeroverwegingUitkomst = 'gehandhaafd' | 'bijgesteld';

/** What is wrong with a recorded heroverweging, as a stable code; null when it holds. */
export function heroverwegingProblem(
  definitief: AdviceCode | null,
  uitkomst: HeroverwegingUitkomst | null,
  nieuwAdvies: AdviceCode | null,
): 'zonder-definitief' | 'nieuw-ontbreekt' | 'alleen-hoger' | 'nieuw-zonder-bijstelling' | null {
  if (uitkomst === null) return nieuwAdvies === null ? null : 'nieuw-zonder-bijstelling';
  if (definitief === null) return 'zonder-definitief';
  if (uitkomst === 'gehandhaafd') return nieuwAdvies === null ? null : 'nieuw-zonder-bijstelling';
  if (nieuwAdvies === null) return 'nieuw-ontbreekt';
  return adviceRank(nieuwAdvies) > adviceRank(definitief) ? null : 'alleen-hoger';
}

/** The advice that holds in the end: the adjusted one after a heroverweging, else the definitive one. */
export function finalAdvice(record: {
  definitief: AdviceCode | null;
  heroverweging: HeroverwegingUitkomst | null;
  heroverwogen: AdviceCode | null;
}): AdviceCode | null {
  if (record.heroverweging === 'bijgesteld' && record.heroverwogen) return record.heroverwogen;
  return record.definitief;
}

export type PositionComparison = 'boven' | 'op' | 'onder';

/**
 * Where a pupil is in VO against the advice. A position inside the advice's range is op het advies: a
 * pupil with havo/vwo in havo or in vwo is op niveau, a havo/vwo brugklas is op niveau for a havo advice.
 * Above the range is boven, below it onder. [decision] `doubleAdvice: 'lowest'` takes the lower rung of
 * a double advice as the advice (havo/vwo in vwo is then boven), the stricter reading some use.
 */
export function positionAgainstAdvice(
  advice: AdviceCode,
  position: AdviceCode,
  options: { doubleAdvice?: 'range' | 'lowest' } = {},
): PositionComparison {
  const a = adviceType(advice);
  const p = adviceType(position);
  const high = options.doubleAdvice === 'lowest' ? a.low : a.high;
  if (p.high < a.low) return 'onder';
  if (p.low > high) return 'boven';
  return 'op';
}
