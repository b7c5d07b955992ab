import { z } from 'zod';
import { VERDICTS } from '../../../domain/ambitions-verdict';
import { PermissionSchema } from '../auth/auth.schema';

/**
 * The verdict of a figure against its ambition: direction (boven, gelijk, onder) × certainty (zeker:
 * the 90 % interval lies on one side; marge: it straddles the ambition), or geen-gegevens.
 */
export const VerdictSchema = z.enum(VERDICTS);

const Share = z.number().min(0, 'moet tussen 0 en 1 liggen').max(1, 'moet tussen 0 en 1 liggen');

/** What a team wants, as in domain/ambitions.ts; shares are fractions (0.8 is 80 %). */
export const AmbitionTargetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('atOrAbove'),
    system: z.enum(['I-V', 'A-E']),
    level: z.string().min(1).max(4),
    minShare: Share,
  }),
  z.object({ kind: z.literal('atMostLowest'), system: z.enum(['I-V', 'A-E']), maxShare: Share }),
  z.object({ kind: z.literal('meanAtLeastNorm') }),
  z.object({ kind: z.literal('growthAsExpected'), minShare: Share }),
  z.object({ kind: z.literal('refAtLeast1F'), minShare: Share }),
  z.object({ kind: z.literal('refAtLeast2F'), minShare: Share }),
  z.object({ kind: z.literal('woorden'), text: z.string().trim().min(1, 'mag niet leeg zijn').max(2000) }),
]);
export type AmbitionTargetInput = z.infer<typeof AmbitionTargetSchema>;

const Schooljaar = z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026');
const Reason = z.string().trim().max(2000);
const DecidedBy = z.string().trim().max(200);

export const NewAmbitionBody = z.object({
  schooljaar: Schooljaar,
  vak: z.string().min(1).max(60).nullable(),
  jaargroep: z.number().int().min(1).max(8).nullable(),
  moment: z.enum(['B', 'M', 'E']).nullable(),
  target: AmbitionTargetSchema,
  reason: Reason.optional(),
  decidedBy: DecidedBy.optional(),
});

export const ChangeAmbitionBody = z.object({
  version: z.number().int().min(1),
  /** The new target; left out when only the evaluation or the status changes. */
  target: AmbitionTargetSchema.optional(),
  /** For an ambition in words: how the team judges it. */
  evaluation: z.string().trim().max(5000).nullable().optional(),
  status: z.enum(['actief', 'vervallen']).optional(),
  /** Why: a change of an ambition is kept with its reason. */
  reason: z.string().trim().min(1, 'schrijf op waarom de ambitie verandert').max(2000),
  decidedBy: DecidedBy.optional(),
});

export const CopyAmbitionsBody = z.object({ from: Schooljaar, to: Schooljaar });
export const AmbitionListQuery = z.object({ schooljaar: Schooljaar.optional() });
export const AmbitionIdParams = z.object({ ambitionId: z.string().min(1).max(64) });

/** The share of the national norm group that meets the ambition's measure (domain/ambitions-reference.ts). */
export const NationalReferenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('share'),
    share: z.number(),
    /** lager: the ambition asks less than the national share reaches. */
    comparison: z.enum(['lager', 'gelijk', 'hoger']),
  }),
  z.object({
    kind: z.literal('none'),
    reason: z.enum(['gemiddelde', 'groei', 'referentie', 'woorden', 'onbekend']),
  }),
]);

const Change = z.object({
  version: z.number().int(),
  /** samengevoegd: duplicates of one key were merged into this ambition when the database was updated. */
  action: z.enum(['aangemaakt', 'gewijzigd', 'vervallen', 'geevalueerd', 'samengevoegd']),
  target: AmbitionTargetSchema,
  evaluation: z.string().nullable(),
  reason: z.string(),
  decidedBy: z.string(),
  changedBy: z.string(),
  changedAt: z.string(),
});

export const AmbitionSchema = z.object({
  id: z.string(),
  schooljaar: z.string(),
  vak: z.string().nullable(),
  jaargroep: z.number().int().nullable(),
  moment: z.enum(['B', 'M', 'E']).nullable(),
  target: AmbitionTargetSchema,
  reference: NationalReferenceSchema,
  evaluation: z.string().nullable(),
  status: z.enum(['actief', 'vervallen']),
  version: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  /** Every version, newest first: the old values stay visible with why they changed. */
  history: z.array(Change),
});
export type AmbitionResponse = z.infer<typeof AmbitionSchema>;

export const AmbitionListResponse = z.object({
  schoolId: z.string(),
  schooljaar: z.string(),
  schooljaren: z.array(z.string()),
  ambitions: z.array(AmbitionSchema),
  /** The Inspectie's signaleringswaarden for this school, shown beside the groep 8 ambitions. */
  signaleringswaarden: z.object({
    ref1F: z.number(),
    ref2F: z.number().nullable(),
    schoolweging: z.number().nullable(),
    source: z.string().nullable(),
  }),
  abilities: z.array(PermissionSchema),
});
export type AmbitionListResponse = z.infer<typeof AmbitionListResponse>;

export const CopyResponse = z.object({ copied: z.number().int(), skipped: z.number().int() });
