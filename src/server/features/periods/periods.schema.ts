import { z } from 'zod';

export const PeriodQuery = z.object({
  schooljaar: z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026'),
});
export const Period = z.object({
  id: z.string().min(1).max(64).nullable().optional(),
  name: z.string().max(80),
  startDate: z.string().max(10),
  endDate: z.string().max(10),
  closingKind: z.enum(['B', 'M', 'E']).nullable(),
});
export const PeriodList = z.object({
  schooljaar: z.string(),
  periods: z.array(Period.extend({ id: z.string(), volgnummer: z.number().int() })),
});

export const PeriodsBody = z.object({ periods: z.array(Period).max(10) });
