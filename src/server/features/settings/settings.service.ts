import { DEFAULT_DL_CONVENTION, type DlConvention } from '../../../domain/dl';
import { LEVEL_SYSTEMS } from '../../../domain/levels';
import { schoolPlacementMapping, type PlacementMapping } from '../../../domain/placement';
import { signaleringConfig, type SignaleringConfig } from '../../../domain/signalering';
import { audit } from '../../audit';
import { schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { EngineSettings, type SettingsResponse } from './settings.schema';

export interface EffectiveSettings {
  dlConvention: DlConvention;
  placementMapping: PlacementMapping;
  signalering: SignaleringConfig;
}

/** A school's own settings; a row that no longer parses (after a schema change) counts as none. */
export async function loadSchoolSettings(db: Db, schoolId: string): Promise<EngineSettings> {
  const row = await db
    .selectFrom('school_setting')
    .select('settings')
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
  if (!row) return {};
  const parsed = EngineSettings.safeParse(JSON.parse(row.settings));
  return parsed.success ? parsed.data : {};
}

export function effectiveSettings(own: EngineSettings): EffectiveSettings {
  return {
    dlConvention: own.dlConvention ?? DEFAULT_DL_CONVENTION,
    placementMapping: schoolPlacementMapping(own.placementMapping ?? {}),
    signalering: signaleringConfig(own.signalering ?? {}),
  };
}

function present(own: EngineSettings): SettingsResponse {
  const effective = effectiveSettings(own);
  return {
    settings: own,
    effective: {
      dlConvention: effective.dlConvention,
      placementMapping: effective.placementMapping as Record<string, 'verkort' | 'basis' | 'verlengd'>,
      signalering: effective.signalering as unknown as Record<string, Record<string, unknown>>,
    },
    levelSystems: [...LEVEL_SYSTEMS],
  };
}

function assertManages(actor: Actor, schoolId: string): void {
  if (!schoolsWhere(actor, 'settings.manage').includes(schoolId)) throw notFound('De school');
}

export async function getSettings(db: Db, actor: Actor, schoolId: string): Promise<SettingsResponse> {
  assertManages(actor, schoolId);
  return present(await loadSchoolSettings(db, schoolId));
}

export async function putSettings(
  db: Db,
  actor: Actor,
  schoolId: string,
  settings: EngineSettings,
  now: Date,
): Promise<SettingsResponse> {
  assertManages(actor, schoolId);
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('school_setting')
      .values({
        school_id: schoolId,
        settings: JSON.stringify(settings),
        updated_by: actor.userId,
        updated_at: iso,
      })
      .onConflict((oc) =>
        oc
          .column('school_id')
          .doUpdateSet({ settings: JSON.stringify(settings), updated_by: actor.userId, updated_at: iso }),
      )
      .execute();
    await audit(trx, now, {
      userId: actor.userId,
      action: 'settings.update',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { keys: Object.keys(settings) },
    });
  });
  return present(settings);
}
