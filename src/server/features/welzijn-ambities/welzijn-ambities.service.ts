/**
 * Ambitions on social safety and satisfaction (domain/welzijn-ambities.ts): set per school, schooljaar
 * and measure (setting one again changes it), dropped, and read with their verdict for the schooljaar.
 * The figures are the monitoring's (veiligheid feature) and the surveys' (tevredenheid feature), both
 * read raw here and withheld under ten by the domain rule, whoever reads: the verdict is a school figure.
 */
import type { z } from 'zod';
import { MIN_CELL_SIZE } from '../../../domain/suppression';
import { themeKey } from '../../../domain/tevredenheid';
import {
  measureKey,
  parseMeasureKey,
  positiveCount,
  welzijnOutcome,
  type WelzijnMeasure,
  type WelzijnOutcome,
} from '../../../domain/welzijn-ambities';
import { audit } from '../../audit';
import { abilitiesAt, requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { notFound } from '../../errors';
import { satisfactionOfSchools } from '../tevredenheid/tevredenheid.service';
import { monitoringOfSchools, type SchoolMonitoring } from '../veiligheid/veiligheid.service';
import {
  deleteWelzijnAmbition,
  findWelzijnAmbition,
  findWelzijnAmbitionOfKey,
  findWelzijnAmbitions,
  insertWelzijnAmbition,
  updateWelzijnAmbition,
} from './welzijn-ambities.queries';
import type {
  SetWelzijnAmbitionBody,
  WelzijnAmbitionListResponse,
  WelzijnAmbitionResponse,
} from './welzijn-ambities.schema';

type Groepen = Awaited<ReturnType<typeof satisfactionOfSchools>> extends Map<string, infer G> ? G : never;
type Row = Awaited<ReturnType<typeof findWelzijnAmbitions>>[number];

/**
 * The domain's favourable share in the schooljaar. An instrument has one scale per domain; should a
 * school have used two instruments, the scale with the most pupils measured is the school's figure.
 */
function seoOutcome(monitoring: SchoolMonitoring | undefined, domain: string, minShare: number) {
  const cells = (monitoring?.scales ?? []).filter((s) => s.domain === domain).map((s) => s.school);
  const cell = cells.sort((a, b) => b.n - a.n)[0];
  return welzijnOutcome(cell?.favourable ?? null, cell?.n ?? null, minShare);
}

/** The theme's latest survey of the group in the schooljaar. */
function surveyOutcome(groepen: Groepen, schooljaar: string, m: WelzijnMeasure, minShare: number) {
  if (m.source !== 'tevredenheid') throw new Error('not a survey measure');
  const theme = groepen.find((g) => g.groep === m.groep)?.themas.find((t) => t.key === m.themaKey);
  const point = theme?.points.filter((p) => p.schooljaar === schooljaar).at(-1);
  if (!point || point.positief === null) return welzijnOutcome(null, point?.n ?? null, minShare);
  return welzijnOutcome(positiveCount(point.positief, point.n), point.n, minShare);
}

function responseOf(row: Row, groepen: Groepen, outcome: WelzijnOutcome): WelzijnAmbitionResponse | null {
  const m = parseMeasureKey(row.measure);
  if (!m) return null;
  const thema = (key: string) =>
    groepen.flatMap((g) => g.themas).find((t) => t.key === key)?.thema ?? row.label ?? key;
  return {
    id: row.id,
    schooljaar: row.schooljaar,
    measure: m.source === 'seo' ? m : { ...m, thema: thema(m.themaKey) },
    minPercent: row.min_percent,
    version: row.version,
    updatedAt: row.updated_at,
    outcome,
  };
}

/** The school's welzijn ambitions of a schooljaar, each with its verdict; for any reader of figures. */
export async function listWelzijnAmbitions(
  db: Db,
  actor: Actor,
  schoolId: string,
  schooljaar: string,
): Promise<WelzijnAmbitionListResponse> {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const rows = await findWelzijnAmbitions(db, schoolId, schooljaar);
  // Raw figures (cell size 1): welzijnOutcome withholds under ten itself.
  const monitoring = (await monitoringOfSchools(db, [schoolId], schooljaar, 1)).get(schoolId);
  const groepen = (await satisfactionOfSchools(db, [schoolId], 1)).get(schoolId) ?? [];
  const ambitions = rows.flatMap((row) => {
    const m = parseMeasureKey(row.measure);
    if (!m) return [];
    const minShare = row.min_percent / 100;
    const outcome =
      m.source === 'seo'
        ? seoOutcome(monitoring, m.domain, minShare)
        : surveyOutcome(groepen, schooljaar, m, minShare);
    return [responseOf(row, groepen, outcome)].filter((a) => a !== null);
  });
  return {
    schoolId,
    schooljaar,
    abilities: abilitiesAt(actor, schoolId),
    minCellSize: MIN_CELL_SIZE,
    ambitions,
    themas: groepen.flatMap((g) => g.themas.map((t) => ({ groep: g.groep, key: t.key, thema: t.thema }))),
  };
}

type SetInput = z.infer<typeof SetWelzijnAmbitionBody>;

async function write(db: Db, actor: Actor, schoolId: string, input: SetInput, now: Date) {
  const m: WelzijnMeasure =
    input.measure.source === 'seo'
      ? input.measure
      : { source: 'tevredenheid', groep: input.measure.groep, themaKey: themeKey(input.measure.thema) };
  const measure = measureKey(m);
  const label = input.measure.source === 'tevredenheid' ? input.measure.thema : null;
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const existing = await findWelzijnAmbitionOfKey(trx, schoolId, input.schooljaar, measure);
    const id = existing?.id ?? newId(now.getTime());
    if (existing) {
      await updateWelzijnAmbition(trx, id, {
        label,
        min_percent: input.minPercent,
        version: existing.version + 1,
        updated_by: actor.userId,
        updated_at: at,
      });
    } else {
      await insertWelzijnAmbition(trx, {
        id,
        school_id: schoolId,
        schooljaar: input.schooljaar,
        measure,
        label,
        min_percent: input.minPercent,
        version: 1,
        updated_by: actor.userId,
        updated_at: at,
      });
    }
    await audit(trx, now, {
      userId: actor.userId,
      action: existing ? 'welzijn-ambitie.gewijzigd' : 'welzijn-ambitie.aangemaakt',
      entity: 'welzijn_ambitie',
      entityId: id,
      schoolId,
      details: {
        measure,
        schooljaar: input.schooljaar,
        minPercent: input.minPercent,
        was: existing?.min_percent ?? null,
      },
    });
    return { id, created: !existing };
  });
}

