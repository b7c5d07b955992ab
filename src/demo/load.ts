import { hashPassword } from '../server/auth/passwords';
import type { Db } from '../server/db/database';
import { insertChunked } from '../server/db/bulk';
import { DEMO_PASSWORD, type DemoData } from './generator';
import { bumpResultsVersion } from '../server/results-version';

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('bestuur').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The pupils as generated, with the OPP mark (leerling.opp_since) of those the demo gave an OPP. */
function withOppSince(data: DemoData) {
  const since = new Map(data.zorg.oppSince.map((o) => [o.leerlingId, o.since]));
  return data.leerling.map((l) => ({ ...l, opp_since: since.get(l.id) ?? l.opp_since ?? null }));
}

/** The leerlingzorg rows, each table after the ones it refers to. */
async function insertZorg(trx: Db, zorg: DemoData['zorg']): Promise<void> {
  await insertChunked(trx, 'periode', zorg.periode);
  await insertChunked(trx, 'verzorger', zorg.verzorger);
  await insertChunked(trx, 'toestemming', zorg.toestemming);
  await insertChunked(trx, 'bespreking', zorg.bespreking);
  await insertChunked(trx, 'bespreking_deelnemer', zorg.bespreking_deelnemer);
  await insertChunked(trx, 'bespreking_leerling', zorg.bespreking_leerling);
  await insertChunked(trx, 'afspraak', zorg.afspraak);
  await insertChunked(trx, 'zorgniveau', zorg.zorgniveau);
  await insertChunked(trx, 'opp', zorg.opp);
  await insertChunked(trx, 'opp_versie', zorg.opp_versie);
  await insertChunked(trx, 'opp_overleg', zorg.opp_overleg);
  await insertChunked(trx, 'opp_evaluatie', zorg.opp_evaluatie);
}

/** The HGW cycle's rows, each table after the ones it refers to. */
async function insertHgw(trx: Db, hgw: DemoData['hgw']): Promise<void> {
  await insertChunked(trx, 'groepsoverzicht_rij', hgw.groepsoverzicht_rij);
  await insertChunked(trx, 'groepsoverzicht_groep', hgw.groepsoverzicht_groep);
  await insertChunked(trx, 'cyclus_stap', hgw.cyclus_stap);
  await insertChunked(trx, 'groepsplan', hgw.groepsplan);
  await insertChunked(trx, 'groepsplan_versie', hgw.groepsplan_versie);
  await insertChunked(trx, 'observatie', hgw.observatie);
  await insertChunked(trx, 'teambespreking', hgw.teambespreking);
}

/** What app_meta's 'demo' row holds: when and which bestuur, so a reset knows what is the demo's. */
export interface DemoMeta {
  loadedAt: string;
  schools: number;
  bestuurId?: string;
}

/** Writes a generated demo in one transaction; every demo account gets the demo password. */
export async function loadDemo(db: Db, data: DemoData, now: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => writeDemo(trx, data, now, passwordHash));
}

/** The rows of a generated demo, inside the caller's transaction. */
export async function writeDemo(trx: Db, data: DemoData, now: Date, passwordHash: string): Promise<void> {
  const iso = now.toISOString();
  await insertChunked(trx, 'bestuur', data.bestuur);
  await insertChunked(trx, 'school', data.school);
  await insertChunked(trx, 'schooljaar', data.schooljaar);
  await insertChunked(trx, 'groep', data.groep);
  await insertChunked(trx, 'toets', data.toets);
  await insertChunked(trx, 'leerling', withOppSince(data));
  await insertChunked(trx, 'plaatsing', data.plaatsing);
  await insertChunked(
    trx,
    'app_user',
    data.accounts.map((a) => ({
      id: a.id,
      name: a.name,
      email: a.email,
      password_hash: passwordHash,
      active: 1 as const,
      created_at: iso,
      last_login_at: null,
    })),
  );
  await insertChunked(trx, 'role_assignment', data.role_assignment);
  await insertChunked(trx, 'medewerker', data.medewerker);
  await insertChunked(trx, 'groep_leerkracht', data.groep_leerkracht);
  await insertChunked(trx, 'toetsresultaat', data.toetsresultaat);
  await insertChunked(trx, 'norm_row', data.norm_row);
  await insertChunked(trx, 'dle_point', data.dle_point);
  await insertChunked(trx, 'ambitie', data.ogw.ambitie);
  await insertChunked(trx, 'ambitie_wijziging', data.ogw.ambitie_wijziging);
  await insertChunked(trx, 'signaleringswaarde', data.ogw.signaleringswaarde);
  await insertZorg(trx, data.zorg);
  await insertHgw(trx, data.hgw);
  await insertChunked(trx, 'schooladvies', data.advies.schooladvies);
  await insertChunked(trx, 'vo_terugkoppeling', data.advies.vo_terugkoppeling);
  await insertChunked(trx, 'tevredenheid', data.tevredenheid);
  await insertChunked(trx, 'seo_score', data.seo);
  const meta: DemoMeta = { loadedAt: iso, schools: data.school.length, bestuurId: data.summary.bestuurId };
  await trx
    .insertInto('app_meta')
    .values({ key: 'demo', value: JSON.stringify(meta) })
    .execute();
  await bumpResultsVersion(trx, now);
}

export async function hasDemo(db: Db): Promise<boolean> {
  const row = await db.selectFrom('app_meta').select('key').where('key', '=', 'demo').executeTakeFirst();
  return row !== undefined;
}
