import { z } from 'zod';
import { PupilId, PupilName } from '../../http/audit-pupils';
import { figure } from '../../http/small-cells';
import { OBSERVATIE_ASPECTEN } from '../../../shared/observations';
import { VAKKEN } from '../../../shared/vakken';
import { PermissionSchema } from '../auth/auth.schema';

export const EnrichedResultSchema = z.object({
  id: z.string(),
  leerlingId: PupilId,
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
      /** The percentile of the interval before, among its own comparable starters. */
      earlierPercentile: z.number().nullable(),
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

const Severity = z.enum(['high', 'medium', 'low']);
const LevelMoment = z.object({ level: z.string(), moment: z.string() });
const VakSignal = <R extends string, P extends z.ZodType>(rule: R, params: P) =>
  z.object({ rule: z.literal(rule), vak: z.enum(VAKKEN), severity: Severity, params });

/** A signal as data: the rule, the vak, its severity and the figures behind it; the browser words it. */
export const SignalSchema = z.discriminatedUnion('rule', [
  VakSignal('niveaudaling', z.object({ from: LevelMoment, to: LevelMoment, levels: z.number().int() })),
  VakSignal('eerste_laagste', z.object({ to: LevelMoment, from: LevelMoment.nullable() })),
  VakSignal(
    'twee_keer_laagste',
    z.object({
      previous: LevelMoment,
      current: LevelMoment,
      why: z.enum(['not_verlengd', 'stalled']),
      instructie: Instructie.nullable(),
      percentile: z.number().nullable(),
    }),
  ),
  VakSignal(
    'lage_groei',
    z.object({ percentile: z.number(), earlierPercentile: z.number().nullable(), below: z.number() }),
  ),
  VakSignal(
    'onder_lrv',
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('lrv'), leerrendement: z.number(), expected: z.number() }),
      z.object({ kind: z.literal('avi'), level: z.string(), moment: z.string(), expected: z.string() }),
    ]),
  ),
  VakSignal('ontbrekend_resultaat', z.object({ moments: z.array(z.string()) })),
  z.object({
    rule: z.literal('zorgelijke_observatie'),
    vak: z.null(),
    severity: Severity,
    params: z.object({ aspect: z.enum(OBSERVATIE_ASPECTEN), date: z.string() }),
  }),
  // A social-emotional score under a rule the school switched on (domain/seo-signals.ts).
  z.object({
    rule: z.literal('seo'),
    vak: z.null(),
    severity: z.enum(['high', 'medium']),
    params: z.object({
      instrument: z.string(),
      lijst: z.string(),
      schaal: z.string(),
      trigger: z.enum(['ongunstig', 'aandacht', 'zorg']),
      band: z.enum(['laag', 'gemiddeld', 'hoog']).nullable(),
      percentiel: z.number().nullable(),
      date: z.string(),
    }),
  }),
]);
export type SignalData = z.infer<typeof SignalSchema>;

const ShareSchema = z.object({ value: z.string(), count: z.number().int(), share: z.number() });

export const StatisticsSchema = z.object({
  vak: z.string(),
  scaleKey: z.string(),
  n: z.number().int(),
  // Figures: withheld for whoever may not see a cell of fewer than ten pupils (http/small-cells.ts).
  meanScore: figure(z.number().nullable()),
  levelShares: figure(
    z.array(z.object({ system: z.string(), n: z.number().int(), levels: figure(z.array(ShareSchema)) })),
  ),
  instructieShares: z.object({ n: z.number().int(), groups: figure(z.array(ShareSchema)) }),
  atOrAbove: figure(
    z
      .object({
        system: z.string(),
        level: z.string(),
        count: z.number().int(),
        n: z.number().int(),
        share: figure(z.number().nullable()),
        interval: figure(z.object({ low: z.number(), high: z.number() }).nullable()),
      })
      .nullable(),
  ),
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
      id: PupilId,
      name: PupilName,
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
  pupilId: PupilId,
  vakken: z.array(VakAnalysisSchema.extend({ history: z.array(EnrichedResultSchema) })),
  signals: z.array(SignalSchema),
});
export type PupilAnalysisResponse = z.infer<typeof PupilAnalysisResponse>;
