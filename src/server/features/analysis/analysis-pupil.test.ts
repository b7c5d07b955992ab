/**
 * GET /pupils/{id}/analysis: the pupil's whole history per vak made complete by the engine, compared
 * with the domain functions applied to the generated rows, and its signals compared with the group page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { didactischeLeeftijd, nominalDl } from '../../../domain/dl';
import { DEFAULT_PLACEMENT_MAPPING } from '../../../domain/placement';
import { VAKKEN } from '../../../shared/vakken';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  demoTables,
  expectedEnrichment,
  meetpuntOfResult,
  sortMeetpunten,
  vakOf,
  type DemoResult,
  type EngineTables,
} from '../../../testing/engine-expect';
import { demoLookup, LOGIN, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import type { GroupAnalysisResponse, PupilAnalysisResponse } from './analysis.schema';

describe.each(testEngines())('pupil analysis (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let tables: EngineTables;
  let cookies: Record<LoginName, string>;
  let groupId: string;
  let latest: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    tables = demoTables(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const pupils = new Set(demo.pupilsOf(groupId));
    latest =
      sortMeetpunten(data.toetsresultaat.filter((r) => pupils.has(r.leerling_id)).map(meetpuntOfResult)).at(
        -1,
      ) ?? '';
  });
  afterAll(async () => database.dispose());

  async function pupilAnalysis(pupilId: string, who: LoginName = 'leerkracht') {
    const response = await api.call<PupilAnalysisResponse>('GET', `/pupils/${pupilId}/analysis`, {
      cookie: cookies[who],
    });
    expect(response.status).toBe(200);
    return response.body;
  }

  const byDate = (a: DemoResult, b: DemoResult) => (a.afnamedatum ?? '').localeCompare(b.afnamedatum ?? '');
  const resultsOfVak = (pupilId: string, vak: string) =>
    demo
      .resultsOf(pupilId)
      .filter((r) => vakOf(data, r) === vak)
      .sort(byDate);
  /** Pupils of the group with a result at the group's latest meetpunt in every vak, and those without. */
  const groupPupils = () => {
    const complete = (id: string) =>
      VAKKEN.every((vak) => resultsOfVak(id, vak).some((r) => meetpuntOfResult(r) === latest));
    const ids = demo.pupilsOf(groupId).filter((id) => demo.resultsOf(id).length > 0);
    return { complete: ids.filter(complete), incomplete: ids.filter((id) => !complete(id)) };
  };

  it('gives per vak every result in time order, each made complete as the domain computes it', async () => {
    const pupilIds = groupPupils().complete.slice(0, 5);
    expect(pupilIds.length).toBeGreaterThan(0);
    for (const pupilId of pupilIds) {
      const body = await pupilAnalysis(pupilId);
      expect(body.pupilId).toBe(pupilId);
      expect(body.vakken.map((v) => v.vak)).toEqual(
        VAKKEN.filter((v) => resultsOfVak(pupilId, v).length > 0),
      );
      for (const v of body.vakken) {
        const generated = resultsOfVak(pupilId, v.vak);
        expect(v.history.map((r) => r.id)).toEqual(generated.map((r) => r.id));
        generated.forEach((r, i) => expect(v.history[i]).toMatchObject(expectedEnrichment(data, tables, r)));
        const current = generated.at(-1);
        const previous = generated.at(-2);
        expect(v.current?.id).toBe(current?.id);
        expect(v.previous?.id).toBe(previous?.id);
        expect(v.growth?.value).toBe((current?.vaardigheidsscore ?? 0) - (previous?.vaardigheidsscore ?? 0));
        const level = current ? expectedEnrichment(data, tables, current).level : null;
        expect(v.placement.suggestion?.instructie).toBe(level ? DEFAULT_PLACEMENT_MAPPING[level] : undefined);
      }
    }
  });

  it('reports DL as didactischeLeeftijd(groep3_start, afnamedatum), as far apart as the DL table’s M and E', async () => {
    const pupilId = groupPupils().complete[0] ?? '';
    const pupil = demo.pupil(pupilId);
    const body = await pupilAnalysis(pupilId);
    const history = body.vakken[0]?.history ?? [];
    for (const r of history) expect(r.dl).toBe(didactischeLeeftijd(pupil.groep3_start ?? '', r.date));
    const [m, e] = history.filter((r) => r.schooljaar === history.at(-1)?.schooljaar);
    expect([m?.moment.charAt(0), e?.moment.charAt(0)]).toEqual(['M', 'E']);
    // A test in late January and one in June: the months between them are those of the nominal table.
    const nominal = (nominalDl(e?.moment ?? '') ?? Number.NaN) - (nominalDl(m?.moment ?? '') ?? Number.NaN);
    expect((e?.dl ?? Number.NaN) - (m?.dl ?? Number.NaN)).toBe(nominal);
  });

  it('signals the same for a pupil as the group page does at the latest meetpunt', async () => {
    const group = await api.call<GroupAnalysisResponse>('GET', `/groups/${groupId}/analysis`, {
      cookie: cookies.leerkracht,
    });
    expect(group.body.meetpunt).toBe(latest);
    const { complete, incomplete } = groupPupils();
    expect(incomplete.length).toBeGreaterThan(0);
    for (const pupilId of [...complete.slice(0, 3), ...incomplete]) {
      const body = await pupilAnalysis(pupilId);
      const onGroupPage = group.body.pupils.find((p) => p.id === pupilId);
      expect({ pupilId, signals: body.signals }).toEqual({ pupilId, signals: onGroupPage?.signals });
    }
  });

  it('shows a pupil who was in the leerkracht’s group in an earlier year, with all their results', async () => {
    const former =
      demo.pupilsByTeacher(LOGIN.leerkracht).former.find((id) => demo.resultsOf(id).length > 0) ?? '';
    expect(former).not.toBe('');
    const body = await pupilAnalysis(former);
    expect(body.vakken.flatMap((v) => v.history.map((r) => r.id)).sort()).toEqual(
      demo
        .resultsOf(former)
        .map((r) => r.id)
        .sort(),
    );
  });
});
