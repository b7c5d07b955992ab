import { z } from 'zod';
import { NewPassword } from '../../auth/password-policy';
import { ROLE_VALUES } from '../../../shared/roles';

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: NewPassword,
});

export const SessionListResponse = z.object({
  sessions: z.array(
    z.object({
      /** A handle to end the session by (not the cookie, not the stored id). */
      id: z.string(),
      createdAt: z.string(),
      lastSeenAt: z.string(),
      userAgent: z.string().nullable(),
      /** The client's address (from X-Forwarded-For only behind a trusted proxy), or null. */
      ip: z.string().nullable(),
      /** The session of this very request. */
      current: z.boolean(),
    }),
  ),
});

export const EndSessionBody = z.object({ sessionId: z.string().min(1).max(64) });
export const EndedResponse = z.object({ ended: z.number().int() });

export const MfaOverviewResponse = z.object({
  enrolled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});

export const TotpSetupResponse = z.object({
  /** Base32, for typing into an app that cannot scan. */
  secret: z.string(),
  /** otpauth://totp/…: render it as a QR code. */
  otpauthUri: z.string(),
});

export const CodeBody = z.object({ code: z.string().trim().min(6).max(20) });

/** Shown once: ten codes of the form "abcde-fghjk", each usable once instead of the app. */
export const RecoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });

export const InvitationListResponse = z.object({
  invitations: z.array(
    z.object({
      id: z.string(),
      role: z.enum(ROLE_VALUES),
      schoolName: z.string().nullable(),
      bestuurName: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const InvitationBody = z.object({ invitationId: z.string().min(1).max(64) });
