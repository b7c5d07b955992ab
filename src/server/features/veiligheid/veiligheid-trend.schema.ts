import { z } from 'zod';
import { MonitoringCellSchema } from './veiligheid.schema';

export const VeiligheidTrendQuery = z.object({
  /** Only the newest this many schooljaren; all of them when absent. */
  jaren: z.coerce
    .number('moet een aantal schooljaren zijn, van 2 tot en met 10')
    .int('moet een heel aantal schooljaren zijn')
    .min(2, 'moet minstens 2 schooljaren zijn')
    .max(10, 'mag hoogstens 10 schooljaren zijn')
    .optional(),
});

/**
 * A domain in one schooljaar: the school's figure on the scale that speaks for it (the one with the
 * most pupils), with that scale named, as an instrument may change from one year to the next.
 */
export const TrendCellSchema = MonitoringCellSchema.extend({ instrument: z.string(), schaal: z.string() });

export const VeiligheidTrendResponse = z.object({
  schoolId: z.string(),
  schoolName: z.string(),
  minCellSize: z.number().int(),
  confidence: z.number(),
  /**
   * Every schooljaar from the first with pupils' lists to the current one, oldest first; a domain is
   * null in a year in which no pupil filled in a list on it.
   */
  years: z.array(
    z.object({
      schooljaar: z.string(),
      /** Every groep 5–8 of that year measured on safety and on well-being. */
      complete: z.boolean(),
      veiligheid: TrendCellSchema.nullable(),
      welbevinden: TrendCellSchema.nullable(),
    }),
  ),
});
export type VeiligheidTrendResponse = z.infer<typeof VeiligheidTrendResponse>;
