import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVICE_CODES,
  ADVICE_TYPES,
  finalAdvice,
  heroverwegingNodig,
  heroverwegingProblem,
  parseAdvice,
  positionAgainstAdvice,
  toetsAgainstAdvice,
  type AdviceCode,
} from './vo-advies';

const anyAdvice = fc.constantFrom(...ADVICE_CODES);

describe('the advice types', () => {
  it('are the six VO levels and the four double advices of two adjacent levels, lowest first', () => {
    expect(ADVICE_CODES).toEqual([
      'pro',
      'vmbo-bb',
      'vmbo-bb/kb',
      'vmbo-kb',
      'vmbo-kb/gt',
      'vmbo-gt',
      'vmbo-gt/havo',
      'havo',
      'havo/vwo',
      'vwo',
    ]);
    for (const a of ADVICE_TYPES) expect(a.high - a.low).toBeLessThanOrEqual(1);
  });

  it('carry the OSO code of each plain advice only, every one in the OSO value set', () => {
    const osoValueSet = /^(01|10|2[0-3]|3[0-5]|4[0-4]|5[0-2]|6[01]|70|80)$/;
    const withCode = ADVICE_TYPES.filter((a) => a.oso !== null);
    expect(withCode.map((a) => [a.code, a.oso])).toEqual([
      ['pro', '10'],
      ['vmbo-bb', '20'],
      ['vmbo-kb', '30'],
      ['vmbo-gt', '40'],
      ['havo', '50'],
      ['vwo', '60'],
    ]);
    for (const a of withCode) expect(a.oso).toMatch(osoValueSet);
  });
});

describe('parseAdvice', () => {
  it.each([
    ['havo/vwo', 'havo/vwo'],
    ['HAVO-VWO', 'havo/vwo'],
    ['HV', 'havo/vwo'],
    ['vmbo-kb/gl-tl', 'vmbo-kb/gt'],
    ['vmbo-tl/havo', 'vmbo-gt/havo'],
    ['mavo/havo', 'vmbo-gt/havo'],
    ['VMBO (G)T', 'vmbo-gt'],
    ['vmbo gl/tl', 'vmbo-gt'],
    ['vmbo-b', 'vmbo-bb'],
    ['Basisberoepsgerichte leerweg met lwoo', 'vmbo-bb'],
    ['kader', 'vmbo-kb'],
    ['Praktijkonderwijs', 'pro'],
    ['vwo (gymnasium)', 'vwo'],
    ['Atheneum', 'vwo'],
    ['  havo ', 'havo'],
    ['50', 'havo'],
    ['10', 'pro'],
  ])('reads %j as %s', (text, code) => {
    expect(parseAdvice(text)).toBe(code);
  });

  it.each([['vmbo'], ['pro/havo'], ['vmbo-bb/havo'], ['hbo'], ['vso'], [''], ['42']])(
    'refuses %j rather than guess',
    (text) => {
      expect(parseAdvice(text)).toBeNull();
    },
  );

  it('reads every code of this module, in any case, as itself', () => {
    fc.assert(
      fc.property(anyAdvice, fc.boolean(), (code, upper) => {
        expect(parseAdvice(upper ? code.toUpperCase() : code)).toBe(code);
      }),
    );
  });
});

describe('toetsAgainstAdvice', () => {
  it('worked by hand: a double advice sits between its two levels', () => {
    expect(toetsAgainstAdvice('havo', 'havo/vwo')).toBe('hoger');
    expect(toetsAgainstAdvice('havo/vwo', 'havo')).toBe('lager');
    expect(toetsAgainstAdvice('havo/vwo', 'vwo')).toBe('hoger');
    expect(toetsAgainstAdvice('vmbo-gt/havo', 'havo')).toBe('hoger');
    expect(toetsAgainstAdvice('havo', 'havo')).toBe('gelijk');
    expect(toetsAgainstAdvice('vmbo-kb', 'pro')).toBe('lager');
  });

  it('is gelijk only for the same advice, and hoger one way exactly when lager the other', () => {
    fc.assert(
      fc.property(anyAdvice, anyAdvice, (a, b) => {
        const ab = toetsAgainstAdvice(a, b);
        const ba = toetsAgainstAdvice(b, a);
        expect(ab === 'gelijk').toBe(a === b);
        if (ab === 'hoger') expect(ba).toBe('lager');
        if (ab === 'lager') expect(ba).toBe('hoger');
      }),
    );
  });

  it('orders the advices as the ladder lists them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ADVICE_CODES.length - 1 }),
        fc.integer({ min: 0, max: ADVICE_CODES.length - 1 }),
        (i, j) => {
          const a = ADVICE_CODES[i] as AdviceCode;
          const b = ADVICE_CODES[j] as AdviceCode;
          const expected = j > i ? 'hoger' : j < i ? 'lager' : 'gelijk';
          expect(toetsAgainstAdvice(a, b)).toBe(expected);
        },
      ),
    );
  });
});

