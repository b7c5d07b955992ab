/**
 * Hand-made pupils for the OPP tests, written straight into the demo's school A: two versions of a
 * rekenen toets with DLE tables made up here, an AVI toets, and pupils of Groep 5 with results at
 * dates the tests choose. No figure is computed here: the tests work out every answer by hand.
 */
import type { Engine } from '../../db/dialect';
import type { Db } from '../../db/database';
import { TEST_NOW, unknownId, type LoginName } from '../../../testing/fixtures';
import { demoWorld, ok } from '../../../testing/world';
import type { OppResponse } from './opp-response.schema';
import type { OppContent } from './opp.schema';

const iso = TEST_NOW.toISOString();
const stamp = { created_at: iso, updated_at: iso };

/** [lowest score, DLE] rows of version 1 and version 2 of the rekenen toets. */
export const DLE_V1: readonly (readonly [number, number])[] = [
  [20, 5],
  [30, 10],
  [40, 12],
  [45, 14],
  [50, 16],
  [55, 18],
  [58, 19],
  [60, 20],
  [70, 25],
  [80, 30],
  [90, 35],
  [100, 40],
];
export const DLE_V2: readonly (readonly [number, number])[] = [
  [100, 15],
  [120, 20],
  [130, 22],
  [140, 24],
  [150, 26],
  [160, 30],
  [180, 35],
  [200, 40],
];

export interface OppToetsen {
  v1: string;
  v2: string;
  avi: string;
}

async function insertToets(
  db: Db,
  t: { code: string; vak: string; name: string; version: string; scale: string; system: string },
  dle: readonly (readonly [number, number])[],
): Promise<string> {
  const id = unknownId();
  await db
    .insertInto('toets')
    .values({
      id,
      school_id: null,
      code: t.code,
      vak: t.vak,
      name: t.name,
      publisher: 'OPP-test',
      version: t.version,
      scale_key: t.scale,
      scale_kind: t.system === 'AVI' ? 'ordinaal' : 'vaardigheid',
      level_system: t.system,
      created_at: iso,
    })
    .execute();
  if (dle.length > 0) {
    await db
      .insertInto('dle_point')
      .values(
        dle.map(([min_score, d]) => ({ id: unknownId(), toets_id: id, school_id: null, min_score, dle: d })),
      )
      .execute();
  }
  return id;
}

export async function insertOppToetsen(db: Db): Promise<OppToetsen> {
  const rekenen = { vak: 'rekenen-wiskunde', system: 'I-V' };
  return {
    v1: await insertToets(
      db,
      { ...rekenen, code: 'opp-rw-1', name: 'Rekenen OPP-test 1', version: '1', scale: 'opp-rw-1' },
      DLE_V1,
    ),
    v2: await insertToets(
      db,
      { ...rekenen, code: 'opp-rw-2', name: 'Rekenen OPP-test 2', version: '2', scale: 'opp-rw-2' },
      DLE_V2,
    ),
    avi: await insertToets(
      db,
      {
        code: 'opp-avi',
        vak: 'technisch-lezen',
        name: 'AVI OPP-test',
        version: '1',
        scale: 'opp-avi',
        system: 'AVI',
      },
      [],
    ),
  };
}

/** A pupil of the group who started groep 3 in 2024-2025 (so DL 15 at M4, 20 at E4, 25 at M5). */
export async function insertPupil(
  db: Db,
  at: { schoolId: string; groupId: string },
  roepnaam: string,
): Promise<string> {
  const id = unknownId();
  await db
    .insertInto('leerling')
    .values({
      id,
      school_id: at.schoolId,
      las_key: `opp-${roepnaam}`,
      las_key_stable: 1,
      eckid: null,
      roepnaam,
      voorvoegsel: null,
      achternaam: 'Oppenheim',
      geboortedatum: null,
      geslacht: null,
      groep3_start: '2024-2025',
      opp_since: null,
      ...stamp,
    })
    .execute();
  await db
    .insertInto('plaatsing')
    .values({
      id: unknownId(),
      leerling_id: id,
      groep_id: at.groupId,
      jaargroep: '5',
      start_date: '2026-08-01',
      end_date: null,
    })
    .execute();
  return id;
}

export interface ResultSpec {
  toetsId: string;
  schooljaar: string;
  moment: string;
  afnamedatum: string;
  score: number | null;
  niveau?: string;
}

