import { DEFAULT_DL_CONVENTION, type DlConvention } from '../../../domain/dl';
import { LEVEL_SYSTEMS } from '../../../domain/levels';
import { schoolPlacementMapping, type PlacementMapping } from '../../../domain/placement';
import { signaleringConfig, type SignaleringConfig } from '../../../domain/signalering';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { findSchoolSettings, upsertSchoolSettings } from './settings.queries';
import { EngineSettings, type SettingsResponse } from './settings.schema';

export interface EffectiveSettings {
  dlConvention: DlConvention;
  placementMapping: PlacementMapping;
  signalering: SignaleringConfig;
}

/** A stored settings row read; one that no longer parses (after a schema change) counts as none. */
export function parseSchoolSettings(stored: string | undefined): EngineSettings {
  if (stored === undefined) return {};
  const parsed = EngineSettings.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : {};
}

/** A school's own settings. */
export async function loadSchoolSettings(db: Db, schoolId: string): Promise<EngineSettings> {
  return parseSchoolSettings((await findSchoolSettings(db, schoolId))?.settings);
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

export async function getSettings(db: Db, actor: Actor, schoolId: string): Promise<SettingsResponse> {
  requireAtSchool(actor, schoolId, 'settings.manage');
  return present(await loadSchoolSettings(db, schoolId));
}

export async function putSettings(
  db: Db,
  actor: Actor,
  schoolId: string,
  settings: EngineSettings,
  now: Date,
): Promise<SettingsResponse> {
  requireAtSchool(actor, schoolId, 'settings.manage');
  await db.transaction().execute(async (trx) => {
    await upsertSchoolSettings(trx, {
      schoolId,
      settings: JSON.stringify(settings),
      updatedBy: actor.userId,
      updatedAt: now.toISOString(),
    });
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
