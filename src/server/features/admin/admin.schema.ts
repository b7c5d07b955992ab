import { z } from 'zod';
import { ROLE_VALUES } from '../../../shared/roles';
import { NewPassword } from '../../auth/password-policy';

export const UserIdParams = z.object({ userId: z.string().min(1).max(64) });
export const RoleParams = UserIdParams.extend({ assignmentId: z.string().min(1).max(64) });
export const AdminSchoolParams = z.object({ schoolId: z.string().min(1).max(64) });

export const Brin = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{2}[A-Z0-9]{2}$/, 'moet een BRIN-nummer van vier tekens zijn, zoals 12AB');
export const Vestiging = z
  .string()
  .trim()
  .regex(/^[0-9]{2}$/, 'moet een vestigingsnummer van twee cijfers zijn, zoals 00');

export const RoleGrant = z
  .object({
    role: z.enum(ROLE_VALUES),
    schoolId: z.string().min(1).max(64).nullable().optional(),
    bestuurId: z.string().min(1).max(64).nullable().optional(),
  })
  .refine((g) => (g.schoolId ? 1 : 0) + (g.bestuurId ? 1 : 0) === 1, {
    message: 'kies precies één school of één bestuur',
    path: ['schoolId'],
  });
export type RoleGrant = z.infer<typeof RoleGrant>;

/** At least 12 characters and not a common or breached password (auth/password-policy.ts). */
export const Password = NewPassword;

export const NewUserBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().email().max(254),
    /** Left out: the answer carries a one-time link for the person to choose their own password. */
    password: Password.optional(),
    role: z.enum(ROLE_VALUES),
    schoolId: z.string().min(1).max(64).nullable().optional(),
    bestuurId: z.string().min(1).max(64).nullable().optional(),
  })
  .refine((g) => (g.schoolId ? 1 : 0) + (g.bestuurId ? 1 : 0) === 1, {
    message: 'kies precies één school of één bestuur',
    path: ['schoolId'],
  });

export const UpdateUserBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    active: z.boolean().optional(),
    password: Password.optional(),
  })
  .strict();

export const TeacherGroupsBody = z.object({
  schoolId: z.string().min(1).max(64),
  schooljaar: z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026'),
  groupIds: z.array(z.string().min(1).max(64)).max(50),
});

export const AdminUser = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
  roles: z.array(
    z.object({
      id: z.string(),
      role: z.enum(ROLE_VALUES),
      schoolId: z.string().nullable(),
      bestuurId: z.string().nullable(),
      scopeName: z.string(),
    }),
  ),
  groups: z.array(
    z.object({ id: z.string(), name: z.string(), schooljaar: z.string(), schoolId: z.string() }),
  ),
});
export type AdminUser = z.infer<typeof AdminUser>;

export const AdminUserResponse = z.object({ user: AdminUser });
/** A new account; `link` (shown once) when no password was given: the person sets their own. */
export const AdminCreatedResponse = AdminUserResponse.extend({ link: z.string().optional() });
export type AdminCreatedResponse = z.infer<typeof AdminCreatedResponse>;
export const PasswordLinkResponse = z.object({ link: z.string(), expiresAt: z.string() });
export const SchoolSecurity = z.object({ mfaForEveryone: z.boolean() }).strict();
export const AdminUserListResponse = z.object({ users: z.array(AdminUser) });

export const AdminSchool = z.object({
  id: z.string(),
  name: z.string(),
  brin: z.string(),
  vestiging: z.string().nullable(),
  schoolweging: z.number().nullable(),
  bestuur: z.object({ id: z.string(), name: z.string() }),
});
export const AdminSchoolListResponse = z.object({
  schools: z.array(AdminSchool),
  besturen: z.array(z.object({ id: z.string(), name: z.string() })),
});
export const AdminSchoolResponse = z.object({ school: AdminSchool });

export const NewSchoolBody = z.object({
  bestuurId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  brin: Brin,
  vestiging: Vestiging.nullable().optional(),
  schoolweging: z.number().min(15).max(50).nullable().optional(),
});

export const UpdateSchoolBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    schoolweging: z.number().min(15).max(50).nullable().optional(),
  })
  .strict();

export const AdminGroupListResponse = z.object({
  groups: z.array(
    z.object({ id: z.string(), name: z.string(), jaargroep: z.string(), schooljaar: z.string() }),
  ),
});
