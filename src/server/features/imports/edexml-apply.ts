/**
 * Carries out an EDEXML plan in the caller's transaction, with an audit row for every pupil record
 * created or changed.
 */
import { audit, auditMany, type AuditEntry } from '../../audit';
import { insertChunked } from '../../db/bulk';
import type { Db } from '../../db/database';
import {
  endPlacement,
  setPlacementJaargroep,
  unlinkStaffFromYear,
  updateGroup,
  updatePupil,
  updateStaff,
} from './edexml.queries';
import type { EdexmlPlan } from './edexml-plan-model';

export async function applyEdexmlPlan(
  trx: Db,
  plan: EdexmlPlan,
  ctx: { schoolId: string; schooljaarId: string; importId: string; userId: string | null; now: Date },
): Promise<void> {
  const iso = ctx.now.toISOString();
  await insertChunked(trx, 'groep', plan.groups.insert);
  for (const g of plan.groups.update) await updateGroup(trx, g.id, g.set);

  await insertChunked(trx, 'leerling', plan.pupils.insert);
  for (const p of plan.pupils.update) await updatePupil(trx, p.id, p.set);

  await insertChunked(trx, 'plaatsing', plan.placements.insert);
  for (const e of plan.placements.end) await endPlacement(trx, e.id, e.endDate);
  for (const j of plan.placements.jaargroep) await setPlacementJaargroep(trx, j.id, j.jaargroep);

  await insertChunked(trx, 'medewerker', plan.staff.insert);
  for (const s of plan.staff.update) await updateStaff(trx, s.id, s.set);
  for (const link of plan.staff.links) await unlinkStaffFromYear(trx, link.medewerkerId, ctx.schooljaarId);
  await insertChunked(
    trx,
    'groep_leerkracht',
    plan.staff.links.flatMap((l) =>
      l.groupIds.map((groep_id) => ({ groep_id, medewerker_id: l.medewerkerId })),
    ),
  );

  const entries: AuditEntry[] = [
    ...plan.pupils.insert.map((p) => ({
      userId: ctx.userId,
      action: 'pupil.import.create',
      entity: 'leerling',
      entityId: p.id,
      leerlingId: p.id,
      schoolId: ctx.schoolId,
      details: { import: ctx.importId },
    })),
    ...plan.pupils.update.map((p) => ({
      userId: ctx.userId,
      action: 'pupil.import.update',
      entity: 'leerling',
      entityId: p.id,
      leerlingId: p.id,
      schoolId: ctx.schoolId,
      details: { import: ctx.importId, fields: p.fields },
    })),
  ];
  await auditMany(trx, ctx.now, entries);
  await audit(trx, ctx.now, {
    userId: ctx.userId,
    action: 'import.edexml',
    entity: 'import_batch',
    entityId: ctx.importId,
    schoolId: ctx.schoolId,
    details: { at: iso, pupils: plan.pupils.insert.length + plan.pupils.update.length },
  });
}
