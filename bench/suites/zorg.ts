/**
 * Leerlingzorg as the IB opens it: a groepsbespreking that is still planned, so its agenda is made from
 * the data on every read (signals, OPP pupils, open afspraken) rather than read from a frozen copy; and
 * the IB's start page, whose to-dos look at every group of the school.
 */
import { startBenchServer } from '../http';
import { measure, type BenchResult } from '../harness';
import type { BenchContext } from '../setup';

export async function zorgSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  const ib = 'ib@leerwinst.example';
  const schoolA = ctx.data.summary.schoolIds[0] ?? '';
  const bespreking = ctx.data.zorg.bespreking.find(
    (b) => b.school_id === schoolA && b.kind === 'groepsbespreking' && b.status === 'gepland',
  );
  if (!bespreking) throw new Error('no planned groepsbespreking in the first demo school');
  const server = await startBenchServer(ctx, [ib]);
  try {
    const runs = quick ? 20 : 50;
    return [
      await measure(
        'bespreking-agenda',
        ctx.engine,
        ctx.size.label,
        () => server.getJson(ib, `/besprekingen/${bespreking.id}`),
        { runs },
      ),
      await measure(
        'home-todos-ib',
        ctx.engine,
        ctx.size.label,
        () => server.getJson(ib, `/schools/${schoolA}/todos`),
        { runs },
      ),
    ];
  } finally {
    server.close();
  }
}
