/**
 * Queries and changes for accounts: the second login step, SSO buttons, one-time password links, the
 * own account (password, sessions, authenticator app, invitations) and the beheerder's account
 * security (password links, MFA reset, a school's MFA setting, SSO per bestuur). Types come from the
 * server's zod schemas, as types only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  InvitationListResponse,
  MfaOverviewResponse,
  RecoveryCodesResponse,
  SessionListResponse,
  TotpSetupResponse,
} from '../../server/features/account/account.schema';
import type { LinkStatusResponse, LoginResponse, MeResponse } from '../../server/features/auth/auth.schema';
import type { PasswordLinkResponse, SchoolSecurity } from '../../server/features/admin/admin.schema';
import type { SsoConfigBody, SsoConfigResponse, SsoProviderList } from '../../server/features/sso/sso.schema';
import { del, get, post, put } from './client';
import { queryKeys } from './keys';

export type LoginResult = z.infer<typeof LoginResponse>;
export type Session = z.infer<typeof SessionListResponse>['sessions'][number];
export type MfaOverview = z.infer<typeof MfaOverviewResponse>;
export type TotpSetup = z.infer<typeof TotpSetupResponse>;
export type Invitation = z.infer<typeof InvitationListResponse>['invitations'][number];
export type LinkStatus = z.infer<typeof LinkStatusResponse>;
export type PasswordLink = z.infer<typeof PasswordLinkResponse>;
export type SsoConfig = z.infer<typeof SsoConfigResponse>;
export type SsoConfigInput = z.input<typeof SsoConfigBody>;
type Me = z.infer<typeof MeResponse>;

/** The address the browser navigates to (not a fetch): the provider's login page follows. */
export const ssoStartUrl = (providerId: string) =>
  `/api/auth/sso/start?provider=${encodeURIComponent(providerId)}`;

/** A full login (or the second step) replaces everything cached for whoever was here before. */
function useLoggedIn() {
  const client = useQueryClient();
  return (me: Me) => {
    client.clear();
    client.setQueryData(queryKeys.me, me);
  };
}

/** The second step: six digits from the app, or a recovery code. */
export function useMfaLogin() {
  const loggedIn = useLoggedIn();
  return useMutation({
    mutationFn: (code: string) => post<Me>('/auth/mfa', { code }),
    onSuccess: loggedIn,
  });
}

export const useSsoProviders = () =>
  useQuery({
    queryKey: queryKeys.ssoProviders,
    queryFn: () => get<z.infer<typeof SsoProviderList>>('/auth/sso/providers'),
    staleTime: 5 * 60_000,
  });

export const usePasswordLinkStatus = (token: string) =>
  useQuery({
    queryKey: queryKeys.passwordLink(token),
    queryFn: () => post<LinkStatus>('/auth/password-link/status', { token }),
    enabled: token !== '',
    staleTime: Infinity,
  });

export const useUsePasswordLink = () =>
  useMutation({
    mutationFn: (input: { token: string; password: string }) => post('/auth/password-link/use', input),
  });

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => post('/account/password', input),
    // The server ends the other sessions.
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.accountSessions }),
  });
}

export const useSessions = () =>
  useQuery({
    queryKey: queryKeys.accountSessions,
    queryFn: () => get<z.infer<typeof SessionListResponse>>('/account/sessions'),
  });

export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => post('/account/sessions/end', { sessionId }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.accountSessions }),
  });
}

export function useEndOtherSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<{ ended: number }>('/account/sessions/end-others'),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.accountSessions }),
  });
}

export const useMfaOverview = () =>
  useQuery({ queryKey: queryKeys.accountMfa, queryFn: () => get<MfaOverview>('/account/mfa') });

export const useStartTotp = () =>
  useMutation({ mutationFn: () => post<TotpSetup>('/account/mfa/totp/setup') });

/**
 * Confirms the app and returns the recovery codes. The caches are refreshed by the caller once the
 * codes have been put away: a refreshed `me` could move the user off the page that shows them.
 */
export const useConfirmTotp = () =>
  useMutation({
    mutationFn: (code: string) =>
      post<z.infer<typeof RecoveryCodesResponse>>('/account/mfa/totp/confirm', { code }),
  });

export const useRenewRecoveryCodes = () =>
  useMutation({
    mutationFn: (code: string) =>
      post<z.infer<typeof RecoveryCodesResponse>>('/account/mfa/recovery-codes', { code }),
  });

export function useDisableMfa() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => post('/account/mfa/disable', { code }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.accountMfa });
      void client.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

/** After enrolment, once the recovery codes are put away: the status and `me` change. */
export function useRefreshAfterEnrolment() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.accountAll }),
      client.invalidateQueries({ queryKey: queryKeys.me }),
    ]);
}

export const useInvitations = () =>
  useQuery({
    queryKey: queryKeys.accountInvitations,
    queryFn: () => get<z.infer<typeof InvitationListResponse>>('/account/invitations'),
    staleTime: 5 * 60_000,
  });

export function useAnswerInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ invitationId, accept }: { invitationId: string; accept: boolean }) =>
      post(`/account/invitations/${accept ? 'accept' : 'decline'}`, { invitationId }),
    // An accepted role changes what the user may see everywhere.
    onSuccess: (_data, { accept }) =>
      accept ? client.invalidateQueries() : client.invalidateQueries({ queryKey: queryKeys.accountAll }),
  });
}

/** Beheer: a one-time link (24 hours) with which the person chooses a new password. */
export const useIssuePasswordLink = () =>
  useMutation({
    mutationFn: (userId: string) => post<PasswordLink>(`/admin/users/${userId}/password-link`),
  });

export function useResetMfa() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => del(`/admin/users/${userId}/mfa`),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.adminUsers }),
  });
}

export const useSchoolSecurity = (schoolId: string) =>
  useQuery({
    queryKey: queryKeys.schoolSecurity(schoolId),
    queryFn: () => get<z.infer<typeof SchoolSecurity>>(`/admin/schools/${schoolId}/security`),
  });

export function useSetSchoolSecurity(schoolId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mfaForEveryone: boolean) =>
      put<z.infer<typeof SchoolSecurity>>(`/admin/schools/${schoolId}/security`, { mfaForEveryone }),
    onSuccess: (data) => client.setQueryData(queryKeys.schoolSecurity(schoolId), data),
  });
}

export const useBestuurSso = (bestuurId: string) =>
  useQuery({
    queryKey: queryKeys.bestuurSso(bestuurId),
    queryFn: () => get<SsoConfig>(`/admin/besturen/${bestuurId}/sso`),
  });

export function useSaveBestuurSso(bestuurId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SsoConfigInput) => put<SsoConfig>(`/admin/besturen/${bestuurId}/sso`, input),
    onSuccess: (data) => {
      client.setQueryData(queryKeys.bestuurSso(bestuurId), data);
      void client.invalidateQueries({ queryKey: queryKeys.ssoProviders });
    },
  });
}

export function useRemoveBestuurSso(bestuurId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => del(`/admin/besturen/${bestuurId}/sso`),
    onSuccess: () => {
      // At once, not after a refetch: the form starts anew on what is left (providers from the environment).
      client.setQueryData<SsoConfig>(queryKeys.bestuurSso(bestuurId), (old) =>
        old ? { ...old, providers: old.providers.filter((p) => p.source !== 'beheer') } : old,
      );
      void client.invalidateQueries({ queryKey: queryKeys.ssoProviders });
    },
  });
}
