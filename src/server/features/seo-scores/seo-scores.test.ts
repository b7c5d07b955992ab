/**
 * Social-emotional scores in the API: GET /pupils/{id}/seo (a pupil's scores over time), GET
 * /groups/{id}/seo (the groepsoverzicht's columns: the latest score of the schooljaar per scale) and
 * GET /schools/{id}/seo/schalen (what the signal rules can be about); and the SEO signal rules in the
 * school's settings, seen in the pupil's analysis. Every expectation is worked out here from the demo's
 * rows (DemoData.seo), not from the service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { PupilAnalysisResponse } from '../analysis/analysis.schema';
import type { GroupSeoResponse, PupilSeoResponse, SchoolSeoScalesResponse } from './seo-scores.schema';

type SeoRow = DemoWorld['data']['seo'][number];

const TEACHER_SCALES = [
  'betrokkenheid',
  'welbevinden',
  'sociaal-initiatief',
  'sociale-flexibiliteit',
  'sociale-autonomie',
  'impulsbeheersing',
  'inlevingsvermogen',
];
/** The band's place for a scale where high is good: laag is the unfavourable end. */
const TIER = { laag: 'ongunstig', gemiddeld: 'gemiddeld', hoog: 'gunstig' } as const;
const LONG_ID = 'x'.repeat(65);