export async function insertResult(db: Db, pupilId: string, r: ResultSpec): Promise<void> {
  await db
    .insertInto('toetsresultaat')
    .values({
      id: unknownId(),
      leerling_id: pupilId,
      toets_id: r.toetsId,
      schooljaar: r.schooljaar,
      moment: r.moment,
      afnamedatum: r.afnamedatum,
      ruwe_score: null,
      vaardigheidsscore: r.score,
      niveau: r.niveau ?? null,
      functioneringsniveau: null,
      dle: null,
      import_id: null,
      ...stamp,
    })
    .execute();
}

export const M4 = { schooljaar: '2025-2026', moment: 'M4', afnamedatum: '2026-01-26' } as const;
export const E4 = { schooljaar: '2025-2026', moment: 'E4', afnamedatum: '2026-06-08' } as const;
export const M5 = { schooljaar: '2026-2027', moment: 'M5', afnamedatum: '2027-01-25' } as const;
export const E5 = { schooljaar: '2026-2027', moment: 'E5', afnamedatum: '2027-06-07' } as const;

/** The demo world with the OPP toetsen and Groep 5 of school A, and calls to the OPP routes. */
export async function oppWorld(engine: Engine) {
  const world = await demoWorld(engine);
  const toetsen = await insertOppToetsen(world.database.db);
  const schoolId = world.demo.schoolA;
  const groupId = world.demo.group(schoolId, 'Groep 5').id;
  const { api, cookies } = world;
  const as = (who: LoginName | null) => (who ? { cookie: cookies[who] } : {});
  const calls = {
    create: (pupilId: string, body: unknown, who: LoginName | null = 'ib') =>
      api.call<OppResponse>('POST', `/pupils/${pupilId}/opp`, { ...as(who), body }),
    get: (oppId: string, who: LoginName | null = 'ib') =>
      api.call<OppResponse>('GET', `/opp/${oppId}`, as(who)),
    save: (oppId: string, body: unknown, who: LoginName | null = 'ib') =>
      api.call<OppResponse>('PUT', `/opp/${oppId}`, { ...as(who), body }),
    overleg: (oppId: string, body: unknown, who: LoginName | null = 'ib') =>
      api.call<OppResponse>('POST', `/opp/${oppId}/overleg`, { ...as(who), body }),
    step: (oppId: string, body: unknown, who: LoginName | null = 'ib') =>
      api.call<OppResponse>('POST', `/opp/${oppId}/step`, { ...as(who), body }),
    evaluatie: (oppId: string, body: unknown, who: LoginName | null = 'ib') =>
      api.call<OppResponse>('POST', `/opp/${oppId}/evaluatie`, { ...as(who), body }),
    note: (oppId: string, body: unknown, who: LoginName | null = 'ib') =>
      api.call<OppResponse>('POST', `/opp/${oppId}/notes`, { ...as(who), body }),
  };
  return { world, toetsen, schoolId, groupId, calls };
}
export type OppWorld = Awaited<ReturnType<typeof oppWorld>>;

/** Every table an OPP request may write: a refusal leaves all of them as they were. */
export const OPP_WRITES = [
  'opp',
  'opp_versie',
  'opp_overleg',
  'opp_evaluatie',
  'leerling',
  'audit_log',
] as const;

/** The content with the LRV (and AVI expectations) set for a vak, and an uitstroomprofiel. */
export function withExpectation(
  content: OppContent,
  vak: string,
  change: { lrv?: number | null; avi?: OppContent['vakken'][number]['avi'] },
  uitstroomprofiel: OppContent['uitstroomprofiel'] = 'vmbo-kb',
): OppContent {
  return {
    ...content,
    uitstroomprofiel,
    vakken: content.vakken.map((v) => (v.vak === vak ? { ...v, ...change } : v)),
  };
}

export const INSTEMMING = {
  heldOn: '2026-11-26',
  participants: 'Moeder, IB, leerkracht',
  parentsView: 'Wij vinden dit een goed plan.',
  outcome: 'instemming',
} as const;

/** Through the API: an OPP for the pupil with this LRV for rekenen, agreed with the parents and vastgesteld. */
export async function vastgesteldOpp(
  w: OppWorld,
  pupilId: string,
  change: Parameters<typeof withExpectation>[2],
  vak = 'rekenen-wiskunde',
): Promise<OppResponse> {
  const created = ok(await w.calls.create(pupilId, { decidedOn: '2026-11-20' }), 201);
  const saved = ok(
    await w.calls.save(created.id, {
      version: created.version,
      content: withExpectation(created.content, vak, change),
    }),
  );
  ok(await w.calls.overleg(saved.id, INSTEMMING), 201);
  return ok(await w.calls.step(saved.id, { version: saved.version, step: 'vaststellen' }));
}
