/**
 * A teambespreking stored before verdicts said direction × certainty holds the old codes (behaald,
 * niet-behaald, niet-te-onderscheiden). It still opens, and reads as it would today: every verdict is
 * given again from the figure frozen beside it, which itself never changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { TEST_NOW } from '../../../testing/fixtures';
import { ok, ogwWorld, type OgwWorld } from '../../../testing/ogw-expect';
import { newId } from '../../db/ids';
import type { TeambesprekingResponse } from '../teambespreking/teambespreking.schema';
import { withCurrentVerdicts } from './legacy-verdicts';

/** The verdict as it was stored before, by the old rule written out here. */
function oldVerdict(value: number, interval: { low: number; high: number }, target: number, atMost: boolean) {
  if (interval.low < target && target < interval.high) return 'niet-te-onderscheiden';
  return (atMost ? value <= target : value >= target) ? 'behaald' : 'niet-behaald';
}

describe('withCurrentVerdicts', () => {
  it('gives figures and referentie rows their verdict from the frozen numbers, and leaves the rest', () => {
    const stored = {
      cells: [
        {
          figures: [
            {
              value: 8 / 12,
              interval: { low: 0.43, high: 0.84 },
              target: 0.5,
              direction: 'atLeast',
              verdict: 'niet-te-onderscheiden',
            },
            {
              value: 0.05,
              interval: { low: 0, high: 0.09 },
              target: 0.1,
              direction: 'atMost',
              verdict: 'behaald',
            },
            {
              value: 0.3,
              interval: { low: 0.2, high: 0.4 },
              target: null,
              direction: 'atLeast',
              verdict: null,
            },
          ],
        },
      ],
      referentie: [
        {
          share: 0.8,
          interval: { low: 0.7, high: 0.88 },
          signaleringswaarde: 0.85,
          signaleringVerdict: 'niet-te-onderscheiden',
          ambition: 0.6,
          ambitionVerdict: 'behaald',
        },
      ],
      plans: [{ evaluation: { counts: { behaald: 3 } }, status: 'behaald' }],
    };
    expect(withCurrentVerdicts(stored)).toEqual({
      ...stored,
      cells: [
        {
          figures: [
            { ...stored.cells[0]?.figures[0], verdict: 'boven-marge' },
            { ...stored.cells[0]?.figures[1], verdict: 'boven-zeker' },
            stored.cells[0]?.figures[2],
          ],
        },
      ],
      referentie: [
        { ...stored.referentie[0], signaleringVerdict: 'onder-marge', ambitionVerdict: 'boven-zeker' },
      ],
    });
    const current = withCurrentVerdicts(stored);
    expect(withCurrentVerdicts(current)).toEqual(current);
  });
});

describe.each(testEngines())('a teambespreking with the old verdict codes (%s)', (engine) => {
  let world: OgwWorld;

  beforeAll(async () => {
    world = await ogwWorld(engine);
  });
  afterAll(async () => world.database.dispose());

  const read = (id: string) =>
    world.api.call<TeambesprekingResponse>('GET', `/teambesprekingen/${id}`, { cookie: world.cookies.ib });

  it('opens with today’s verdicts, the figures as they stood', async () => {
    const made = ok(
      await world.api.call<TeambesprekingResponse>(
        'POST',
        `/schools/${world.demo.schoolA}/teambesprekingen`,
        {
          cookie: world.cookies.ib,
          body: { schooljaar: '2025-2026', moment: 'E', heldOn: '2026-06-25' },
        },
      ),
      201,
    );
    const figures = made.snapshot.cells.flatMap((c) => c.figures).filter((f) => f.verdict);
    expect(figures.length).toBeGreaterThan(0);
    const old = {
      ...made.snapshot,
      cells: made.snapshot.cells.map((cell) => ({
        ...cell,
        figures: cell.figures.map((f) =>
          f.verdict && f.value !== null && f.interval && f.target !== null
            ? { ...f, verdict: oldVerdict(f.value, f.interval, f.target, f.direction === 'atMost') }
            : f,
        ),
      })),
    };
    const codes = new Set(old.cells.flatMap((c) => c.figures.map((f) => f.verdict)));
    expect(codes.has('behaald') || codes.has('niet-behaald') || codes.has('niet-te-onderscheiden')).toBe(
      true,
    );
    const row = await world.database.db
      .selectFrom('teambespreking')
      .selectAll()
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    const id = newId(TEST_NOW.getTime());
    await world.database.db
      .insertInto('teambespreking')
      .values({ ...row, id, snapshot: JSON.stringify(old) })
      .execute();
    expect(ok(await read(id)).snapshot).toEqual(made.snapshot);
  });
});
