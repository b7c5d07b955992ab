import { z } from 'zod';
import { PupilRef } from '../../http/audit-pupils';
import { AfspraakSchema } from '../afspraken/afspraken.schema';
import { PermissionSchema } from '../auth/auth.schema';
import { AgendaSchema } from './agenda.schema';
import {
  BESPREKING_KINDS,
  BESPREKING_STATUSES,
  BesprekingSummarySchema,
  DecisionSchema,
  QUESTION_CODES,
} from './bespreking-summary.schema';

const Id = z.string().min(1).max(64);
const Day = z.iso.date('moet een datum zijn, zoals 2026-02-12');
const Schooljaar = z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026');
const Version = z.number().int().min(1);

const Answer = z.string().max(20_000).optional();

/** The answer per question code; only the codes of the bespreking's kind (checked by the service). */
export const AnswersSchema = z
  .object({
    doelenBereikt: Answer,
    ambitiesBereikt: Answer,
    kwaliteitOnderwijs: Answer,
    gevolgenGroepsplan: Answer,
    ondersteuningLeerkracht: Answer,
    ontwikkeling: Answer,
    doelenKomendePeriode: Answer,
    oppAanpassen: Answer,
    aanleiding: Answer,
    inbrengOuders: Answer,
    afspraken: Answer,
  })
  .strict() satisfies z.ZodType<Partial<Record<(typeof QUESTION_CODES)[number], string>>>;
export type Answers = z.infer<typeof AnswersSchema>;

export const DeelnemerInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('medewerker'), userId: Id }),
  z.object({
    kind: z.literal('extern'),
    name: z.string().trim().min(1).max(120),
    role: z.string().trim().max(120).nullable().optional(),
    organisation: z.string().trim().max(120).nullable().optional(),
  }),
  z.object({ kind: z.literal('verzorger'), verzorgerId: Id }),
]);
export type DeelnemerInput = z.infer<typeof DeelnemerInput>;
const Deelnemers = z.array(DeelnemerInput).max(40);

export const NewBesprekingBody = z
  .object({
    kind: z.enum(BESPREKING_KINDS),
    groepId: Id.optional(),
    leerlingId: Id.optional(),
    periodeId: Id.optional(),
    plannedOn: Day,
    deelnemers: Deelnemers.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'groepsbespreking' && !body.groepId)
      ctx.addIssue({ code: 'custom', path: ['groepId'], message: 'is verplicht bij een groepsbespreking' });
    if (body.kind !== 'groepsbespreking' && !body.leerlingId)
      ctx.addIssue({
        code: 'custom',
        path: ['leerlingId'],
        message: 'is verplicht bij een bespreking van een leerling',
      });
  });
export type NewBesprekingBody = z.infer<typeof NewBesprekingBody>;

export const PlanningBody = z.object({
  schooljaar: Schooljaar,
  items: z
    .array(z.object({ groepId: Id, periodeId: Id, plannedOn: Day }))
    .min(1)
    .max(200),
});
export type PlanningBody = z.infer<typeof PlanningBody>;

export const SaveBesprekingBody = z.object({
  version: Version,
  answers: AnswersSchema.optional(),
  decision: DecisionSchema.nullable().optional(),
  plannedOn: Day.optional(),
  heldOn: Day.nullable().optional(),
  deelnemers: Deelnemers.optional(),
});
export type SaveBesprekingBody = z.infer<typeof SaveBesprekingBody>;

export const StatusBody = z.object({ version: Version, status: z.enum(['gehouden', 'vastgesteld']) });
export const CorrectionBody = z.object({ version: Version, reason: z.string().trim().min(1).max(2000) });
export const RaiseBody = z.object({
  leerlingId: Id,
  reason: z.string().trim().min(1).max(2000),
  /** With a date, a leerlingbespreking is planned for the pupil at once. */
  plannedOn: Day.optional(),
});
export type RaiseBody = z.infer<typeof RaiseBody>;

export const BesprekingIdParams = z.object({ besprekingId: Id });
export const RaisedPupilParams = z.object({ besprekingId: Id, leerlingId: Id });

