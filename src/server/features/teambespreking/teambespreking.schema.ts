import { z } from 'zod';
import { SchooloverzichtResponse } from '../schooloverzicht/schooloverzicht.schema';

const Answer = z.string().max(10_000);

/** The three questions of the 1-zorgroute for the teambespreking, answered by the team. */
export const AnswersSchema = z.object({
  /** "Zijn de afgesproken doelen en ambities behaald? Zo nee, wat is de oorzaak?" */
  behaald: Answer,
  /** "Welke verbeterpunten en maatregelen?" */
  maatregelen: Answer,
  /** "Moeten de ambities omhoog of omlaag?" */
  ambities: Answer,
});

export const NewTeambesprekingBody = z.object({
  schooljaar: z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026'),
  moment: z.enum(['B', 'M', 'E']),
  heldOn: z.iso.date('moet een datum zijn, zoals 2026-02-12'),
});
export const SaveTeambesprekingBody = z.object({ version: z.number().int().min(1), answers: AnswersSchema });
export const TeambesprekingIdParams = z.object({ teambesprekingId: z.string().min(1).max(64) });

export const TeambesprekingSummary = z.object({
  id: z.string(),
  schooljaar: z.string(),
  moment: z.enum(['B', 'M', 'E']),
  heldOn: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

export const TeambesprekingResponse = TeambesprekingSummary.extend({
  schoolId: z.string(),
  version: z.number().int(),
  answers: AnswersSchema,
  /** The schooloverzicht as it stood when the bespreking was made: later imports do not change it. */
  snapshot: SchooloverzichtResponse.omit({ abilities: true, groups: true }),
  snapshotAt: z.string(),
  abilities: z.array(z.string()),
});
export type TeambesprekingResponse = z.infer<typeof TeambesprekingResponse>;

export const TeambesprekingList = z.object({ items: z.array(TeambesprekingSummary) });