describe.each(testEngines())('social-emotional scores (%s)', (engine) => {
  let world: DemoWorld;
  let groep5: string;
  /** A pupil of groep 5 now, with scores on both lists, one of them in a laag band this year. */
  let pupil: string;

  const call = <T>(who: LoginName | null, path: string) =>
    world.api.call<T>('GET', path, { cookie: who ? world.cookies[who] : undefined });
  const rowsOf = (pupilId: string) => world.data.seo.filter((r) => r.leerling_id === pupilId);

  beforeAll(async () => {
    world = await demoWorld(engine);
    groep5 = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    const placed = world.demo.activePupilsOf(groep5);
    const found = placed.find((id) =>
      rowsOf(id).some((r) => r.schooljaar === '2026-2027' && r.lijst === 'leerkracht' && r.band === 'laag'),
    );
    if (!found) throw new Error('the demo has no groep 5 pupil with a laag score');
    pupil = found;
  });
  afterAll(async () => world.database.dispose());

  describe('GET /pupils/{pupilId}/seo', () => {
    it('answers 401 without a session, 403 to roles that never see a pupil', async () => {
      expectError(await call(null, `/pupils/${pupil}/seo`), 401, 'unauthenticated');
      expectError(await call('bestuur', `/pupils/${pupil}/seo`), 403, 'forbidden');
      expectError(await call('beheerder', `/pupils/${pupil}/seo`), 403, 'forbidden');
    });

    it('answers another school as if the pupil did not exist, and refuses a malformed id naming it', async () => {
      expectSameNotFound(
        await call('ibOtherSchool', `/pupils/${pupil}/seo`),
        await call('ibOtherSchool', `/pupils/${unknownId()}/seo`),
      );
      expectInvalidInput(await call('ib', `/pupils/${LONG_ID}/seo`), 'pupilId');
    });

    it('gives every scale over time with band, tier, signal and the change since the score before', async () => {
      const body = ok(await call<PupilSeoResponse>('leerkracht', `/pupils/${pupil}/seo`));
      const own = rowsOf(pupil);
      const series = (lijst: string, schaal: string) => {
        const points = own
          .filter((r) => r.lijst === lijst && r.schaal === schaal)
          .sort((a, b) => a.afnamedatum.localeCompare(b.afnamedatum));
        return points.map((r: SeoRow, i) => {
          const before = points[i - 1];
          const tier = r.band ? TIER[r.band] : null;
          const beforeTier = before?.band ? TIER[before.band] : null;
          const rank = { ongunstig: 0, gemiddeld: 1, gunstig: 2 };
          const diff = tier && beforeTier ? rank[tier] - rank[beforeTier] : null;
          return {
            afnamedatum: r.afnamedatum,
            schooljaar: r.schooljaar,
            versie: null,
            ruweScore: null,
            percentiel: r.percentiel,
            band: r.band,
            tier,
            signaal: r.signaal,
            percentielChange: before ? (r.percentiel ?? 0) - (before.percentiel ?? 0) : null,
            movement: diff === null ? null : diff > 0 ? 'beter' : diff < 0 ? 'slechter' : 'gelijk',
          };
        });
      };
      expect(body).toEqual({
        pupilId: pupil,
        instruments: [
          {
            instrument: 'zien',
            lists: [
              {
                lijst: 'leerkracht',
                scales: TEACHER_SCALES.map((schaal) => ({
                  schaal,
                  higherIsBetter: true,
                  points: series('leerkracht', schaal),
                })),
              },
              {
                lijst: 'leerling',
                scales: ['welbevinden', 'veiligheidsbeleving'].map((schaal) => ({
                  schaal,
                  higherIsBetter: true,
                  points: series('leerling', schaal),
                })),
              },
            ],
          },
        ],
      });
      // The test demo's three schooljaren: November and April, twice, then November of this year.
      expect(body.instruments[0]?.lists[0]?.scales[0]?.points.map((p) => p.afnamedatum.slice(0, 7))).toEqual([
        '2024-11',
        '2025-04',
        '2025-11',
        '2026-04',
        '2026-11',
      ]);
    });

    it('writes one audit row naming the pupil', async () => {
      const before = await world.database.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'pupil.seo.read')
        .execute();
      ok(await call('ib', `/pupils/${pupil}/seo`));
      const rows = await world.database.db
        .selectFrom('audit_log')
        .select(['leerling_id', 'entity', 'entity_id'])
        .where('action', '=', 'pupil.seo.read')
        .execute();
      expect(rows.length).toBe(before.length + 1);
      expect(rows.at(-1)).toEqual({ leerling_id: pupil, entity: 'leerling', entity_id: pupil });
    });

    it('answers a pupil without scores with no instruments', async () => {
      const without = world.data.leerling.find(
        (l) => l.school_id === world.demo.schoolA && rowsOf(l.id).length === 0,
      );
      if (!without) return;
      expect(ok(await call<PupilSeoResponse>('ib', `/pupils/${without.id}/seo`)).instruments).toEqual([]);
    });
  });

  describe('GET /groups/{groupId}/seo', () => {
    it('answers 401, 403 to the bestuur, 404 to another school as for an unknown group, 400 naming the group', async () => {
      expectError(await call(null, `/groups/${groep5}/seo`), 401, 'unauthenticated');
      expectError(await call('bestuur', `/groups/${groep5}/seo`), 403, 'forbidden');
      expectSameNotFound(
        await call('leerkrachtOtherSchool', `/groups/${groep5}/seo`),
        await call('leerkrachtOtherSchool', `/groups/${unknownId()}/seo`),
      );
      expectInvalidInput(await call('ib', `/groups/${LONG_ID}/seo`), 'groupId');
    });

    it('gives a column per scale and per pupil the latest score of this schooljaar', async () => {
      const body = ok(await call<GroupSeoResponse>('leerkracht', `/groups/${groep5}/seo`));
      expect(body.schooljaar).toBe('2026-2027');
      expect(body.columns.map((c) => c.key)).toEqual([
        ...TEACHER_SCALES.map((s) => `zien|leerkracht|${s}`),
        'zien|leerling|welbevinden',
        'zien|leerling|veiligheidsbeleving',
      ]);
      const placed = new Set(world.demo.pupilsOf(groep5));
      const thisYear = world.data.seo.filter(
        (r) => placed.has(r.leerling_id) && r.schooljaar === '2026-2027',
      );
      expect(new Set(body.pupils.map((p) => p.id))).toEqual(new Set(thisYear.map((r) => r.leerling_id)));
      for (const p of body.pupils) {
        for (const column of body.columns) {
          const [, lijst, schaal] = column.key.split('|');
          const latest = thisYear
            .filter((r) => r.leerling_id === p.id && r.lijst === lijst && r.schaal === schaal)
            .sort((a, b) => b.afnamedatum.localeCompare(a.afnamedatum))[0];
          expect(p.cells[column.key]).toEqual(
            latest
              ? {
                  afnamedatum: latest.afnamedatum,
                  percentiel: latest.percentiel,
                  ruweScore: null,
                  band: latest.band,
                  tier: latest.band ? TIER[latest.band] : null,
                  signaal: latest.signaal,
                }
              : undefined,
          );
        }
      }
    });

    it('has no columns and no instruments at a school without SEO data', async () => {
      const schoolB = world.demo.schoolB;
      await world.database.db.deleteFrom('seo_score').where('school_id', '=', schoolB).execute();
      const group = world.demo.groupsOf(schoolB)[0];
      if (!group) throw new Error('school B has no group');
      const body = ok(await call<GroupSeoResponse>('ibOtherSchool', `/groups/${group.id}/seo`));
      expect({ columns: body.columns, pupils: body.pupils }).toEqual({ columns: [], pupils: [] });
      expect(ok(await call('ibOtherSchool', `/schools/${schoolB}/seo/schalen`))).toEqual({ instruments: [] });
    });
  });

  describe('GET /schools/{schoolId}/seo/schalen', () => {
    it('answers 401, 403 to a leerkracht, 404 to another school, 400 naming the school', async () => {
      const school = world.demo.schoolA;
      expectError(await call(null, `/schools/${school}/seo/schalen`), 401, 'unauthenticated');
      expectError(await call('leerkracht', `/schools/${school}/seo/schalen`), 403, 'forbidden');
      expectSameNotFound(
        await call('ibOtherSchool', `/schools/${school}/seo/schalen`),
        await call('ibOtherSchool', `/schools/${unknownId()}/seo/schalen`),
      );
      expectInvalidInput(await call('ib', `/schools/${LONG_ID}/seo/schalen`), 'schoolId');
    });

    it('lists ZIEN! with its scales and the lists that report them', async () => {
      const body = ok(
        await call<SchoolSeoScalesResponse>('ib', `/schools/${world.demo.schoolA}/seo/schalen`),
      );
      expect(body).toEqual({
        instruments: [
          {
            instrument: 'zien',
            scales: [
              { schaal: 'betrokkenheid', lists: ['leerkracht'], higherIsBetter: true },
              { schaal: 'welbevinden', lists: ['leerkracht', 'leerling'], higherIsBetter: true },
              ...TEACHER_SCALES.slice(2).map((schaal) => ({
                schaal,
                lists: ['leerkracht'],
                higherIsBetter: true,
              })),
              { schaal: 'veiligheidsbeleving', lists: ['leerling'], higherIsBetter: true },
            ],
          },
        ],
      });
    });
  });

  describe('SEO signal rules', () => {
    const analysis = async () =>
      ok(await call<PupilAnalysisResponse>('ib', `/pupils/${pupil}/analysis`)).signals.filter(
        (s) => s.rule === 'seo',
      );
    const put = (body: unknown) =>
      world.api.call('PUT', `/schools/${world.demo.schoolA}/settings`, {
        cookie: world.cookies.ib,
        body,
      });

    it('gives no SEO signal by default', async () => {
      expect(await analysis()).toEqual([]);
    });

    it('refuses a rule that is not one, naming the field, and saves nothing', async () => {
      const error = expectInvalidInput(
        await put({ signalering: { seo: { enabled: true, rules: ['ZIEN welbevinden laag'] } } }),
        'signalering.seo.rules.0',
      );
      expect(error.message).toContain('zien:welbevinden:ongunstig');
      expect(await analysis()).toEqual([]);
    });

    it('signals the latest laag score of a scale whose rule the school switched on', async () => {
      const own = rowsOf(pupil).filter((r) => r.lijst === 'leerkracht');
      const latestDate = own
        .map((r) => r.afnamedatum)
        .sort()
        .at(-1);
      const low = own.filter((r) => r.afnamedatum === latestDate && r.band === 'laag');
      expect(low.length).toBeGreaterThan(0);
      const rules = low.map((r) => `zien:${r.schaal}:ongunstig`);
      ok(await put({ signalering: { seo: { enabled: true, rules } } }));
      const signals = await analysis();
      expect(
        signals
          .map((s) =>
            s.rule === 'seo' ? `${s.params.schaal} ${s.params.trigger} ${s.params.percentiel}` : '',
          )
          .sort(),
      ).toEqual(low.map((r) => `${r.schaal} ongunstig ${r.percentiel}`).sort());
      // The groepsoverzicht, which the datamuur's cards share the engine with, shows the same signals.
      const overzicht = ok(
        await call<{ pupils: { id: string; signals: { rule: string }[] }[] }>(
          'leerkracht',
          `/groups/${groep5}/groepsoverzicht`,
        ),
      );
      const row = overzicht.pupils.find((p) => p.id === pupil);
      expect(row?.signals.filter((s) => s.rule === 'seo')).toHaveLength(low.length);
      ok(await put({ signalering: { seo: { enabled: false, rules } } }));
      expect(await analysis()).toEqual([]);
    });
  });
});
