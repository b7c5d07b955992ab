/**
 * One cohort of leavers (the pupils of groep 8 in one schooljaar), counted the way a school and its
 * bestuur look at advice and outflow: the definitive advice against the doorstroomtoets's advice, the
 * heroverwegingen that followed, and where the pupils were in VO year 1, 2 and 3 against the advice that
 * held in the end. Counts only: the caller decides who may see a small cell (suppression.ts).
 */
import {
  ADVICE_CODES,
  finalAdvice,
  heroverwegingNodig,
  positionAgainstAdvice,
  toetsAgainstAdvice,
  type AdviceCode,
  type HeroverwegingUitkomst,
  type PositionComparison,
} from './vo-advies';

export const VO_LEERJAREN = [1, 2, 3] as const;
export type VoLeerjaar = (typeof VO_LEERJAREN)[number];

export interface CohortPupil {
  definitief: AdviceCode | null;
  toetsAdvies: AdviceCode | null;
  heroverweging: HeroverwegingUitkomst | null;
  heroverwogen: AdviceCode | null;
  /** The level of the VO class the pupil went to, as the school recorded it. */
  uitstroom: AdviceCode | null;
  /** What the VO reported back, per leerjaar. */
  positions: Partial<Record<VoLeerjaar, AdviceCode>>;
}

export interface PositionCounts {
  /** Pupils with both an advice and a position. */
  n: number;
  boven: number;
  op: number;
  onder: number;
}

export interface CohortSummary {
  /** Pupils of the cohort with a record. */
  pupils: number;
  /** The advice that held in the end, per advice. */
  adviezen: { n: number; counts: { advice: AdviceCode; count: number }[] };
  /** The doorstroomtoets's advice against the definitive advice. */
  toets: { n: number; hoger: number; gelijk: number; lager: number };
  /** Pupils whose toets advised higher: the advice was bijgesteld, gehandhaafd, or not yet reconsidered. */
  heroverweging: { n: number; bijgesteld: number; gehandhaafd: number; open: number };
  /** The outflow (VO class after groep 8) against the advice that held. */
  uitstroom: PositionCounts;
  vo: (PositionCounts & { leerjaar: VoLeerjaar })[];
}

const emptyCounts = (): PositionCounts => ({ n: 0, boven: 0, op: 0, onder: 0 });

function count(counts: PositionCounts, outcome: PositionComparison): void {
  counts.n += 1;
  counts[outcome] += 1;
}

export function cohortSummary(pupils: readonly CohortPupil[]): CohortSummary {
  const adviezen = new Map<AdviceCode, number>();
  const toets = { n: 0, hoger: 0, gelijk: 0, lager: 0 };
  const heroverweging = { n: 0, bijgesteld: 0, gehandhaafd: 0, open: 0 };
  const uitstroom = emptyCounts();
  const vo = VO_LEERJAREN.map((leerjaar) => ({ leerjaar, ...emptyCounts() }));
  for (const p of pupils) {
    const held = finalAdvice({
      definitief: p.definitief,
      heroverweging: p.heroverweging,
      heroverwogen: p.heroverwogen,
    });
    if (held) adviezen.set(held, (adviezen.get(held) ?? 0) + 1);
    if (p.definitief && p.toetsAdvies) {
      toets.n += 1;
      toets[toetsAgainstAdvice(p.definitief, p.toetsAdvies)] += 1;
    }
    if (p.definitief && heroverwegingNodig(p.definitief, p.toetsAdvies)) {
      heroverweging.n += 1;
      heroverweging[p.heroverweging ?? 'open'] += 1;
    }
    if (!held) continue;
    if (p.uitstroom) count(uitstroom, positionAgainstAdvice(held, p.uitstroom));
    for (const counts of vo) {
      const position = p.positions[counts.leerjaar];
      if (position) count(counts, positionAgainstAdvice(held, position));
    }
  }
  const counts = ADVICE_CODES.flatMap((advice) => {
    const n = adviezen.get(advice);
    return n ? [{ advice, count: n }] : [];
  });
  return {
    pupils: pupils.length,
    adviezen: { n: counts.reduce((sum, c) => sum + c.count, 0), counts },
    toets,
    heroverweging,
    uitstroom,
    vo,
  };
}
