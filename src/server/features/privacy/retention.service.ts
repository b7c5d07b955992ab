/**
 * Retention (AVG art. 5 lid 1 e): each school keeps a pupil's data for a set number of years after the
 * pupil left, per category (settings per school, defaults below). A run, daily or by the CLI:
 * - leerlingdossier and zorg expired: those rows go (with everything under them);
 * - both expired: the pupil's identity is anonymised; results and placements stay for the figures;
 * - resultaten expired: the pupil goes entirely;
 * - audit rows of the school older than the auditlog period go.
 * A dry run counts the same rows and changes nothing.
 */
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { TableInfo } from '../../db/introspect';
import { summarizeIssues } from '../../../shared/zod-nl';
import { invalidInput } from '../../errors';
import {
  anonymisePupil,
  catalogOf,
  collectPupilRows,
  countRows,
  deleteRows,
  scrubDocuments,
  type PupilRows,
} from './erase';
import {
  countAuditBefore,
  deleteAuditBefore,
  deleteLeerling,
  findLeftPupils,
  findRetentionPolicy,
  findSchoolIds,
  upsertRetentionPolicy,
} from './privacy.queries';
import {
  RETENTION_DEFAULTS,
  RetentionSettings,
  type RetentionCounts,
  type RetentionPolicy,
} from './privacy.schema';
import type { Category } from './pupil-tables';

export async function loadRetentionSettings(db: Db, schoolId: string): Promise<RetentionSettings> {
  const row = await findRetentionPolicy(db, schoolId);
  const parsed = row ? RetentionSettings.safeParse(JSON.parse(row.settings)) : null;
  return parsed?.success ? parsed.data : {};
}

export function effectivePolicy(own: RetentionSettings): RetentionPolicy {
  return { ...RETENTION_DEFAULTS, ...own };
}

/** The day `years` after an ISO date (29 February stays 29 February: it still sorts right). */
export function addYears(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4, 10)}`;
}

const today = (now: Date) => now.toISOString().slice(0, 10);

async function withRows(
  db: Db,
  catalog: readonly TableInfo[],
  pupils: readonly string[],
  categories: readonly Category[] | 'all',
  dryRun: boolean,
): Promise<{ pupils: number; rows: number; found: PupilRows }> {
  const found = await collectPupilRows(db, catalog, pupils, categories);
  if (!dryRun) await deleteRows(db, catalog, found);
  return { pupils: found.pupils.size, rows: countRows(found), found };
}

/** One school's run, in one transaction (a dry run rolls nothing back because it writes nothing). */
export async function runRetentionForSchool(
  db: Db,
  schoolId: string,
  now: Date,
  dryRun: boolean,
): Promise<RetentionCounts> {
  const policy = effectivePolicy(await loadRetentionSettings(db, schoolId));
  const day = today(now);
  // Read outside the transaction: the catalog query needs the database itself, not a transaction.
  const catalog = await catalogOf(db);
  return db.transaction().execute(async (trx) => {
    const left = await findLeftPupils(trx, schoolId);
    const expired = (years: number) =>
      new Set(left.filter((p) => addYears(p.left_on, years) <= day).map((p) => p.id));
    const gone = expired(policy.resultaten);
    const stays = (ids: Set<string>) => [...ids].filter((id) => !gone.has(id));
    const [dossierDue, zorgDue] = [expired(policy.leerlingdossier), expired(policy.zorg)];
    const anonymise = left.filter(
      (p) => !gone.has(p.id) && p.anonymised_at === null && dossierDue.has(p.id) && zorgDue.has(p.id),
    );
    const dossier = await withRows(trx, catalog, stays(dossierDue), ['leerlingdossier'], dryRun);
    const zorg = await withRows(trx, catalog, stays(zorgDue), ['zorg'], dryRun);
    if (!dryRun) for (const p of anonymise) await anonymisePupil(trx, p.id, now);
    const whole = await withRows(trx, catalog, [...gone], 'all', dryRun);
    if (!dryRun) {
      for (const id of gone) {
        await scrubDocuments(trx, id, 'delete');
        await deleteLeerling(trx, id);
      }
    }
    const before = `${addYears(day, -policy.auditlog)}T00:00:00.000Z`;
    const auditRows = dryRun
      ? await countAuditBefore(trx, schoolId, before)
      : await deleteAuditBefore(trx, schoolId, before);
    const counts: RetentionCounts = {
      leerlingdossier: { pupils: dossier.pupils, rows: dossier.rows },
      zorg: { pupils: zorg.pupils, rows: zorg.rows },
      anonymised: anonymise.length,
      resultaten: { pupils: gone.size, rows: whole.rows + gone.size },
      auditlog: { rows: auditRows },
    };
    if (!dryRun) {
      await audit(trx, now, {
        userId: null,
        action: 'retention.run',
        entity: 'school',
        entityId: schoolId,
        schoolId,
        details: { ...counts, policy },
      });
    }
    return counts;
  });
}

/** Every school, one after the other; what was (or would be) done per school. */
export async function runRetention(db: Db, now: Date, dryRun: boolean) {
  const out: { schoolId: string; name: string; counts: RetentionCounts }[] = [];
  for (const school of await findSchoolIds(db)) {
    out.push({
      schoolId: school.id,
      name: school.name,
      counts: await runRetentionForSchool(db, school.id, now, dryRun),
    });
  }
  return out;
}

export async function getRetention(db: Db, actor: Actor, schoolId: string, now: Date) {
  requireAtSchool(actor, schoolId, 'privacy.manage');
  const settings = await loadRetentionSettings(db, schoolId);
  return {
    settings,
    effective: effectivePolicy(settings),
    defaults: { ...RETENTION_DEFAULTS },
    due: await runRetentionForSchool(db, schoolId, now, true),
  };
}

export async function putRetention(
  db: Db,
  actor: Actor,
  schoolId: string,
  settings: RetentionSettings,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'privacy.manage');
  const policy = effectivePolicy(settings);
  // A pupil deleted with the results takes the dossier and care data along: those must have gone first.
  if (policy.resultaten < Math.max(policy.leerlingdossier, policy.zorg)) {
    const issues = [
      {
        field: 'resultaten',
        message: 'moet minstens zo lang zijn als het leerlingdossier en de zorggegevens',
      },
    ];
    throw invalidInput(summarizeIssues(issues), issues);
  }
  await db.transaction().execute(async (trx) => {
    await upsertRetentionPolicy(trx, {
      schoolId,
      settings: JSON.stringify(settings),
      updatedBy: actor.userId,
      updatedAt: now.toISOString(),
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'retention.update',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { ...policy },
    });
  });
  return getRetention(db, actor, schoolId, now);
}
