import { z } from 'zod';
import { PupilRef } from '../../http/audit-pupils';
import { PermissionSchema } from '../auth/auth.schema';
import { BesprekingSummarySchema } from '../besprekingen/bespreking-summary.schema';

const Id = z.string().min(1).max(64);
const Day = z.iso.date('moet een datum zijn, zoals 2026-02-12');

export const AFSPRAAK_STATUSES = ['open', 'gedaan', 'vervallen'] as const;
export const AFSPRAAK_LINKS = ['groepsplan', 'opp', 'ambitie'] as const;

const Link = z.object({ kind: z.enum(AFSPRAAK_LINKS), id: Id });

export const NewAfspraakBody = z.object({
  text: z.string().trim().min(1).max(2000),
  ownerUserId: Id,
  deadline: Day.nullable().optional(),
  besprekingId: Id.optional(),
  groepId: Id.optional(),
  leerlingId: Id.optional(),
  link: Link.nullable().optional(),
});
export type NewAfspraakBody = z.infer<typeof NewAfspraakBody>;

export const PatchAfspraakBody = z.object({
  version: z.number().int().min(1),
  status: z.enum(AFSPRAAK_STATUSES).optional(),
  text: z.string().trim().min(1).max(2000).optional(),
  deadline: Day.nullable().optional(),
  ownerUserId: Id.optional(),
});
export type PatchAfspraakBody = z.infer<typeof PatchAfspraakBody>;

export const AfspraakIdParams = z.object({ afspraakId: Id });
export const AfspraakListQuery = z.object({ status: z.enum(AFSPRAAK_STATUSES).optional() });

const Named = z.object({ id: z.string(), name: z.string() });

export const AfspraakSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  text: z.string(),
  owner: Named,
  deadline: z.string().nullable(),
  status: z.enum(AFSPRAAK_STATUSES),
  /** Open with its deadline before today. */
  overdue: z.boolean(),
  bespreking: z.object({ id: z.string(), kind: z.string(), plannedOn: z.string() }).nullable(),
  group: Named.nullable(),
  pupil: PupilRef.nullable(),
  link: Link.nullable(),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  /** What the reader may do with it: everything (IB, schoolleider) or only its status (the owner). */
  mayEdit: z.boolean(),
  mayChangeStatus: z.boolean(),
});
export type Afspraak = z.infer<typeof AfspraakSchema>;

export const AfspraakList = z.object({
  afspraken: z.array(AfspraakSchema),
  abilities: z.array(PermissionSchema),
});

export const AfspraakResponse = AfspraakSchema.extend({ abilities: z.array(PermissionSchema) });

/** The home page: the actor's own open afspraken, and the besprekingen coming up for them. */
export const MyAfsprakenResponse = z.object({
  afspraken: z.array(AfspraakSchema),
  /** Coming besprekingen the actor takes part in (for IB and schoolleider: all of their schools). */
  besprekingen: z.array(BesprekingSummarySchema),
});