export const BesprekingListQuery = z.object({
  schooljaar: Schooljaar.optional(),
  kind: z.enum(BESPREKING_KINDS).optional(),
  status: z.enum(BESPREKING_STATUSES).optional(),
});

const Named = z.object({ id: z.string(), name: z.string() });

export const BesprekingList = z.object({
  schooljaar: z.string(),
  schooljaren: z.array(z.string()),
  besprekingen: z.array(BesprekingSummarySchema),
  /** The HGW periods of the schooljaar: the columns of the jaarplanning. */
  periods: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      volgnummer: z.number().int(),
      startDate: z.string(),
      endDate: z.string(),
      closingKind: z.string().nullable(),
    }),
  ),
  /** The groups of the schooljaar the actor sees: the rows of the jaarplanning. */
  groups: z.array(z.object({ id: z.string(), name: z.string(), jaargroep: z.string() })),
  abilities: z.array(PermissionSchema),
});

export const DeelnemerSchema = z.object({
  id: z.string(),
  kind: z.enum(['medewerker', 'extern', 'verzorger']),
  userId: z.string().nullable(),
  verzorgerId: z.string().nullable(),
  name: z.string(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
});

export const BesprekingDetail = BesprekingSummarySchema.extend({
  /** The question codes of this kind, in the order the form asks them. */
  questions: z.array(z.enum(QUESTION_CODES)),
  answers: z.record(z.string(), z.string()),
  deelnemers: z.array(DeelnemerSchema),
  /** Live from the data while open; the frozen snapshot once vastgesteld. */
  agenda: AgendaSchema,
  /** When the agenda was frozen (vastgesteld); null while it is live. */
  frozenAt: z.string().nullable(),
  raisedPupils: z.array(
    z.object({
      pupil: PupilRef,
      reason: z.string(),
      raisedAt: z.string(),
      /** The leerling- or zorgteambespreking planned for the pupil since, if any. */
      leerlingbespreking: z
        .object({ id: z.string(), kind: z.string(), plannedOn: z.string(), status: z.string() })
        .nullable(),
    }),
  ),
  afspraken: z.array(AfspraakSchema),
  /** Open afspraken of this group or pupil from elsewhere (earlier besprekingen). */
  openAfspraken: z.array(AfspraakSchema),
  versions: z.array(
    z.object({
      version: z.number().int(),
      status: z.string(),
      /** "vastgesteld", or the reason for a correction in the user's words. */
      reason: z.string(),
      changedBy: z.string(),
      changedAt: z.string(),
    }),
  ),
  /** External participants without a valid consent (extern_deskundige or swv) of the verzorgers. */
  consentWarning: z.object({ code: z.literal('consent_missing'), externals: z.array(z.string()) }).nullable(),
  readOnly: z.boolean(),
  /** The school's staff: participants and owners of afspraken to choose from. */
  staff: z.array(Named),
  updatedBy: z.string(),
  updatedAt: z.string(),
  abilities: z.array(PermissionSchema),
});
export type BesprekingDetail = z.infer<typeof BesprekingDetail>;

export const REASON_CODES = ['signaled_twice', 'under_opp', 'raised', 'afspraak_overdue'] as const;

export const PupilsToDiscussResponse = z.object({
  schoolId: z.string(),
  /** The two meetpunten the signals were compared at (oldest first). */
  meetpunten: z.array(z.string()),
  pupils: z.array(
    z.object({
      pupil: PupilRef,
      group: Named.nullable(),
      reasons: z.array(
        z.object({
          code: z.enum(REASON_CODES),
          params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()), z.null()])),
        }),
      ),
    }),
  ),
  abilities: z.array(PermissionSchema),
});
export type PupilsToDiscussResponse = z.infer<typeof PupilsToDiscussResponse>;

/** The jaarplanning's answer: the schooljaar's list, and how many cells were new, moved or kept. */
export const PlanningResponse = BesprekingList.extend({
  created: z.number().int(),
  moved: z.number().int(),
  kept: z.number().int(),
});
