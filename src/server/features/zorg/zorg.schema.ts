import { z } from 'zod';
import { PupilId, PupilName } from '../../http/audit-pupils';
import { AfspraakSchema } from '../afspraken/afspraken.schema';
import { PermissionSchema } from '../auth/auth.schema';
import { BesprekingSummarySchema } from '../besprekingen/bespreking-summary.schema';
import { OppSummarySchema } from './opp-summary';

const Id = z.string().min(1).max(64);
const Day = z.iso.date('moet een datum zijn, zoals 2026-02-12');

export const TOESTEMMING_SCOPES = ['extern_deskundige', 'swv', 'onderzoek', 'overig'] as const;

export const ZorgniveauBody = z.object({
  niveau: z.number().int().min(1).max(5),
  reason: z.string().trim().min(1).max(2000),
});
export type ZorgniveauBody = z.infer<typeof ZorgniveauBody>;

export const VerzorgerBody = z.object({
  name: z.string().trim().min(1).max(120),
  /** moeder, vader, ouder, voogd, pleegouder, overig … as the school says it. */
  relation: z.string().trim().min(1).max(40),
  phone: z.string().trim().max(40).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  gezag: z.boolean(),
});
export type VerzorgerBody = z.infer<typeof VerzorgerBody>;

export const ToestemmingBody = z.object({
  verzorgerId: Id.nullable().optional(),
  scope: z.enum(TOESTEMMING_SCOPES),
  description: z.string().trim().min(1).max(2000),
  given: z.boolean(),
  givenOn: Day,
  validUntil: Day.nullable().optional(),
});
export type ToestemmingBody = z.infer<typeof ToestemmingBody>;

export const WithdrawBody = z.object({ withdrawnOn: Day });

export const VerzorgerIdParams = z.object({ verzorgerId: Id });
export const ToestemmingIdParams = z.object({ toestemmingId: Id });

export const ZorgniveauEntrySchema = z.object({
  niveau: z.number().int(),
  /** The school's name for the level (settings), so every page says the same. */
  label: z.string(),
  reason: z.string(),
  setBy: z.string(),
  setAt: z.string(),
});

export const VerzorgerSchema = z.object({
  id: z.string(),
  name: z.string(),
  relation: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  gezag: z.boolean(),
  source: z.enum(['edexml', 'hand']),
});

export const ToestemmingSchema = z.object({
  id: z.string(),
  verzorger: z.object({ id: z.string(), name: z.string() }).nullable(),
  scope: z.enum(TOESTEMMING_SCOPES),
  description: z.string(),
  given: z.boolean(),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  /** Given, not withdrawn and not expired today: what the consent check of a zorgteam counts. */
  valid: z.boolean(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type Toestemming = z.infer<typeof ToestemmingSchema>;

export const PupilZorgResponse = z.object({
  pupil: z.object({ id: PupilId, name: PupilName, schoolId: z.string() }),
  zorgniveau: z.object({
    current: ZorgniveauEntrySchema.nullable(),
    history: z.array(ZorgniveauEntrySchema),
  }),
  /** The school's names of ondersteuningsniveau 1–5 (index 0 is niveau 1). */
  labels: z.array(z.string()),
  verzorgers: z.array(VerzorgerSchema),
  toestemmingen: z.array(ToestemmingSchema),
  opps: z.array(OppSummarySchema),
  besprekingen: z.array(BesprekingSummarySchema),
  afspraken: z.array(AfspraakSchema),
  abilities: z.array(PermissionSchema),
});
export type PupilZorgResponse = z.infer<typeof PupilZorgResponse>;
