/**
 * Every figure the bestuur receives, at every depth of every answer it can reach, is about ten pupils
 * or more. The demo is made to hold small cells first: one jaargroep keeps results in one vak for only
 * two pupils (a small cell), and in another jaargroep only three pupils keep a score (a big cell whose
 * level and instruction shares are about three children). The routes come from the OpenAPI document,
 * so a new bestuur route is checked the day it is added; the check below knows nothing of the server's
 * suppression code, only which keys hold sizes and labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VAKKEN } from '../../../shared/vakken';
import { testEngines } from '../../../testing/databases';
import { TEST_NOW } from '../../../testing/fixtures';
import { operationsOf, type OpenApiDocument, type Operation } from '../../../testing/openapi';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { permissionsOfRoles } from '../../auth/permissions';
import { bumpResultsVersion } from '../../results-version';

/** Keys whose numbers say how many, or which cell, never how well: allowed in a small cell. */
const SIZES_AND_LABELS = new Set([
  'n',
  'missing',
  'jaargroep',
  'expectedJaargroep',
  // Which VO year a cohort's feedback is about.
  'leerjaar',
  'members',
  'left',
  'repeaters',
  'instroom',
  'minCellSize',
  // The school's policy and the Inspectie's norm, not pupil data.
  'target',
  'ambition',
  'signaleringswaarde',
  'version',
  // How many themes a survey asked about, not how its respondents answered.
  'themas',
]);
/** Words that are an outcome: "behaald" in a cell of three says something about each of them. */
const OUTCOME_WORDS = new Set(['verdict', 'signaleringVerdict', 'ambitionVerdict']);

interface Finding {
  small: number;
  leaks: string[];
}

/** Every number or outcome word inside an object about fewer than ten pupils that is not a size or label. */
function inspect(value: unknown, path: string, small: boolean, found: Finding): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => inspect(v, `${path}[${i}]`, small, found));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const own = typeof record.n === 'number' && record.n < 10;
  if (own) found.small += 1;
  if (own && 'suppressed' in record && record.suppressed !== true) found.leaks.push(`${path}.suppressed`);
  for (const [key, field] of Object.entries(record)) {
    // What a figure is held against (the school's ambition): policy, not pupil data.
    if (key === 'goal') continue;
    const inside = small || own;
    if (inside && typeof field === 'number' && !SIZES_AND_LABELS.has(key)) {
      found.leaks.push(`${path}.${key} = ${field}`);
    }
    if (inside && OUTCOME_WORDS.has(key) && field !== null)
      found.leaks.push(`${path}.${key} = ${String(field)}`);
    inspect(field, `${path}.${key}`, inside, found);
  }
}

