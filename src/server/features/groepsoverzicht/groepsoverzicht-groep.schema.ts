import { z } from 'zod';
import { PermissionSchema } from '../auth/auth.schema';

export const GroupSectionTexts = z.object({
  /** What this group asks of the teacher (HGW principle 3: the teacher makes the difference). */
  groepVraagt: z.string().max(4000),
  /** Stimulerende en belemmerende factoren van de groep (principle 4: positive aspects count). */
  groepsfactoren: z.string().max(4000),
  /** The teacher's own ondersteuningsbehoeften: what they need to give this group what it asks. */
  leerkrachtBehoeften: z.string().max(4000),
});

export const SavedGroupSection = GroupSectionTexts.extend({
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SavedGroupSection = z.infer<typeof SavedGroupSection>;

export const SaveGroupSectionBody = GroupSectionTexts.extend({
  periodeId: z.string().min(1).max(64),
  /** The version the editor started from; 0 for a section nobody saved yet in this period. */
  version: z.number().int().min(0),
});
export type SaveGroupSectionBody = z.infer<typeof SaveGroupSectionBody>;

export const GroupSectionQuery = z.object({ periode: z.string().min(1).max(64).optional() });

export const GroupSectionResponse = z.object({
  periode: z.object({ id: z.string(), name: z.string() }),
  section: SavedGroupSection,
  /**
   * The section comes from the previous period (of last year's group across the summer) and is not
   * yet confirmed or changed for this one.
   */
  carriedFrom: z
    .object({ periodeId: z.string(), name: z.string(), groupName: z.string().nullable() })
    .nullable(),
  abilities: z.array(PermissionSchema),
});
export type GroupSectionResponse = z.infer<typeof GroupSectionResponse>;
