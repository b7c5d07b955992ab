import { z } from 'zod';
import { PERMISSIONS } from '../../auth/permissions';
import { NewPassword } from '../../auth/password-policy';
import { ROLE_VALUES } from '../../../shared/roles';

export const LoginBody = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1000),
});

/** The second step: six digits from the app, or a recovery code such as "abcde-fghjk". */
export const MfaCodeBody = z.object({ code: z.string().trim().min(6).max(20) });

/** The token from a one-time link (the part after #token= in the address). */
export const LinkTokenBody = z.object({ token: z.string().min(20).max(200) });
export const UseLinkBody = LinkTokenBody.extend({ password: NewPassword });

export const PermissionSchema = z.enum(PERMISSIONS);

export const MfaStatus = z.object({
  /** An authenticator app is set up for this account. */
  enrolled: z.boolean(),
  /** The account's role (or school) requires one: without it only the enrolment works (mfa_required). */
  required: z.boolean(),
});

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
  mfa: MfaStatus,
});
export type MeResponse = z.infer<typeof MeResponse>;

/** The password was right and the account has MFA: send the code to POST /auth/mfa within 5 minutes. */
export const MfaPendingResponse = z.object({ mfa: z.literal('required') });

export const LoginResponse = z.union([MeResponse, MfaPendingResponse]);

export const LinkStatusResponse = z.object({ email: z.string(), expiresAt: z.string() });

export const OkResponse = z.object({ ok: z.literal(true) });
