import type { Insertable, Updateable } from 'kysely';
import type { AmbitionTarget } from '../../../domain/ambitions';
import { nationalReference } from '../../../domain/ambitions-reference';
import { signaleringswaarde2F, SIGNALERINGSWAARDE_1F } from '../../../domain/referentie';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';
import { AmbitionTargetSchema, type AmbitionResponse } from './ambitions.schema';

/** The only indicator the Inspectie publishes as a table (1F is one number for every school). */
export const SIGNALERINGSWAARDE_INDICATOR = '2F/1S';

export function findAmbition(db: Db, ambitionId: string) {
  return db.selectFrom('ambitie').selectAll().where('id', '=', ambitionId).executeTakeFirst();
}

/** Every ambition (any status, any kind) of one cell: the school, schooljaar, vak, jaargroep and moment. */
export function findAmbitionsOfCell(
  db: Db,
  cell: { schoolId: string; schooljaar: string; vak: string; jaargroep: number; moment: 'B' | 'M' | 'E' },
) {
  return db
    .selectFrom('ambitie')
    .selectAll()
    .where('school_id', '=', cell.schoolId)
    .where('schooljaar', '=', cell.schooljaar)
    .where('vak', '=', cell.vak)
    .where('jaargroep', '=', cell.jaargroep)
    .where('moment', '=', cell.moment)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertAmbition(trx: Db, row: Insertable<DB['ambitie']>) {
  await trx.insertInto('ambitie').values(row).execute();
}

export async function insertAmbitionChange(trx: Db, row: Insertable<DB['ambitie_wijziging']>) {
  await trx.insertInto('ambitie_wijziging').values(row).execute();
}

/** Changes the ambition only at the version the caller read; false when someone else was first. */
export async function updateAmbitionAtVersion(
  trx: Db,
  ambitionId: string,
  version: number,
  values: Updateable<DB['ambitie']>,
): Promise<boolean> {
  const result = await trx
    .updateTable('ambitie')
    .set(values)
    .where('id', '=', ambitionId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The active ambitions of the kind "share at or above" of these schools for one vak and moment. */
export function findAtOrAboveAmbitions(
  db: Db,
  schoolIds: string[],
  at: { schooljaar: string; vak: string; moment: 'B' | 'M' | 'E' },
) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('ambitie')
    .select(['school_id', 'jaargroep', 'target'])
    .where('school_id', 'in', schoolIds)
    .where('schooljaar', '=', at.schooljaar)
    .where('vak', '=', at.vak)
    .where('moment', '=', at.moment)
    .where('kind', '=', 'atOrAbove')
    .where('status', '=', 'actief')
    .execute();
}

/** A new publication replaces the whole table: the old rows go, in the caller's transaction. */
export async function replaceSignaleringswaardeRows(
  trx: Db,
  rows: Insertable<DB['signaleringswaarde']>[],
): Promise<void> {
  await trx.deleteFrom('signaleringswaarde').where('indicator', '=', SIGNALERINGSWAARDE_INDICATOR).execute();
  await trx.insertInto('signaleringswaarde').values(rows).execute();
}

/** The ambitions of one schooljaar with their history, newest change first. */
export async function loadAmbitions(
  db: Db,
  schoolId: string,
  schooljaar: string,
): Promise<AmbitionResponse[]> {
  const rows = await db
    .selectFrom('ambitie as a')
    .innerJoin('app_user as u', 'u.id', 'a.updated_by')
    .selectAll('a')
    .select('u.name as updated_by_name')
    .where('a.school_id', '=', schoolId)
    .where('a.schooljaar', '=', schooljaar)
    .execute();
  const changes =
    rows.length === 0
      ? []
      : await db
          .selectFrom('ambitie_wijziging as w')
          .innerJoin('app_user as u', 'u.id', 'w.changed_by')
          .selectAll('w')
          .select('u.name as changed_by_name')
          .where(
            'w.ambitie_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('w.version', 'desc')
          .execute();
  const byAmbition = new Map<string, typeof changes>();
  for (const c of changes) byAmbition.set(c.ambitie_id, [...(byAmbition.get(c.ambitie_id) ?? []), c]);
  const order = (a: (typeof rows)[number]) =>
    `${a.vak ?? '~'}|${a.jaargroep ?? 9}|${a.moment === 'B' ? 0 : a.moment === 'M' ? 1 : 2}|${a.kind}`;
  return rows
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((a) => {
      const target = AmbitionTargetSchema.parse(JSON.parse(a.target));
      return { a, target, reference: nationalReference(target as AmbitionTarget) };
    })
    .map(({ a, target, reference }) => ({
      id: a.id,
      schooljaar: a.schooljaar,
      vak: a.vak,
      jaargroep: a.jaargroep,
      moment: a.moment,
      target,
      reference,
      evaluation: a.evaluation,
      status: a.status,
      version: a.version,
      updatedBy: a.updated_by_name,
      updatedAt: a.updated_at,
      history: (byAmbition.get(a.id) ?? []).map((c) => ({
        version: c.version,
        action: c.action,
        target: AmbitionTargetSchema.parse(JSON.parse(c.target)),
        evaluation: c.evaluation,
        reason: c.reason,
        decidedBy: c.decided_by,
        changedBy: c.changed_by_name,
        changedAt: c.changed_at,
      })),
    }));
}

/** 1F is the same for every school; 2F/1S comes from the loaded table and the school's schoolweging. */
export async function schoolSignaleringswaarden(db: Db, schoolId: string) {
  const [school, rows] = await Promise.all([
    db.selectFrom('school').select('schoolweging').where('id', '=', schoolId).executeTakeFirst(),
    db
      .selectFrom('signaleringswaarde')
      .selectAll()
      .where('indicator', '=', SIGNALERINGSWAARDE_INDICATOR)
      .execute(),
  ]);
  const schoolweging = school?.schoolweging ?? null;
  const table = rows.map((r) => ({
    fromSchoolweging: r.from_weging,
    toSchoolweging: r.to_weging,
    share: r.share,
  }));
  return {
    ref1F: SIGNALERINGSWAARDE_1F,
    ref2F: signaleringswaarde2F(schoolweging, table),
    schoolweging,
    source: rows[0]?.source ?? null,
  };
}
