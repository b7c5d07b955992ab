import { z } from 'zod';
import { RESPONDENT_GROUPS } from '../../../domain/tevredenheid';
import { figure } from '../../http/small-cells';
import { PermissionSchema } from '../auth/auth.schema';

export const RespondentGroupSchema = z.enum(RESPONDENT_GROUPS);

export const SurveyPointSchema = z.object({
  afgenomenOp: z.string(),
  schooljaar: z.string(),
  instrument: z.string().nullable(),
  /** Respondents. */
  n: z.number().int(),
  scale: z.object({ min: z.number(), max: z.number() }).nullable(),
  // Figures: withheld for whoever may not see a cell of fewer than ten respondents (http/small-cells.ts).
  gemiddelde: figure(z.number().nullable()),
  positief: figure(z.number().nullable()),
  /** The change since the survey before (null there, when not comparable, or when either is withheld). */
  meanChange: figure(z.number().nullable()),
  positiefChange: figure(z.number().nullable()),
  /** Whether the mean can be read against the previous survey's (same scale and instrument). */
  comparableMean: z.boolean(),
  suppressed: z.boolean(),
});

export const ThemeSchema = z.object({
  key: z.string(),
  /** The theme as the latest survey named it. */
  thema: z.string(),
  points: z.array(SurveyPointSchema),
});

export const TevredenheidResponse = z.object({
  schoolId: z.string(),
  abilities: z.array(PermissionSchema),
  minCellSize: z.number().int(),
  years: z.array(z.string()),
  groepen: z.array(z.object({ groep: RespondentGroupSchema, themas: z.array(ThemeSchema) })),
});
export type TevredenheidResponse = z.infer<typeof TevredenheidResponse>;

export const TevredenheidImportReport = z.object({
  status: z.enum(['imported', 'refused']),
  lines: z.number().int(),
  /** The surveys in the file: each replaces an earlier import of the same group and date. */
  surveys: z.array(
    z.object({ groep: RespondentGroupSchema, afgenomenOp: z.string(), themas: z.number().int() }),
  ),
  problems: z.array(z.object({ line: z.number().int().nullable(), message: z.string() })),
});
