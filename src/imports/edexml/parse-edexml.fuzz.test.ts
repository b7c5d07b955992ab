/**
 * Random damage to valid files and random bytes: parseEdexml must always resolve, quickly, with a
 * result that keeps its promises (nothing half when unreadable, trimmed unique keys, Dutch problems).
 * `npm test` runs a short version; `npm run fuzz` runs 100,000 cases and more (see test-helpers.ts).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../limits';
import { parseEdexmlOffThread } from '../off-thread';
import { FUZZ_TIMEOUT, fuzzCounter, fuzzRuns, fixtureBytes, splitAt, streamOf } from '../test-helpers';
import { parseEdexml } from './parse-edexml';
import type { EdexmlResult } from './types';

const FILES = [
  'EDEXML.Voorbeeld.2.0.xml',
  'EDEXML.Voorbeeld.2.1.xml',
  'EDEXML.Voorbeeld.2.1-Vla.xml',
  'edexml-1.03.xml',
  'edexml-2.0-problemen.xml',
  'edexml-2.1-lastige-gevallen.xml',
  'uwlr-leerlinggegevens.xml',
].map((name) => fixtureBytes(`edexml/${name}`));

const xmlish = fc.string({
  unit: fc.constantFrom(
    '<',
    '>',
    '/',
    '=',
    '"',
    "'",
    ' ',
    '\n',
    '&',
    ';',
    '#',
    'a',
    'x',
    ':',
    '-',
    '!',
    '?',
    '[',
    'é',
    '\u0000',
  ),
  maxLength: 20,
});

/** One valid file with one kind of damage: cut, slice removed, junk inserted, slice doubled, bytes overwritten. */
const damaged = fc
  .tuple(
    fc.constantFrom(...FILES),
    fc.nat(),
    fc.nat(200),
    xmlish,
    fc.uint8Array({ minLength: 1, maxLength: 8 }),
    fc.nat(4),
  )
  .map(([file, at0, len, junk, bytes, kind]) => {
    const at = at0 % (file.length + 1);
    const end = Math.min(file.length, at + len);
    const [head, tail] = [file.subarray(0, at), file.subarray(end)];
    switch (kind) {
      case 0:
        return head;
      case 1:
        return Buffer.concat([head, tail]);
      case 2:
        return Buffer.concat([head, Buffer.from(junk), file.subarray(at)]);
      case 3:
        return Buffer.concat([file.subarray(0, end), file.subarray(at)]);
      default: {
        const copy = Buffer.from(file);
        copy.set(bytes.subarray(0, Math.max(0, copy.length - at)), Math.min(at, copy.length));
        return copy;
      }
    }
  });

function keepsItsPromises(r: EdexmlResult): void {
  for (const p of r.problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.message).toMatch(/\S/);
    expect(p.code).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  }
  if (!r.readable) {
    expect(r.problems).toHaveLength(1);
    expect([r.school, r.groepen.length, r.leerlingen.length, r.leerkrachten.length]).toEqual([null, 0, 0, 0]);
  }
  for (const list of [r.groepen, r.leerlingen, r.leerkrachten]) {
    const keys = list.map((x) => x.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toBe(k.trim());
    for (const k of keys) expect(k.length).toBeGreaterThan(0);
  }
  for (const l of r.leerlingen) {
    expect(l.keyStable).toBe(!l.key.startsWith('#'));
    for (const d of [l.geboortedatum, l.instroomdatum, l.uitstroomdatum, l.groep3Start]) {
      if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  }
}

describe('parseEdexml under fuzzing', () => {
  const counter = fuzzCounter('EDEXML parser');
  afterAll(() => {
    counter.summary();
  });

  it(
    'resolves on damaged files, in any chunking, with a result that keeps its promises',
    async () => {
      await fc.assert(
        fc.asyncProperty(damaged, fc.array(fc.nat(), { maxLength: 4 }), async (bytes, cuts) => {
          keepsItsPromises(await counter.run(parseEdexml(streamOf(splitAt(bytes, cuts)))));
        }),
        { numRuns: fuzzRuns(400, 40_000) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'resolves the same way in the worker, with the real limits',
    async () => {
      await fc.assert(
        fc.asyncProperty(damaged, async (bytes) => {
          const offThread = await counter.run(parseEdexmlOffThread(bytes));
          keepsItsPromises(offThread);
          expect(offThread).toEqual(await parseEdexml(bytes, { limits: IMPORT_LIMITS }));
        }),
        { numRuns: fuzzRuns(30, 5_000) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'resolves on random bytes and random text',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 500 })),
          async (input) => {
            const r = await counter.run(parseEdexml(typeof input === 'string' ? input : Buffer.from(input)));
            keepsItsPromises(r);
            expect(r.readable).toBe(false);
          },
        ),
        { numRuns: fuzzRuns(300, 30_000) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'never imports a truncated file',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...FILES), fc.nat(), async (file, n) => {
          const rootEnd = Math.max(file.lastIndexOf('</EDEX>'), file.lastIndexOf('</soapenv:Envelope>'));
          const cut = file.subarray(0, n % rootEnd);
          const r = await counter.run(parseEdexml(cut));
          expect(r.readable).toBe(false);
          expect(r.leerlingen).toEqual([]);
        }),
        { numRuns: fuzzRuns(300, 30_000) },
      );
    },
    FUZZ_TIMEOUT,
  );
});
