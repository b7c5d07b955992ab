/**
 * What the teacher writes into the groepsoverzicht, saved field by field as they type. Two people
 * editing one pupil's row: each save names the version it started from; a save based on an older
 * version is refused with the other person's text, so nothing is overwritten without being seen.
 */
import { audit } from '../../audit';
import { permissionsAtSchool, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, forbidden, invalidInput, notFound } from '../../errors';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { findPupilInScope } from '../pupils/pupils.queries';
import { EMPTY_ROW, groupAndPeriod, loadRows } from './groepsoverzicht.service';
import type { SavedRow } from './groepsoverzicht.schema';

interface RowInput {
  periodeId: string;
  version: number;
  stimulerend: string;
  belemmerend: string;
  behoeftePedagogisch: string;
  behoefteDidactisch: string;
}

async function editableGroup(db: Db, actor: Actor, groupId: string, periodeId: string, now: Date) {
  const context = await groupAndPeriod(db, actor, groupId, periodeId, now);
  if (!permissionsAtSchool(actor, context.group.school_id).includes('groepsoverzicht.write'))
    throw forbidden();
  return context;
}

async function pupilInGroup(db: Db, groupId: string, pupilId: string) {
  const pupils = await findPupilsOfGroup(db, groupId);
  if (!pupils.some((p) => p.id === pupilId)) throw notFound('De leerling');
}

export async function saveRow(
  db: Db,
  actor: Actor,
  groupId: string,
  pupilId: string,
  input: RowInput,
  now: Date,
): Promise<SavedRow> {
  const { group, periode } = await editableGroup(db, actor, groupId, input.periodeId, now);
  await pupilInGroup(db, groupId, pupilId);
  const iso = now.toISOString();
  const values = {
    stimulerend: input.stimulerend,
    belemmerend: input.belemmerend,
    behoefte_pedagogisch: input.behoeftePedagogisch,
    behoefte_didactisch: input.behoefteDidactisch,
    updated_by: actor.userId,
    updated_at: iso,
  };
  // Read with the connection at hand: inside the transaction that is the transaction's own (on SQLite a
  // read through `db` would wait for the connection the transaction holds, for ever).
  const refuse = async (from: Db) => {
    const current = (await loadRows(from, groupId, periode.id)).get(pupilId) ?? EMPTY_ROW;
    return conflict(
      `${current.updatedBy ?? 'Iemand anders'} heeft deze rij intussen ook gewijzigd. Bekijk de andere tekst; die van jou is niet weg.`,
      current,
    );
  };
  try {
    await db.transaction().execute(async (trx) => {
      if (input.version === 0) {
        await trx
          .insertInto('groepsoverzicht_rij')
          .values({
            id: newId(now.getTime()),
            groep_id: groupId,
            periode_id: periode.id,
            leerling_id: pupilId,
            version: 1,
            ...values,
          })
          .execute();
      } else {
        const result = await trx
          .updateTable('groepsoverzicht_rij')
          .set({ ...values, version: input.version + 1 })
          .where('groep_id', '=', groupId)
          .where('periode_id', '=', periode.id)
          .where('leerling_id', '=', pupilId)
          .where('version', '=', input.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw await refuse(trx);
      }
      await audit(trx, now, {
        userId: actor.userId,
        action: 'groepsoverzicht.update',
        entity: 'groepsoverzicht_rij',
        leerlingId: pupilId,
        schoolId: group.school_id,
        details: { periode: periode.id, version: input.version + 1 },
      });
    });
  } catch (error) {
    // Two first saves at the same moment: the second finds the row the first one just created.
    if (isUniqueViolation(error)) throw await refuse(db);
    throw error;
  }
  const saved = (await loadRows(db, groupId, periode.id)).get(pupilId);
  if (!saved) throw notFound('De rij');
  return saved;
}

const STANDARD_CLUSTERS = new Set(['verkort', 'basis', 'verlengd', 'intensief']);

export async function saveClusters(
  db: Db,
  actor: Actor,
  groupId: string,
  input: { periodeId: string; vak: string; assignments: { leerlingId: string; cluster: string }[] },
  now: Date,
) {
  const { group, periode } = await editableGroup(db, actor, groupId, input.periodeId, now);
  const pupils = new Set((await findPupilsOfGroup(db, groupId)).map((p) => p.id));
  const stranger = input.assignments.find((a) => !pupils.has(a.leerlingId));
  if (stranger)
    throw invalidInput('Een leerling hoort niet bij deze groep.', [
      { field: 'assignments', message: 'leerling niet in de groep' },
    ]);
  const knownVak = await db
    .selectFrom('toets')
    .select('vak')
    .where('vak', '=', input.vak)
    .limit(1)
    .executeTakeFirst();
  if (!knownVak)
    throw invalidInput('Dit vak kent Leerwinst niet.', [{ field: 'vak', message: 'onbekend vak' }]);
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    for (const a of input.assignments) {
      const cluster = STANDARD_CLUSTERS.has(a.cluster) ? a.cluster : a.cluster.trim();
      await trx
        .insertInto('cluster_indeling')
        .values({
          id: newId(now.getTime()),
          groep_id: groupId,
          periode_id: periode.id,
          vak: input.vak,
          leerling_id: a.leerlingId,
          cluster,
          updated_by: actor.userId,
          updated_at: iso,
        })
        .onConflict((oc) =>
          oc
            .columns(['groep_id', 'periode_id', 'vak', 'leerling_id'])
            .doUpdateSet({ cluster, updated_by: actor.userId, updated_at: iso }),
        )
        .execute();
    }
    await audit(trx, now, {
      userId: actor.userId,
      action: 'clusters.update',
      entity: 'groep',
      entityId: groupId,
      schoolId: group.school_id,
      details: { vak: input.vak, pupils: input.assignments.length },
    });
  });
  return { ok: true as const };
}

/** Marks since when a pupil has an ontwikkelingsperspectief (IB), or removes the mark. */
export async function setOpp(db: Db, actor: Actor, pupilId: string, since: string | null, now: Date) {
  return db.transaction().execute(async (trx) => {
    const pupil = await findPupilInScope(trx, actor, pupilId);
    if (!pupil) throw notFound('De leerling');
    if (!permissionsAtSchool(actor, pupil.school_id).includes('opp.write')) throw forbidden();
    await trx
      .updateTable('leerling')
      .set({ opp_since: since, updated_at: now.toISOString() })
      .where('id', '=', pupilId)
      .execute();
    await audit(trx, now, {
      userId: actor.userId,
      action: 'opp.mark',
      entity: 'leerling',
      entityId: pupilId,
      leerlingId: pupilId,
      schoolId: pupil.school_id,
      details: { set: since !== null },
    });
    return { since };
  });
}
