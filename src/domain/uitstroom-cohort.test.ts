import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortSummary, type CohortPupil } from './uitstroom-cohort';
import { ADVICE_CODES } from './vo-advies';

const pupil = (p: Partial<CohortPupil>): CohortPupil => ({
  definitief: null,
  toetsAdvies: null,
  heroverweging: null,
  heroverwogen: null,
  uitstroom: null,
  positions: {},
  ...p,
});

describe('cohortSummary', () => {
  it('counts a cohort of six worked out by hand', () => {
    const cohort = [
      // A: havo, toets havo/vwo (hoger), bijgesteld to havo/vwo; VO year 3 vwo: op (inside havo/vwo).
      pupil({
        definitief: 'havo',
        toetsAdvies: 'havo/vwo',
        heroverweging: 'bijgesteld',
        heroverwogen: 'havo/vwo',
        uitstroom: 'havo/vwo',
        positions: { 1: 'havo/vwo', 3: 'vwo' },
      }),
      // B: vmbo-gt, toets havo (hoger), not yet reconsidered; year 3 havo: boven.
      pupil({
        definitief: 'vmbo-gt',
        toetsAdvies: 'havo',
        uitstroom: 'vmbo-gt',
        positions: { 1: 'vmbo-gt', 3: 'havo' },
      }),
      // C: vwo, toets vwo (gelijk); year 3 havo: onder.
      pupil({ definitief: 'vwo', toetsAdvies: 'vwo', uitstroom: 'vwo', positions: { 3: 'havo' } }),
      // D: vmbo-kb, toets vmbo-bb (lager); year 1 vmbo-kb: op.
      pupil({ definitief: 'vmbo-kb', toetsAdvies: 'vmbo-bb', positions: { 1: 'vmbo-kb' } }),
      // E: havo, toets vwo (hoger), gehandhaafd; outflow havo: op; year 2 vmbo-gt: onder.
      pupil({
        definitief: 'havo',
        toetsAdvies: 'vwo',
        heroverweging: 'gehandhaafd',
        uitstroom: 'havo',
        positions: { 2: 'vmbo-gt' },
      }),
      // F: only a voorlopig advice, nothing definitive: counts as a pupil, nowhere else.
      pupil({ positions: { 3: 'havo' } }),
    ];
    expect(cohortSummary(cohort)).toEqual({
      pupils: 6,
      adviezen: {
        n: 5,
        counts: [
          { advice: 'vmbo-kb', count: 1 },
          { advice: 'vmbo-gt', count: 1 },
          { advice: 'havo', count: 1 },
          { advice: 'havo/vwo', count: 1 },
          { advice: 'vwo', count: 1 },
        ],
      },
      toets: { n: 5, hoger: 3, gelijk: 1, lager: 1 },
      heroverweging: { n: 3, bijgesteld: 1, gehandhaafd: 1, open: 1 },
      uitstroom: { n: 4, boven: 0, op: 4, onder: 0 },
      vo: [
        { leerjaar: 1, n: 3, boven: 0, op: 3, onder: 0 },
        { leerjaar: 2, n: 1, boven: 0, op: 0, onder: 1 },
        { leerjaar: 3, n: 3, boven: 1, op: 1, onder: 1 },
      ],
    });
  });

  it('is all zeros for no pupils', () => {
    const empty = cohortSummary([]);
    expect(empty.pupils).toBe(0);
    expect(empty.toets).toEqual({ n: 0, hoger: 0, gelijk: 0, lager: 0 });
    expect(empty.vo.map((v) => v.n)).toEqual([0, 0, 0]);
  });

  it('always adds its parts up to its n', () => {
    const anyAdvice = fc.option(fc.constantFrom(...ADVICE_CODES), { nil: null });
    const anyPupil = fc.record({
      definitief: anyAdvice,
      toetsAdvies: anyAdvice,
      heroverweging: fc.constantFrom(null, 'gehandhaafd' as const),
      heroverwogen: fc.constant(null),
      uitstroom: anyAdvice,
      positions: fc.record(
        { 1: fc.constantFrom(...ADVICE_CODES), 3: fc.constantFrom(...ADVICE_CODES) },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(fc.array(anyPupil, { maxLength: 40 }), (pupils) => {
        const s = cohortSummary(pupils);
        expect(s.toets.hoger + s.toets.gelijk + s.toets.lager).toBe(s.toets.n);
        const h = s.heroverweging;
        expect(h.bijgesteld + h.gehandhaafd + h.open).toBe(h.n);
        for (const c of [s.uitstroom, ...s.vo]) expect(c.boven + c.op + c.onder).toBe(c.n);
        expect(s.adviezen.n).toBe(pupils.filter((p) => p.definitief !== null).length);
      }),
    );
  });
});
