import { z } from 'zod';

export const BestuurOverviewResponse = z.object({
  schooljaar: z.string(),
  besturen: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      schools: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          brin: z.string(),
          vestiging: z.string().nullable(),
          groups: z.number().int(),
          pupils: z.number().int(),
          resultsThisYear: z.number().int(),
          resultsLastYear: z.number().int(),
        }),
      ),
    }),
  ),
});
export type BestuurOverviewResponse = z.infer<typeof BestuurOverviewResponse>;
