/**
 * How many pupils the signal rules flag on the default demo, read through the API as the school's IB
 * (GET /groups/{id}/analysis): per group the share flagged per vak and in any vak, with the rules that
 * fired. `node bin/run-ts.js scripts/demo-signal-share.ts [JJJJ-MM-DD] [--seed N] [--names]`; the day
 * defaults to today, as `npm start` would generate the demo.
 */
import { DEFAULT_DEMO, DEMO_PASSWORD, generateDemo } from '../src/demo/generator';
import { loadDemo } from '../src/demo/load';
import { createApi } from '../src/server/app';
import { migrateToLatest, openDatabase } from '../src/server/db/database';
import type { GroupAnalysisResponse } from '../src/server/features/analysis/analysis.schema';
import { useDutchZodMessages } from '../src/shared/zod-nl';

const args = process.argv.slice(2);
const day = args.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? new Date().toISOString().slice(0, 10);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : DEFAULT_DEMO.seed;
const names = args.includes('--names');
const now = new Date(`${day}T12:00:00.000Z`);

useDutchZodMessages();
const database = await openDatabase('sqlite::memory:');
await migrateToLatest(database.db);
const data = generateDemo({ ...DEFAULT_DEMO, seed, now });
await loadDemo(database.db, data, now);
const api = createApi({ db: database.db, clock: () => now, trustProxy: false });

async function get<T>(path: string, cookie: string): Promise<T> {
  const response = await api.request(path, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

async function login(email: string): Promise<string> {
  const response = await api.request('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(1, of)).toFixed(0)} %)`;
const totals = { pupils: 0, any: 0, perVak: new Map<string, [number, number]>() };
const rules = new Map<string, number>();
const current = data.summary.schooljaren.at(-1);
process.stdout.write(`Demo of ${day} (seed ${seed}), current rules, through GET /groups/{id}/analysis:\n`);
for (const ib of data.accounts.filter((a) => a.role === 'ib')) {
  const cookie = await login(ib.email);
  const schoolId = data.summary.schoolIds[ib.schoolIndex ?? -1] ?? '';
  const year = data.schooljaar.find((s) => s.school_id === schoolId && s.name === current);
  for (const group of data.groep.filter((g) => g.schooljaar_id === year?.id)) {
    const body = await get<GroupAnalysisResponse>(`/groups/${group.id}/analysis`, cookie);
    const pupils = body.pupils.filter((p) => p.leftOn === null);
    if (body.vakken.length === 0) continue;
    const any = pupils.filter((p) => p.signals.length > 0).length;
    const perVak = body.vakken.map((vak) => {
      const n = pupils.filter((p) => p.signals.some((s) => s.vak === vak)).length;
      const t = totals.perVak.get(vak) ?? [0, 0];
      totals.perVak.set(vak, [t[0] + n, t[1] + pupils.length]);
      return `${vak} ${pct(n, pupils.length)}`;
    });
    totals.pupils += pupils.length;
    totals.any += any;
    for (const s of pupils.flatMap((p) => p.signals))
      rules.set(`${s.rule} (${s.severity})`, (rules.get(`${s.rule} (${s.severity})`) ?? 0) + 1);
    process.stdout.write(
      `  ${ib.schoolIndex === 0 ? 'school 1' : 'school 2'} ${group.name} at ${body.meetpunt}: any vak ${pct(any, pupils.length)}; ${perVak.join(', ')}\n`,
    );
    if (names)
      for (const p of pupils.filter((x) => x.signals.length > 0))
        process.stdout.write(
          `      ${p.name}: ${p.signals.map((s) => `${s.rule}/${s.vak ?? '-'}`).join(', ')}\n`,
        );
  }
}
process.stdout.write(`All groups: any vak ${pct(totals.any, totals.pupils)}\n`);
for (const [vak, [n, of]] of totals.perVak) process.stdout.write(`  ${vak}: ${pct(n, of)}\n`);
process.stdout.write(`Signals by rule: ${[...rules].map(([r, n]) => `${r} ${n}`).join(', ')}\n`);
await database.close();
