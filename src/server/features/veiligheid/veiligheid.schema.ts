import { z } from 'zod';
import { MONITORING_DOMAINS, MONITORING_JAARGROEPEN } from '../../../domain/veiligheid-monitoring';
import { figure } from '../../http/small-cells';
import { PermissionSchema } from '../auth/auth.schema';

export const VeiligheidQuery = z.object({
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026')
    .optional(),
});

/** A share of pupils in a favourable band; no figure about fewer than ten pupils (http/small-cells.ts). */
export const MonitoringCellSchema = z.object({
  /** Pupils with a band on this scale. */
  n: z.number().int(),
  /** Pupils with a score but no band, not in n. */
  missing: z.number().int(),
  favourable: figure(z.number().int().nullable()),
  share: figure(z.number().nullable()),
  interval: figure(z.object({ low: z.number(), high: z.number() }).nullable()),
  suppressed: z.boolean(),
});

const JaargroepSchema = z.enum(MONITORING_JAARGROEPEN);
const DomainSchema = z.enum(MONITORING_DOMAINS);

export const MonitoringScaleSchema = z.object({
  instrument: z.string(),
  schaal: z.string(),
  domain: DomainSchema,
  firstTaken: z.string(),
  lastTaken: z.string(),
  school: MonitoringCellSchema,
  groepen: z.array(MonitoringCellSchema.extend({ jaargroep: JaargroepSchema })),
});

export const VeiligheidResponse = z.object({
  schoolId: z.string(),
  schoolName: z.string(),
  schooljaar: z.string(),
  /** Schooljaren to choose from: the school's own and any with monitoring lists. */
  years: z.array(z.string()),
  abilities: z.array(PermissionSchema),
  minCellSize: z.number().int(),
  confidence: z.number(),
  /** The instruments of this year's lists, with when they were taken and how many pupils filled them in. */
  instruments: z.array(
    z.object({
      instrument: z.string(),
      firstTaken: z.string(),
      lastTaken: z.string(),
      pupils: z.number().int(),
    }),
  ),
  /** Every groep 5–8 the school has this year measured on safety and on well-being. */
  complete: z.boolean(),
  groepen: z.array(
    z.object({
      jaargroep: JaargroepSchema,
      pupils: z.number().int(),
      measured: z.object({ veiligheid: z.number().int(), welbevinden: z.number().int() }),
    }),
  ),
  scales: z.array(MonitoringScaleSchema),
});
export type VeiligheidResponse = z.infer<typeof VeiligheidResponse>;
