import { z } from 'zod';
import { RespondentGroupSchema } from '../tevredenheid/tevredenheid.schema';
import { MonitoringCellSchema } from '../veiligheid/veiligheid.schema';
import { figure } from '../../http/small-cells';

export const BestuurWelzijnQuery = z.object({
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026')
    .optional(),
});

/** A school's headline on one domain: the scale of its monitoring with the most pupils. */
const DomainCell = MonitoringCellSchema.extend({ instrument: z.string(), schaal: z.string() });

export const BestuurWelzijnResponse = z.object({
  schooljaar: z.string(),
  /** Schooljaren with pupils' monitoring lists or surveys at any of the schools, newest first. */
  schooljaren: z.array(z.string()),
  minCellSize: z.number().int(),
  schools: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      veiligheid: DomainCell.nullable(),
      welbevinden: DomainCell.nullable(),
      /** Every groep 5–8 measured on safety and well-being this schooljaar. */
      complete: z.boolean(),
      /** Per respondent group its latest survey up to and including the schooljaar. */
      tevredenheid: z.array(
        z.object({
          groep: RespondentGroupSchema,
          afgenomenOp: z.string(),
          /** Respondents: the most any theme of the survey had. */
          n: z.number().int(),
          themas: z.number().int(),
          /** The mean over the themes of the share that answered positively (0–100). */
          positief: figure(z.number().nullable()),
          suppressed: z.boolean(),
        }),
      ),
    }),
  ),
  /** All schools together; withheld where the hidden school cells would be given away by subtraction. */
  total: z.object({ veiligheid: MonitoringCellSchema, welbevinden: MonitoringCellSchema }),
});
export type BestuurWelzijnResponse = z.infer<typeof BestuurWelzijnResponse>;
