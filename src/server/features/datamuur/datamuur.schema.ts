import { z } from 'zod';
import { PupilId, PupilName } from '../../http/audit-pupils';
import { PermissionSchema } from '../auth/auth.schema';
import { SignalSchema } from '../analysis/analysis.schema';

const Instructie = z.enum(['verkort', 'basis', 'verlengd']);

export const DatamuurQuery = z.object({
  vak: z.string().min(1).max(60).optional(),
  meetpunt: z
    .string()
    .regex(/^\d{4}-\d{4} [BME]$/, 'moet een meetpunt zijn, zoals "2025-2026 M"')
    .optional(),
});
export type DatamuurQuery = z.infer<typeof DatamuurQuery>;

export const JaargroepDatamuurQuery = DatamuurQuery.extend({
  jaargroep: z.string().regex(/^[1-8]$/, 'moet een jaargroep van 1 tot en met 8 zijn'),
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026')
    .optional(),
});
export type JaargroepDatamuurQuery = z.infer<typeof JaargroepDatamuurQuery>;

export const DatamuurCard = z.object({
  id: PupilId,
  name: PupilName,
  initials: PupilName,
  /** Position in the alphabetical list: shown instead of a name when names are hidden. */
  number: z.number().int(),
  jaargroep: z.string(),
  groupName: z.string(),
  leftOn: z.string().nullable(),
  level: z.string().nullable(),
  levelSource: z.enum(['lvs', 'norm']).nullable(),
  score: z.number().nullable(),
  moment: z.string().nullable(),
  schooljaar: z.string().nullable(),
  instructie: Instructie.nullable(),
  suggestion: z.object({ instructie: Instructie, reason: z.string() }).nullable(),
  override: z.object({ reason: z.string(), author: z.string(), at: z.string() }).nullable(),
  previousInstructie: Instructie.nullable(),
  movement: z.enum(['omhoog', 'omlaag', 'gelijk']).nullable(),
  /** Strongest first. */
  signals: z.array(SignalSchema),
  hasOpp: z.boolean(),
  /**
   * Set when the pupil has no result at this meetpunt: the latest earlier one, shown as such, never in
   * the meetpunt's place. `moment`/`schooljaar` above are then the moment the teacher places them at.
   */
  lastResult: z
    .object({
      level: z.string().nullable(),
      score: z.number().nullable(),
      moment: z.string(),
      schooljaar: z.string(),
    })
    .nullable(),
});
export type DatamuurCard = z.infer<typeof DatamuurCard>;

export const DatamuurResponse = z.object({
  title: z.string(),
  schoolId: z.string(),
  schooljaar: z.string(),
  groupId: z.string().nullable(),
  jaargroep: z.string().nullable(),
  vak: z.string().nullable(),
  vakken: z.array(z.string()),
  meetpunten: z.array(z.string()),
  meetpunt: z.string().nullable(),
  cards: z.array(DatamuurCard),
  abilities: z.array(PermissionSchema),
});
export type DatamuurResponse = z.infer<typeof DatamuurResponse>;
