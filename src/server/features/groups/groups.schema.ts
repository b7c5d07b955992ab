import { z } from 'zod';
import { PupilId, PupilName } from '../../http/audit-pupils';
import { PermissionSchema } from '../auth/auth.schema';

export const GroupIdParams = z.object({ groupId: z.string().min(1).max(64) });

export const LatestResult = z.object({
  toets: z.string(),
  schooljaar: z.string(),
  moment: z.string(),
  niveau: z.string().nullable(),
  vaardigheidsscore: z.number().nullable(),
});

export const GroupPupil = z.object({
  id: PupilId,
  name: PupilName,
  jaargroep: z.string(),
  leftOn: z.string().nullable(),
  latest: z.record(z.string(), LatestResult),
});

export const GroupDetailResponse = z.object({
  group: z.object({
    id: z.string(),
    name: z.string(),
    jaargroep: z.string(),
    kind: z.enum(['stamgroep', 'samengesteld']),
    schooljaar: z.string(),
    school: z.object({ id: z.string(), name: z.string() }),
    teachers: z.array(z.string()),
  }),
  vakken: z.array(z.string()),
  pupils: z.array(GroupPupil),
  abilities: z.array(PermissionSchema),
});
export type GroupDetailResponse = z.infer<typeof GroupDetailResponse>;
