/** The results engine: school statistics, a whole board's statistics, and a group's analysis. */
import { loadActor } from '../../src/server/auth/actor';
import { getGroupAnalysis } from '../../src/server/features/analysis/analysis.service';
import { getSchoolStatistics } from '../../src/server/features/statistics/statistics.service';
import { measure, type BenchResult } from '../harness';
import type { BenchContext } from '../setup';

async function actorFor(ctx: BenchContext, email: string) {
  const account = ctx.data.accounts.find((a) => a.email === email);
  const actor = account ? await loadActor(ctx.database.db, account.id) : null;
  if (!actor) throw new Error(`no demo account ${email}`);
  return actor;
}

export async function statisticsSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  const db = ctx.database.db;
  const bestuur = await actorFor(ctx, 'bestuur@leerwinst.example');
  const ib = await actorFor(ctx, 'ib@leerwinst.example');
  const schools = ctx.data.summary.schoolIds;
  const size = ctx.size.label;
  let i = 0;
  const results: BenchResult[] = [];

  results.push(
    await measure(
      'statistics-school',
      ctx.engine,
      size,
      () => getSchoolStatistics(db, bestuur, schools[i++ % schools.length] ?? '', {}),
      {
        runs: quick ? 10 : 30,
      },
    ),
  );
  results.push(
    await measure(
      'statistics-board',
      ctx.engine,
      size,
      async () => {
        for (const schoolId of schools) await getSchoolStatistics(db, bestuur, schoolId, {});
      },
      { runs: quick ? 3 : 5, warmup: 1 },
    ),
  );

  const schoolA = schools[0] ?? '';
  const currentYear = ctx.data.summary.schooljaren.at(-1);
  const sj = ctx.data.schooljaar.find((s) => s.school_id === schoolA && s.name === currentYear)?.id;
  const groups = ctx.data.groep
    .filter((g) => g.schooljaar_id === sj && !g.name.startsWith('Groep 1/2'))
    .map((g) => g.id);
  let g = 0;
  results.push(
    await measure(
      'group-analysis',
      ctx.engine,
      size,
      () => getGroupAnalysis(db, ib, groups[g++ % groups.length] ?? '', {}),
      {
        runs: quick ? 10 : 30,
      },
    ),
  );
  return results;
}
