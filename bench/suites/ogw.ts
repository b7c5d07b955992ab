/**
 * The OGW screens over HTTP: the schooloverzicht a schoolleider opens (defaults chosen by the server,
 * as the page asks), a five-year trend of one jaargroep, and the bestuur's grid across all its schools.
 */
import { startBenchServer } from '../http';
import { measure, type BenchResult } from '../harness';
import type { BenchContext } from '../setup';

export async function ogwSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  const leader = 'directie@leerwinst.example';
  const bestuur = 'bestuur@leerwinst.example';
  const server = await startBenchServer(ctx, [leader, bestuur]);
  try {
    const schoolA = ctx.data.summary.schoolIds[0] ?? '';
    const runs = quick ? 15 : 50;
    const entry = (name: string, login: string, path: string) =>
      measure(name, ctx.engine, ctx.size.label, () => server.getJson(login, path), { runs });
    return [
      await entry('schooloverzicht', leader, `/schools/${schoolA}/schooloverzicht`),
      await entry(
        'trend-5y',
        leader,
        `/schools/${schoolA}/trends?kind=jaargroep&vak=rekenen-wiskunde&moment=E&jaargroep=5&years=5`,
      ),
      await entry('bestuur-grid', bestuur, '/bestuur/schooloverzicht?vak=rekenen-wiskunde'),
    ];
  } finally {
    server.close();
  }
}
