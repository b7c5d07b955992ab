import { z } from 'zod';
import { PermissionSchema } from '../auth/auth.schema';

export const SchoolIdParams = z.object({ schoolId: z.string().min(1).max(64) });

export const SchoolSummary = z.object({
  id: z.string(),
  name: z.string(),
  brin: z.string(),
  vestiging: z.string().nullable(),
  bestuurName: z.string(),
  abilities: z.array(PermissionSchema),
});

export const SchoolListResponse = z.object({ schools: z.array(SchoolSummary) });

export const SchoolDetailResponse = z.object({
  school: SchoolSummary.extend({ schoolweging: z.number().nullable() }),
  schooljaren: z.array(z.object({ name: z.string(), current: z.boolean() })),
});

export const GroupsQuery = z.object({
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .optional(),
});

export const GroupSummary = z.object({
  id: z.string(),
  name: z.string(),
  jaargroep: z.string(),
  kind: z.enum(['stamgroep', 'samengesteld']),
  schooljaar: z.string(),
  pupilCount: z.number().int(),
  teachers: z.array(z.string()),
});

export const GroupListResponse = z.object({
  schooljaar: z.string(),
  groups: z.array(GroupSummary),
});
