/**
 * For the SEO import tests only: the invented pupils of the SEO fixtures (fixtures/seo/README.md) in a
 * school of the demo, the school's own list that eigen-welbevindenlijst.csv is about, and the query.
 */
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { TEST_NOW } from '../../../testing/fixtures';
import { importFixture } from './import-test-support';
import type { SeoReport } from './seo-import.schema';

/** The pupils of the fixtures: leerlingnummer, ECK-iD (where the Kindbegrip file uses it) and name. */
export const SEO_PUPILS = [
  {
    key: '4101',
    eckid: 'https://ketenid.nl/201703/4101a0f3',
    roepnaam: 'Daan',
    voorvoegsel: 'de',
    achternaam: 'Vries',
  },
  {
    key: '4102',
    eckid: 'https://ketenid.nl/201703/4102b7c1',
    roepnaam: 'Sara',
    voorvoegsel: null,
    achternaam: 'Bakker',
  },
  { key: '4103', eckid: null, roepnaam: 'Noor', voorvoegsel: 'El', achternaam: 'Amrani' },
  { key: '4104', eckid: null, roepnaam: 'Milan', voorvoegsel: null, achternaam: 'Jansen' },
  { key: '4105', eckid: null, roepnaam: 'Lotte', voorvoegsel: 'van', achternaam: 'Dijk' },
  { key: '4106', eckid: null, roepnaam: 'Sem', voorvoegsel: null, achternaam: 'Visser' },
] as const;

/** Inserts the fixture pupils into the school; their ids by leerlingnummer. */
export async function insertSeoPupils(db: Db, schoolId: string): Promise<Map<string, string>> {
  const at = TEST_NOW.toISOString();
  const ids = new Map<string, string>();
  for (const p of SEO_PUPILS) {
    const id = newId();
    ids.set(p.key, id);
    await db
      .insertInto('leerling')
      .values({
        id,
        school_id: schoolId,
        las_key: p.key,
        las_key_stable: 1,
        eckid: p.eckid,
        roepnaam: p.roepnaam,
        voorvoegsel: p.voorvoegsel,
        achternaam: p.achternaam,
        geboortedatum: '2017-05-04',
        geslacht: '9',
        groep3_start: null,
        opp_since: null,
        anonymised_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  return ids;
}

/** The school's own list of eigen-welbevindenlijst.csv. */
export async function insertEigenLijst(db: Db, schoolId: string) {
  await db
    .insertInto('seo_eigen_lijst')
    .values({
      id: newId(),
      school_id: schoolId,
      code: 'welbevinden-vlinder',
      name: 'Welbevindenlijst De Vlinder',
      scales: JSON.stringify([
        { code: 'plezier', name: 'Plezier op school', domain: 'welbevinden' },
        { code: 'vriendschap', name: 'Vriendschap', domain: 'sociaal' },
        { code: 'veilig-plein', name: 'Veilig op het plein', domain: 'veiligheid' },
      ]),
      created_by: null,
      created_at: TEST_NOW.toISOString(),
    })
    .execute();
}

export const seoFixture = (name: string) => importFixture(`seo/${name}`);

export function seoQuery(
  schoolId: string,
  mode: 'preview' | 'apply',
  extra: { filename?: string; config?: unknown } = {},
) {
  const params = new URLSearchParams({ mode, schoolId });
  if (extra.filename) params.set('filename', extra.filename);
  if (extra.config !== undefined) params.set('config', JSON.stringify(extra.config));
  return `/imports/seo?${params.toString()}`;
}

export type { SeoReport };
