/** The invented toetsen of the demo, with their invented norm tables and DLE tables. */
import type { Insertable } from 'kysely';
import type { ToetsTable } from '../server/db/schema';
import type { DemoContext } from './context';
import {
  DEMO_DOORSTROOMTOETSEN,
  DEMO_NORMS_LABEL,
  DEMO_PUBLISHER,
  DEMO_TOETSEN,
  demoCutScores,
  demoDlePoints,
  demoNorm,
  type DemoToets,
} from './norms';

function toetsRow(
  t: DemoToets,
  id: string,
  scaleKind: 'vaardigheid' | 'ordinaal',
  levelSystem: 'I-V' | 'REF',
  iso: string,
): Insertable<ToetsTable> {
  return {
    id,
    school_id: null,
    code: t.code,
    vak: t.vak,
    name: t.name,
    publisher: DEMO_PUBLISHER,
    version: t.version,
    scale_key: t.scaleKey,
    scale_kind: scaleKind,
    level_system: levelSystem,
    created_at: iso,
  };
}

/** The four LVS toetsen, each with norm rows for M and E of groep 3–8 and a DLE table. */
export function addToetsen(ctx: Pick<DemoContext, 'data' | 'id' | 'iso'>): Map<string, string> {
  const { data, id, iso } = ctx;
  const toetsIds = new Map<string, string>();
  for (const t of DEMO_TOETSEN) {
    const toetsId = id();
    toetsIds.set(t.vak, toetsId);
    data.toets.push(toetsRow(t, toetsId, 'vaardigheid', 'I-V', iso));
    // The invented norm tables of the invented tests, for every school (school_id null).
    for (let j = 3; j <= 8; j++) {
      for (const kind of ['M', 'E'] as const) {
        const norm = demoNorm(t.vak, kind, j);
        data.norm_row.push({
          id: id(),
          toets_id: toetsId,
          school_id: null,
          moment: `${kind}${j}`,
          cuts: JSON.stringify(demoCutScores(norm.mean, norm.sd)),
          mean: norm.mean,
          label: DEMO_NORMS_LABEL,
          created_by: null,
          created_at: iso,
        });
      }
    }
    for (const point of demoDlePoints(t.vak)) {
      data.dle_point.push({
        id: id(),
        toets_id: toetsId,
        school_id: null,
        min_score: point.minScore,
        dle: point.dle,
      });
    }
  }
  return toetsIds;
}

/** The doorstroomtoetsen (referentieniveaus), with ids from their own stream. */
export function addDoorstroomToetsen(ctx: Pick<DemoContext, 'data' | 'refId' | 'iso'>): Map<string, string> {
  const { data, refId, iso } = ctx;
  const doorstroomIds = new Map<string, string>();
  for (const t of DEMO_DOORSTROOMTOETSEN) {
    const toetsId = refId();
    doorstroomIds.set(t.code, toetsId);
    data.toets.push(toetsRow(t, toetsId, 'ordinaal', 'REF', iso));
  }
  return doorstroomIds;
}