/** Sets the ambition of the measure; one the school already has for it is changed, not doubled. */
export async function setWelzijnAmbition(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: SetInput,
  now: Date,
): Promise<{ ambition: WelzijnAmbitionResponse; created: boolean }> {
  requireAtSchool(actor, schoolId, 'ambition.manage');
  let saved: { id: string; created: boolean };
  try {
    saved = await write(db, actor, schoolId, input, now);
  } catch (error) {
    // Someone set the same measure at the same moment: theirs is there now, so this one changes it.
    if (!isUniqueViolation(error)) throw error;
    saved = await write(db, actor, schoolId, input, now);
  }
  const list = await listWelzijnAmbitions(db, actor, schoolId, input.schooljaar);
  const ambition = list.ambitions.find((a) => a.id === saved.id);
  if (!ambition) throw new Error('welzijn ambition vanished after saving');
  return { ambition, created: saved.created };
}

/** Drops the ambition; one of another school is "not found", as one that does not exist. */
export async function deleteWelzijnAmbitionOf(db: Db, actor: Actor, id: string, now: Date) {
  const row = await findWelzijnAmbition(db, id);
  if (!row || !actor.rolesBySchool.has(row.school_id)) throw notFound('De ambitie');
  requireAtSchool(actor, row.school_id, 'ambition.manage', 'De ambitie');
  await db.transaction().execute(async (trx) => {
    await deleteWelzijnAmbition(trx, id);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'welzijn-ambitie.verwijderd',
      entity: 'welzijn_ambitie',
      entityId: id,
      schoolId: row.school_id,
      details: { measure: row.measure, schooljaar: row.schooljaar, minPercent: row.min_percent },
    });
  });
  return { id };
}
