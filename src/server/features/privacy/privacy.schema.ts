import { z } from 'zod';
import { PupilRef } from '../../http/audit-pupils';

const Id = z.string().min(1).max(64);
const Day = z.iso.date('moet een datum zijn, zoals 2026-02-12');

export const DeletePupilBody = z.object({
  /** Why the pupil's data goes now rather than at the end of its retention period (AVG art. 17). */
  reason: z.string().trim().min(3, 'schrijf op waarom de leerling verwijderd wordt').max(1000),
});
export type DeletePupilBody = z.infer<typeof DeletePupilBody>;

export const DeletePupilResponse = z.object({
  /** Rows deleted per table, the pupil's own row included. */
  deleted: z.record(z.string(), z.number().int()),
  /** Stored documents (a frozen agenda, a plan) in which the pupil's name was replaced. */
  documents: z.number().int(),
});

const Years = z.number().int().min(1).max(30);

/** Years after the pupil left; a category left out keeps the default. */
export const RetentionSettings = z
  .object({ leerlingdossier: Years, zorg: Years, resultaten: Years, auditlog: Years })
  .partial()
  .strict();
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const RETENTION_DEFAULTS = { leerlingdossier: 2, zorg: 5, resultaten: 10, auditlog: 5 } as const;
export type RetentionPolicy = { [K in keyof typeof RETENTION_DEFAULTS]: number };

const PupilsAndRows = z.object({ pupils: z.number().int(), rows: z.number().int() });

/** What a retention run deletes or anonymises (or would, in a dry run). */
export const RetentionCounts = z.object({
  leerlingdossier: PupilsAndRows,
  zorg: PupilsAndRows,
  anonymised: z.number().int(),
  resultaten: PupilsAndRows,
  auditlog: z.object({ rows: z.number().int() }),
});
export type RetentionCounts = z.infer<typeof RetentionCounts>;

const PolicySchema = z.object({
  leerlingdossier: z.number().int(),
  zorg: z.number().int(),
  resultaten: z.number().int(),
  auditlog: z.number().int(),
});

export const RetentionResponse = z.object({
  /** The school's own choices. */
  settings: RetentionSettings,
  /** The periods in force: the school's choices over the defaults. */
  effective: PolicySchema,
  defaults: PolicySchema,
  /** What the next run would do today. */
  due: RetentionCounts,
});

export const AuditQuery = z.object({
  leerlingId: Id.optional(),
  userId: Id.optional(),
  action: z.string().min(1).max(80).optional(),
  from: Day.optional(),
  to: Day.optional(),
  /** The `next` of the previous page. */
  before: z.string().min(1).max(120).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  user: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** The one pupil the row is about (or the pupil filtered on); null for a row about many or none. */
  pupil: PupilRef.nullable(),
  /** How many pupils the row names. */
  pupils: z.number().int(),
  /** Field names, counts and context; the list of pupils is left out (see `pupils`). */
  details: z.record(z.string(), z.unknown()).nullable(),
});

export const AuditListResponse = z.object({
  filter: AuditQuery.omit({ before: true, limit: true }),
  entries: z.array(AuditEntrySchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: z.string().nullable(),
  /** The actions and users in the school's audit log, for the filters. */
  actions: z.array(z.string()),
  users: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type AuditListResponse = z.infer<typeof AuditListResponse>;

export const AuditExportQuery = AuditQuery.omit({ before: true, limit: true });
export const PrivacyFile = z.string();
