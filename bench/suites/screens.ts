/**
 * The two screens a team talks around, over HTTP with a logged-in session, as the browser asks for
 * them; and the datamuur's data read with one bare query, so the cost of everything around it shows.
 */
import { startBenchServer } from '../http';
import { measure, type BenchResult } from '../harness';
import type { BenchContext } from '../setup';

export async function screensSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  const teacher = 'leerkracht@leerwinst.example';
  const server = await startBenchServer(ctx, [teacher]);
  try {
    const schoolA = ctx.data.summary.schoolIds[0] ?? '';
    const year = ctx.data.summary.schooljaren.at(-1);
    const sj = ctx.data.schooljaar.find((s) => s.school_id === schoolA && s.name === year)?.id;
    const group = ctx.data.groep.find((g) => g.schooljaar_id === sj && g.name === 'Groep 5');
    if (!group) throw new Error('no Groep 5');
    const getJson = (path: string) => server.getJson(teacher, path);
    const runs = quick ? 15 : 50;
    const results: BenchResult[] = [];
    results.push(
      await measure('datamuur', ctx.engine, ctx.size.label, () => getJson(`/groups/${group.id}/datamuur`), {
        runs,
      }),
    );
    results.push(
      await measure(
        'groepsoverzicht',
        ctx.engine,
        ctx.size.label,
        () => getJson(`/groups/${group.id}/groepsoverzicht`),
        { runs },
      ),
    );

    const db = ctx.database.db;
    results.push(
      await measure(
        'datamuur-sql',
        ctx.engine,
        ctx.size.label,
        () =>
          db
            .selectFrom('plaatsing as p')
            .innerJoin('leerling as l', 'l.id', 'p.leerling_id')
            .innerJoin('toetsresultaat as r', 'r.leerling_id', 'l.id')
            .innerJoin('toets as t', 't.id', 'r.toets_id')
            .select([
              'l.id',
              'l.roepnaam',
              'l.achternaam',
              'r.schooljaar',
              'r.moment',
              'r.vaardigheidsscore',
              'r.niveau',
            ])
            .where('p.groep_id', '=', group.id)
            .where('t.vak', '=', 'rekenen-wiskunde')
            .execute(),
        { runs },
      ),
    );
    return results;
  } finally {
    server.close();
  }
}
