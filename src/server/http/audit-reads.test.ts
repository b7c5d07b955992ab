/**
 * The audit of what users are shown is structural: the OpenAPI document marks pupil fields (`x-pupil`)
 * exactly on the routes that name their audit row (`x-audit`), and every answer that shows a pupil of
 * the school, found in the answer's text by the pupil's id or name (not by the marks), has one audit
 * row from the request that names exactly those pupils.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testEngines } from '../../testing/databases';
import { LOGIN } from '../../testing/fixtures';
import { exampleOf, operationsOf, type OpenApiDocument, type Operation } from '../../testing/openapi';
import { demoWorld, ok, type DemoWorld } from '../../testing/world';
import { asJson, edexmlXml, uploadApi, type EdexmlReport } from '../features/imports/import-test-support';
import { isIdName, PATH_VALUES, recordsOfSchoolA, type IdName } from '../routes-test-support';
import { PupilId, PupilRef, pupilKeyed, pupilsShown } from './audit-pupils';
import {
  answersJson,
  auditOf,
  pupilMarksOf,
  pupilsIn,
  pupilTexts,
  type PupilText,
} from './audit-test-support';

describe('pupil marks in a response schema', () => {
  const Note = z.discriminatedUnion('code', [
    z.object({ code: z.literal('group'), id: z.string() }),
    z.object({ code: z.literal('pupils'), pupils: z.array(PupilRef) }),
  ]);
  const Answer = z.object({
    group: z.object({ id: z.string(), name: z.string() }),
    notes: z.array(Note),
    byPupil: pupilKeyed(z.number()),
    owner: PupilId.nullable(),
  });

  it('finds the ids at every depth, in the keys of a record, and only in the option the value is', () => {
    const shown = pupilsShown(Answer, {
      group: { id: 'g1', name: 'Groep 5' },
      notes: [
        { code: 'group', id: 'g2' },
        { code: 'pupils', pupils: [{ id: 'p1', name: 'Ada' }] },
      ],
      byPupil: { p2: 1, p3: 2 },
      owner: null,
    });
    expect([...shown.ids].sort()).toEqual(['p1', 'p2', 'p3']);
    expect(shown.names).toBe(1);
  });
});

describe.each(testEngines())('the route layer audits every answer that shows pupils (%s)', (engine) => {
  let world: DemoWorld;
  let doc: OpenApiDocument;
  let operations: Operation[];
  let records: Record<IdName, string>;
  let pupilsOfA: PupilText[];

  beforeAll(async () => {
    world = await demoWorld(engine);
    doc = ok(await world.api.call<OpenApiDocument>('GET', '/openapi.json'));
    operations = operationsOf(doc);
    records = await recordsOfSchoolA(world);
    pupilsOfA = pupilTexts(world.data, [world.demo.schoolA]);
  });
  afterAll(async () => world.database.dispose());

  const name = (o: Operation) => `${o.method.toUpperCase()} ${o.path}`;

  it('names the audit of exactly the routes whose answers carry a pupil field, and no other', () => {
    const marked = operations.filter((o) => pupilMarksOf(doc, o).size > 0);
    expect(marked.length).toBeGreaterThan(30);
    expect(marked.filter((o) => !auditOf(doc, o).action).map(name)).toEqual([]);
    const idle = operations.filter((o) => auditOf(doc, o).action && pupilMarksOf(doc, o).size === 0);
    expect(idle.filter((o) => !auditOf(doc, o).always).map(name)).toEqual([]);
  });

  /** The operation with school A's records in its path and required query parameters. */
  function urlOf(o: Operation): string {
    const source = {
      known: (key: string) => (isIdName(key) ? records[key] : undefined),
      patternCandidates: [world.demo.currentYear, `${world.demo.currentYear} M`, 'M4', '4', '99ZZ', '01'],
    };
    const path = o.path.replace(/\{(\w+)\}/g, (_, key: string) =>
      encodeURIComponent(isIdName(key) ? records[key] : (PATH_VALUES[key] ?? '')),
    );
    const query = new URLSearchParams();
    for (const p of o.parameters.filter((x) => x.in === 'query' && (x.required || isIdName(x.name)))) {
      query.set(p.name, String(exampleOf(p.schema, source, p.name)));
    }
    return query.size > 0 ? `${path}?${query.toString()}` : path;
  }

  it('writes one row per answer that shows pupils of the school, naming exactly them', async () => {
    const wrong: string[] = [];
    let audited = 0;
    const gets = operations.filter(
      (o) => o.method === 'get' && o.permission !== 'public' && answersJson(doc, o),
    );
    for (const [i, o] of gets.entries()) {
      const at = world.at(1000 + i);
      const response = await world.api.call('GET', urlOf(o), { cookie: world.cookies.ib });
      if (response.status !== 200) continue;
      const shown = pupilsIn(JSON.stringify(response.body), pupilsOfA);
      const written = await world.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('at', '=', at)
        .where('user_id', '=', world.demo.account(LOGIN.ib).id)
        .execute();
      const named = written.flatMap((r) => namedIn(r));
      if (shown.namesOnly.length > 0)
        wrong.push(`${name(o)}: names without ids ${shown.namesOnly.join(', ')}`);
      if (shown.ids.length === 0) continue;
      audited += 1;
      if (written.length !== 1)
        wrong.push(`${name(o)}: ${written.length} audit rows for an answer with pupils`);
      else if (written[0]?.action !== auditOf(doc, o).action)
        wrong.push(`${name(o)}: action ${written[0]?.action}`);
      if (JSON.stringify([...new Set(named)].sort()) !== JSON.stringify(shown.ids)) {
        wrong.push(`${name(o)}: names ${named.length} pupils, the answer shows ${shown.ids.length}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(audited).toBeGreaterThan(10);
  });

  function namedIn(row: { leerling_id: string | null; details: string | null }): string[] {
    const details = JSON.parse(row.details ?? '{}') as { leerlingIds?: string[] };
    return [...(details.leerlingIds ?? []), ...(row.leerling_id ? [row.leerling_id] : [])];
  }

  it('audits both import previews: the pupils an EDEXML preview names, the rows an inspection shows', async () => {
    const { demo, database, cookies } = world;
    const send = uploadApi(database.db, engine);
    const group5 = demo.group(demo.schoolA, 'Groep 5');
    const [stays, leaves] = demo.activePupilsOf(group5.id).map((id) => demo.pupil(id));
    if (!stays || !leaves) throw new Error('Groep 5 of the demo has fewer than two pupils');
    const listed = (p: typeof stays, extra: { uitstroomdatum?: string } = {}) => ({
      key: p.las_key,
      achternaam: p.achternaam,
      roepnaam: p.roepnaam,
      groep: group5.las_key ?? '',
      ...extra,
    });
    const file = edexmlXml({
      brin: demo.school(demo.schoolA).brin,
      schooljaar: demo.currentYear,
      peildatum: '2026-10-01',
      groups: [{ key: group5.las_key ?? '', naam: group5.name, jaargroep: group5.jaargroep }],
      pupils: [listed(stays), listed(leaves, { uitstroomdatum: '2026-12-18' })],
    });
    const query = `/imports/edexml?mode=preview&schoolId=${demo.schoolA}`;
    const rows = (action: string) =>
      database.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
    // The beheerder sees counts only (issue 13, item 4): nothing shown, nothing to audit.
    expect(asJson<EdexmlReport>(await send('POST', query, file, cookies.beheerder)).status).toBe(200);
    expect(await rows('import.edexml.read')).toEqual([]);
    const report = asJson<EdexmlReport>(await send('POST', query, file, cookies.ib)).body;
    const keys = new Set([...report.leaving, ...report.missing].map((p) => p.key));
    const named = world.data.leerling
      .filter((l) => l.school_id === demo.schoolA && keys.has(l.las_key))
      .map((l) => l.id)
      .sort();
    expect(named.length).toBeGreaterThan(1);
    const [row, ...more] = await rows('import.edexml.read');
    expect(more).toEqual([]);
    expect([row?.user_id, row?.school_id]).toEqual([demo.account(LOGIN.ib).id, demo.schoolA]);
    expect(JSON.parse(row?.details ?? '{}')).toMatchObject({ leerlingIds: named, status: 'preview' });

    const csv = 'Leerlingnummer;Achternaam;Score\n1001;Jansen;34\n1002;De Vries;41\n';
    const inspected = await send(
      'POST',
      `/imports/results/inspect?schoolId=${demo.schoolA}`,
      csv,
      cookies.ib,
    );
    expect(inspected.status).toBe(200);
    const sample = (JSON.parse(inspected.text) as { sample: unknown[] }).sample;
    expect(sample.length).toBeGreaterThan(0);
    const [inspection] = await rows('import.inspect.read');
    expect(inspection?.school_id).toBe(demo.schoolA);
    expect(JSON.parse(inspection?.details ?? '{}')).toMatchObject({ fileRows: sample.length });
  });
});
