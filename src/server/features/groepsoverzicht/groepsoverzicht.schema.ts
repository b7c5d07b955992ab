import { z } from 'zod';
import { PupilId, PupilName, pupilKeyed } from '../../http/audit-pupils';
import { PermissionSchema } from '../auth/auth.schema';
import { SignalSchema } from '../analysis/analysis.schema';

const Instructie = z.enum(['verkort', 'basis', 'verlengd']);

export const GroepsoverzichtQuery = z.object({ periode: z.string().min(1).max(64).optional() });

export const RowTexts = z.object({
  stimulerend: z.string().max(4000),
  belemmerend: z.string().max(4000),
  behoeftePedagogisch: z.string().max(4000),
  behoefteDidactisch: z.string().max(4000),
});

export const SavedRow = RowTexts.extend({
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SavedRow = z.infer<typeof SavedRow>;

export const SaveRowBody = RowTexts.extend({
  periodeId: z.string().min(1).max(64),
  /** The version the editor started from; 0 for a row nobody saved yet. */
  version: z.number().int().min(0),
});
export type SaveRowBody = z.infer<typeof SaveRowBody>;

export const PupilRowParams = z.object({
  groupId: z.string().min(1).max(64),
  pupilId: z.string().min(1).max(64),
});

export const VakSummary = z.object({
  level: z.string().nullable(),
  previousLevel: z.string().nullable(),
  trend: z.enum(['omhoog', 'omlaag', 'gelijk']).nullable(),
  moment: z.string().nullable(),
  score: z.number().nullable(),
  growth: z.number().nullable(),
  growthFrom: z.string().nullable(),
  percentile: z.number().nullable(),
  functioneringsniveau: z.string().nullable(),
  instructie: Instructie.nullable(),
  instructieByTeacher: z.boolean(),
  /**
   * No result at the vak's meetpunt: the latest earlier one, to be shown as such ("laatste resultaat:
   * IV op M5"), never in the meetpunt's place.
   */
  last: z.object({ level: z.string().nullable(), moment: z.string(), schooljaar: z.string() }).nullable(),
});

export const GroepsoverzichtResponse = z.object({
  group: z.object({ id: z.string(), name: z.string(), schooljaar: z.string(), schoolId: z.string() }),
  periods: z.array(
    z.object({ id: z.string(), name: z.string(), startDate: z.string(), endDate: z.string() }),
  ),
  periode: z.object({ id: z.string(), name: z.string() }),
  /** The latest meetpunt of any vak; each vak is at its own latest (`vakMeetpunten`). */
  meetpunt: z.string().nullable(),
  vakMeetpunten: z.record(z.string(), z.string().nullable()),
  vakken: z.array(z.string()),
  pupils: z.array(
    z.object({
      id: PupilId,
      name: PupilName,
      jaargroep: z.string(),
      hasOpp: z.boolean(),
      vakken: z.record(z.string(), VakSummary),
      observations: z.array(
        z.object({
          aspect: z.string(),
          waardering: z.number().nullable(),
          toelichting: z.string().nullable(),
          date: z.string(),
          /** Made before this period began: shown as "klopt dit nog?" until confirmed anew. */
          earlier: z.boolean(),
        }),
      ),
      /** Strongest first. */
      signals: z.array(SignalSchema),
      row: SavedRow,
      /** The row comes from the previous period and is not yet confirmed or changed for this one. */
      carriedFrom: z.object({ periodeId: z.string(), name: z.string(), schooljaar: z.string() }).nullable(),
    }),
  ),
  /** Per vak: the cluster of each pupil (the datamuur group unless the teacher regrouped). */
  clusters: z.record(z.string(), pupilKeyed(z.string())),
  abilities: z.array(PermissionSchema),
});
export type GroepsoverzichtResponse = z.infer<typeof GroepsoverzichtResponse>;

export const ClustersBody = z.object({
  periodeId: z.string().min(1).max(64),
  vak: z.string().min(1).max(60),
  assignments: z
    .array(z.object({ leerlingId: z.string().min(1).max(64), cluster: z.string().trim().min(1).max(40) }))
    .max(100),
});
export type ClustersBody = z.infer<typeof ClustersBody>;