describe('the heroverweging', () => {
  it('is needed exactly when the toets advises higher', () => {
    expect(heroverwegingNodig('havo', 'havo/vwo')).toBe(true);
    expect(heroverwegingNodig('havo', 'havo')).toBe(false);
    expect(heroverwegingNodig('havo', 'vmbo-gt')).toBe(false);
    expect(heroverwegingNodig('havo', null)).toBe(false);
  });

  it('may only raise the advice, and needs the new advice when it adjusts', () => {
    expect(heroverwegingProblem('havo', 'bijgesteld', 'havo/vwo')).toBeNull();
    expect(heroverwegingProblem('havo', 'bijgesteld', 'havo')).toBe('alleen-hoger');
    expect(heroverwegingProblem('havo', 'bijgesteld', 'vmbo-gt/havo')).toBe('alleen-hoger');
    expect(heroverwegingProblem('havo', 'bijgesteld', null)).toBe('nieuw-ontbreekt');
    expect(heroverwegingProblem('havo', 'gehandhaafd', null)).toBeNull();
    expect(heroverwegingProblem('havo', 'gehandhaafd', 'vwo')).toBe('nieuw-zonder-bijstelling');
    expect(heroverwegingProblem(null, 'gehandhaafd', null)).toBe('zonder-definitief');
    expect(heroverwegingProblem('havo', null, 'vwo')).toBe('nieuw-zonder-bijstelling');
    expect(heroverwegingProblem('havo', null, null)).toBeNull();
  });

  it('leaves the adjusted advice as the one that holds', () => {
    expect(finalAdvice({ definitief: 'havo', heroverweging: 'bijgesteld', heroverwogen: 'havo/vwo' })).toBe(
      'havo/vwo',
    );
    expect(finalAdvice({ definitief: 'havo', heroverweging: 'gehandhaafd', heroverwogen: null })).toBe(
      'havo',
    );
    expect(finalAdvice({ definitief: null, heroverweging: null, heroverwogen: null })).toBeNull();
  });
});

describe('positionAgainstAdvice', () => {
  it('worked by hand', () => {
    expect(positionAgainstAdvice('havo', 'havo')).toBe('op');
    expect(positionAgainstAdvice('havo', 'vwo')).toBe('boven');
    expect(positionAgainstAdvice('havo', 'vmbo-gt')).toBe('onder');
    expect(positionAgainstAdvice('havo/vwo', 'havo')).toBe('op');
    expect(positionAgainstAdvice('havo/vwo', 'vwo')).toBe('op');
    expect(positionAgainstAdvice('havo/vwo', 'vmbo-gt/havo')).toBe('op');
    expect(positionAgainstAdvice('havo', 'havo/vwo')).toBe('op');
    expect(positionAgainstAdvice('vmbo-kb/gt', 'vmbo-bb')).toBe('onder');
    expect(positionAgainstAdvice('vmbo-kb/gt', 'havo')).toBe('boven');
  });

  it('reads a double advice by its lower level when asked', () => {
    expect(positionAgainstAdvice('havo/vwo', 'vwo', { doubleAdvice: 'lowest' })).toBe('boven');
    expect(positionAgainstAdvice('havo/vwo', 'havo', { doubleAdvice: 'lowest' })).toBe('op');
    expect(positionAgainstAdvice('havo/vwo', 'havo/vwo', { doubleAdvice: 'lowest' })).toBe('op');
  });

  it('is op for the advice itself, and never boven and onder at once as the advice narrows', () => {
    fc.assert(
      fc.property(anyAdvice, anyAdvice, (advice, position) => {
        expect(positionAgainstAdvice(advice, advice)).toBe('op');
        const wide = positionAgainstAdvice(advice, position);
        const strict = positionAgainstAdvice(advice, position, { doubleAdvice: 'lowest' });
        // Taking only the lower level can turn op into boven, never into onder.
        if (wide === 'onder') expect(strict).toBe('onder');
        if (strict === 'op') expect(wide).toBe('op');
      }),
    );
  });
});
