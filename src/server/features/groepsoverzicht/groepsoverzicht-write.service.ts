/**
 * What the teacher writes into the groepsoverzicht, saved field by field as they type. Two people
 * editing one pupil's row: each save names the version it started from; a save based on an older
 * version is refused with the other person's text, so nothing is overwritten without being seen.
 */
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, invalidInput, notFound } from '../../errors';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { requireGroupPeriod } from '../periods/periods';
import { requireVakWithToets } from '../vakken/vakken';
import { insertRow, updateRowAtVersion, upsertCluster } from './groepsoverzicht.queries';
import type { ClustersBody, SavedRow, SaveRowBody } from './groepsoverzicht.schema';
import { EMPTY_ROW, loadRows } from './groepsoverzicht.service';

const editable = { permission: 'groepsoverzicht.write' } as const;

async function pupilInGroup(db: Db, groupId: string, pupilId: string) {
  const pupils = await findPupilsOfGroup(db, groupId);
  if (!pupils.some((p) => p.id === pupilId)) throw notFound('De leerling');
}

export async function saveRow(
  db: Db,
  actor: Actor,
  groupId: string,
  pupilId: string,
  input: SaveRowBody,
  now: Date,
): Promise<SavedRow> {
  const { group, periode } = await requireGroupPeriod(db, actor, groupId, input.periodeId, now, editable);
  await pupilInGroup(db, groupId, pupilId);
  const values = {
    stimulerend: input.stimulerend,
    belemmerend: input.belemmerend,
    behoefte_pedagogisch: input.behoeftePedagogisch,
    behoefte_didactisch: input.behoefteDidactisch,
    updated_by: actor.userId,
    updated_at: now.toISOString(),
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
        await insertRow(trx, {
          id: newId(now.getTime()),
          groep_id: groupId,
          periode_id: periode.id,
          leerling_id: pupilId,
          version: 1,
          ...values,
        });
      } else {
        const key = { groupId, periodeId: periode.id, pupilId, version: input.version };
        const updated = await updateRowAtVersion(trx, key, { ...values, version: input.version + 1 });
        if (updated === 0) throw await refuse(trx);
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

export async function saveClusters(db: Db, actor: Actor, groupId: string, input: ClustersBody, now: Date) {
  const { group, periode } = await requireGroupPeriod(db, actor, groupId, input.periodeId, now, editable);
  const pupils = new Set((await findPupilsOfGroup(db, groupId)).map((p) => p.id));
  const stranger = input.assignments.find((a) => !pupils.has(a.leerlingId));
  if (stranger)
    throw invalidInput('Een leerling hoort niet bij deze groep.', [
      { field: 'assignments', message: 'leerling niet in de groep' },
    ]);
  await requireVakWithToets(db, input.vak);
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    for (const a of input.assignments) {
      await upsertCluster(trx, {
        id: newId(now.getTime()),
        groep_id: groupId,
        periode_id: periode.id,
        vak: input.vak,
        leerling_id: a.leerlingId,
        cluster: STANDARD_CLUSTERS.has(a.cluster) ? a.cluster : a.cluster.trim(),
        updated_by: actor.userId,
        updated_at: iso,
      });
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
