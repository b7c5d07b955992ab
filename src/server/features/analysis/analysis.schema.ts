import { z } from 'zod';
import { PermissionSchema } from '../auth/auth.schema';

export const EnrichedResultSchema = z.object({
  id: z.string(),
  leerlingId: z.string(),
  toetsId: z.string(),
  toetsName: z.string(),
  vak: z.string(),
  scaleKey: z.string(),
  levelSystem: z.enum(['I-V', 'A-E', 'REF', 'AVI']).nullable(),
  schooljaar: z.string(),
  moment: z.string(),
  meetpunt: z.string(),
  date: z.string(),
  score: z.number().nullable(),
  level: z.string().nullable(),
  levelSource: z.enum(['lvs', 'norm']).nullable(),
  levelNote: z.string().nullable(),
  functioneringsniveau: z.string().nullable(),
  dl: z.number().nullable(),
  dle: z.number().nullable(),
  leerrendement: z.number().nullable(),
  achterstand: z.number().nullable(),
});

const Instructie = z.enum(['verkort', 'basis', 'verlengd']);

export const VakAnalysisSchema = z.object({
  vak: z.string(),
  current: EnrichedResultSchema.nullable(),
  previous: EnrichedResultSchema.nullable(),
  growth: z
    .object({
      from: z.object({ moment: z.string(), schooljaar: z.string() }),
      to: z.object({ moment: z.string(), schooljaar: z.string() }),
      value: z.number().nullable(),
      refused: z.string().nullable(),
      percentile: z.number().nullable(),
      peers: z.number().int(),
      ownComparison: z.enum(['above', 'as_usual', 'below']).nullable(),
    })
    .nullable(),
  placement: z.object({
    suggestion: z.object({ instructie: Instructie, reason: z.string() }).nullable(),
    effective: z
      .object({
        source: z.enum(['suggestie', 'leerkracht']),
        instructie: Instructie,
        reason: z.string(),
        author: z.string().optional(),
        at: z.string().optional(),
      })
      .nullable(),
    previous: Instructie.nullable(),
    movement: z.enum(['omhoog', 'omlaag', 'gelijk']).nullable(),
  }),
});

export const SignalSchema = z.object({ rule: z.string(), vak: z.string().nullable(), reason: z.string() });

const ShareSchema = z.object({ value: z.string(), count: z.number().int(), share: z.number() });

export const StatisticsSchema = z.object({
  vak: z.string(),
  scaleKey: z.string(),
  n: z.number().int(),
  meanScore: z.number().nullable(),
  levelShares: z.array(z.object({ system: z.string(), n: z.number().int(), levels: z.array(ShareSchema) })),
  instructieShares: z.object({ n: z.number().int(), groups: z.array(ShareSchema) }),
  atOrAbove: z
    .object({
      system: z.string(),
      level: z.string(),
      count: z.number().int(),
      n: z.number().int(),
      share: z.number().nullable(),
      interval: z.object({ low: z.number(), high: z.number() }).nullable(),
    })
    .nullable(),
});

export const GroupAnalysisQuery = z.object({
  meetpunt: z
    .string()
    .regex(/^\d{4}-\d{4} [BME]$/, 'moet een meetpunt zijn, zoals "2025-2026 M"')
    .optional(),
});
export type GroupAnalysisQuery = z.infer<typeof GroupAnalysisQuery>;

export const GroupAnalysisResponse = z.object({
  group: z.object({
    id: z.string(),
    name: z.string(),
    jaargroep: z.string(),
    schooljaar: z.string(),
    school: z.object({ id: z.string(), name: z.string() }),
  }),
  meetpunten: z.array(z.string()),
  meetpunt: z.string().nullable(),
  vakken: z.array(z.string()),
  pupils: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      jaargroep: z.string(),
      leftOn: z.string().nullable(),
      vakken: z.record(z.string(), VakAnalysisSchema),
      signals: z.array(SignalSchema),
    }),
  ),
  statistics: z.array(StatisticsSchema),
  abilities: z.array(PermissionSchema),
});
export type GroupAnalysisResponse = z.infer<typeof GroupAnalysisResponse>;

export const PupilAnalysisResponse = z.object({
  pupilId: z.string(),
  vakken: z.array(VakAnalysisSchema.extend({ history: z.array(EnrichedResultSchema) })),
  signals: z.array(SignalSchema),
});
export type PupilAnalysisResponse = z.infer<typeof PupilAnalysisResponse>;