describe.each(testEngines())('small cells for the bestuur (%s)', (engine) => {
  let world: DemoWorld;
  let operations: Operation[];
  let doc: OpenApiDocument;
  const small = { jaargroep: '4', vak: 'rekenen-wiskunde', keep: 2 };
  const fewLevels = { jaargroep: '5', vak: 'spelling', keep: 3 };

  /**
   * The results of school A in one vak at the moments of one jaargroep (M4, E4, …): in every schooljaar
   * and moment all but `keep` pupils lose them, or keep the row but lose score and level.
   */
  async function shrink(target: { jaargroep: string; vak: string; keep: number }, levelsOnly: boolean) {
    const { demo, data, database } = world;
    const ofSchool = new Set(data.leerling.filter((l) => l.school_id === demo.schoolA).map((l) => l.id));
    const byMoment = new Map<string, string[]>();
    for (const r of data.toetsresultaat) {
      if (!ofSchool.has(r.leerling_id) || !r.moment.endsWith(target.jaargroep)) continue;
      if (demo.toets(r.toets_id).vak !== target.vak) continue;
      const key = `${r.schooljaar} ${r.moment}`;
      byMoment.set(key, [...(byMoment.get(key) ?? []), r.id]);
    }
    const ids = [...byMoment.values()].flatMap((rows) => rows.sort().slice(target.keep));
    expect(ids.length).toBeGreaterThan(target.keep);
    const db = database.db;
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      if (levelsOnly) {
        await db
          .updateTable('toetsresultaat')
          .set({
            niveau: null,
            vaardigheidsscore: null,
            ruwe_score: null,
            functioneringsniveau: null,
            dle: null,
          })
          .where('id', 'in', part)
          .execute();
      } else {
        await db.deleteFrom('toetsresultaat').where('id', 'in', part).execute();
      }
    }
  }

  beforeAll(async () => {
    world = await demoWorld(engine);
    await shrink(small, false);
    await shrink(fewLevels, true);
    await bumpResultsVersion(world.database.db, TEST_NOW);
    doc = ok(await world.api.call<OpenApiDocument>('GET', '/openapi.json'));
    operations = operationsOf(doc);
  });
  afterAll(async () => world.database.dispose());

  const bestuurMay = permissionsOfRoles(['bestuur']);
  /** Files (the exports) are built from the same services; this test reads the JSON answers. */
  const answersJson = (o: Operation) => {
    const responses = (doc.paths[o.path]?.[o.method] as { responses?: Record<string, { content?: object }> })
      ?.responses;
    return Object.keys(responses?.['200']?.content ?? {}).includes('application/json');
  };
  const reachable = () =>
    operations.filter(
      (o) =>
        o.method === 'get' &&
        answersJson(o) &&
        (o.permission === 'authenticated' || bestuurMay.has(o.permission as never)) &&
        /\/(bestuur|schools)\//.test(o.path),
    );

  /** Values to try for a query parameter: its enum, the vakken, the two shrunk jaargroepen. */
  function candidates(o: Operation, name: string): string[] {
    const schema = o.parameters.find((p) => p.name === name)?.schema;
    if (schema?.enum) return schema.enum.map(String);
    if (name === 'vak')
      return [small.vak, fewLevels.vak, ...VAKKEN.filter((v) => v !== small.vak && v !== fewLevels.vak)];
    if (name === 'jaargroep') return [small.jaargroep, fewLevels.jaargroep];
    return [];
  }

  /**
   * The required parameters at their first value, and each varied on its own; for each of those the
   * optional parameters varied on their own. The first values meet the shrunk cells.
   */
  async function answersOf(o: Operation, schoolId: string): Promise<{ url: string; body: unknown }[]> {
    const path = o.path.replace('{schoolId}', schoolId).replace('{bestuurId}', world.data.summary.bestuurId);
    const required = o.parameters.filter((x) => x.in === 'query' && x.required);
    const base = Object.fromEntries(required.map((p) => [p.name, candidates(o, p.name)[0] ?? '']));
    const combos = [
      base,
      ...required.flatMap((p) =>
        candidates(o, p.name)
          .slice(1)
          .map((v) => ({ ...base, [p.name]: v })),
      ),
    ];
    const answers: { url: string; body: unknown }[] = [];
    const call = async (query: Record<string, string>) => {
      const url = `${path}?${new URLSearchParams(query).toString()}`;
      const response = await world.api.call('GET', url, { cookie: world.cookies.bestuur });
      if (response.status === 200) answers.push({ url, body: response.body });
      return response;
    };
    for (const combo of combos) {
      const first = await call(combo);
      for (const p of o.parameters.filter((x) => x.in === 'query' && !x.required)) {
        // The answer lists what there is to choose (meetpunten, schooljaren, vakken, moments).
        const listed = Object.entries(first.body ?? {}).find(
          ([key]) => key.startsWith(p.name) && key !== p.name,
        );
        const values = Array.isArray(listed?.[1]) ? listed[1].map(String) : candidates(o, p.name);
        for (const v of values) await call({ ...combo, [p.name]: v });
      }
    }
    return answers;
  }

  it('withholds every figure about fewer than ten pupils in every answer the bestuur can reach', async () => {
    const found: Finding = { small: 0, leaks: [] };
    const urls: string[] = [];
    for (const o of reachable()) {
      for (const schoolId of [world.demo.schoolA, world.demo.schoolB]) {
        for (const { url, body } of await answersOf(o, schoolId)) {
          urls.push(url);
          inspect(body, url, false, found);
        }
      }
    }
    expect(urls.some((u) => u.includes('/statistics'))).toBe(true);
    expect(urls.some((u) => u.includes('/trends'))).toBe(true);
    expect(urls.some((u) => u.includes('/schooloverzicht'))).toBe(true);
    expect(found.leaks).toEqual([]);
    // The shrunk cells were met, so the check above looked at small cells.
    expect(found.small).toBeGreaterThan(10);
  });

  it('shows the IB what it hides from the bestuur: the instruction shares of three pupils in a big cell', async () => {
    const as = async (cookie: string) =>
      ok(
        await world.api.call<{
          cells: {
            jaargroep: number;
            vak: string;
            n: number;
            instructieShares: { n: number; groups: unknown[] };
          }[];
        }>('GET', `/schools/${world.demo.schoolA}/statistics`, { cookie }),
      ).cells.find((c) => String(c.jaargroep) === fewLevels.jaargroep && c.vak === fewLevels.vak);
    const ib = await as(world.cookies.ib);
    const bestuur = await as(world.cookies.bestuur);
    expect(ib?.n).toBeGreaterThanOrEqual(10);
    expect(ib?.instructieShares.n).toBe(fewLevels.keep);
    expect(ib?.instructieShares.groups.length).toBeGreaterThan(0);
    expect(bestuur).toMatchObject({ n: ib?.n, instructieShares: { n: fewLevels.keep, groups: [] } });
  });
});
