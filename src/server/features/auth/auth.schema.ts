import { z } from 'zod';
import { PERMISSIONS } from '../../auth/permissions';
import { ROLE_VALUES } from '../../../shared/roles';

export const LoginBody = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1000),
});

export const PermissionSchema = z.enum(PERMISSIONS);

export const MeResponse = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  abilities: z.array(PermissionSchema),
  roles: z.array(
    z.object({
      role: z.enum(ROLE_VALUES),
      schoolId: z.string().nullable(),
      schoolName: z.string().nullable(),
      bestuurId: z.string().nullable(),
      bestuurName: z.string().nullable(),
    }),
  ),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const OkResponse = z.object({ ok: z.literal(true) });
