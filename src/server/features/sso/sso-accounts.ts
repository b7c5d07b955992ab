/**
 * Which account an SSO login is for. A provider speaks for one bestuur only: it may log in accounts
 * whose every role lies within that bestuur, never one that also holds rights elsewhere (another
 * bestuur's provider could otherwise claim any address). Matching is by the provider's subject once
 * linked, and the first time by a verified e-mail address only. Without an account, a staff member
 * from the LAS (EDEXML) gets one when the bestuur allows it: leerkracht at their school(s).
 */
import { audit } from '../../audit';
import { NO_PASSWORD } from '../../auth/passwords';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { fullName } from '../../../shared/names';
import type { SsoProvider } from './sso-providers';
import {
  findIdentity,
  findRoleBesturen,
  findUnlinkedStaff,
  findUserForSso,
  insertIdentity,
  insertSsoRole,
  insertSsoUser,
  linkStaff,
} from './sso.queries';

/** Why an SSO login is refused; the code goes to the login page (`/login?sso=CODE`). */
export type SsoRefusal = 'state' | 'provider' | 'email' | 'account' | 'elsewhere';

export class SsoRefused extends Error {
  constructor(readonly reason: SsoRefusal) {
    super(reason);
  }
}

export interface SsoClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  /** Microsoft Entra ID: the address is a verified one of the tenant (optional claim xms_edov). */
  xms_edov?: unknown;
  name?: unknown;
}

function verifiedEmail(claims: SsoClaims): string | null {
  if (typeof claims.email !== 'string') return null;
  if (claims.email_verified !== true && claims.xms_edov !== true) return null;
  return claims.email.trim().toLowerCase();
}

async function requireWithinBestuur(db: Db, userId: string, bestuurId: string): Promise<void> {
  const user = await findUserForSso(db, { id: userId });
  if (!user || user.active !== 1) throw new SsoRefused('account');
  const besturen = await findRoleBesturen(db, userId);
  if (besturen.length === 0) throw new SsoRefused('account');
  if (besturen.some((b) => b !== bestuurId)) throw new SsoRefused('elsewhere');
}

async function createFromStaff(db: Db, provider: SsoProvider, email: string, claims: SsoClaims, now: Date) {
  const staff = await findUnlinkedStaff(db, provider.bestuurId, email);
  const first = staff[0];
  if (!first) throw new SsoRefused('account');
  const userId = newId(now.getTime());
  const iso = now.toISOString();
  const name =
    fullName({ roepnaam: first.roepnaam, voorvoegsel: first.voorvoegsel, achternaam: first.achternaam }) ||
    (typeof claims.name === 'string' ? claims.name : email);
  await db.transaction().execute(async (trx) => {
    await insertSsoUser(trx, {
      id: userId,
      name,
      email,
      password_hash: NO_PASSWORD,
      active: 1,
      created_at: iso,
      last_login_at: null,
    });
    for (const schoolId of new Set(staff.map((s) => s.school_id))) {
      await insertSsoRole(trx, {
        id: newId(now.getTime()),
        user_id: userId,
        role: 'leerkracht',
        school_id: schoolId,
        bestuur_id: null,
        created_at: iso,
      });
    }
    await linkStaff(
      trx,
      staff.map((s) => s.id),
      userId,
      iso,
    );
    await insertIdentity(trx, {
      issuer: provider.issuer,
      subject: claims.sub,
      user_id: userId,
      created_at: iso,
    });
    await audit(trx, now, {
      userId: null,
      action: 'user.create',
      entity: 'user',
      entityId: userId,
      schoolId: first.school_id,
      details: { role: 'leerkracht', via: 'sso', provider: provider.id },
    });
  });
  return userId;
}

/** The account to log in, linking or creating it as described above; throws SsoRefused. */
export async function accountForSso(db: Db, provider: SsoProvider, claims: SsoClaims, now: Date) {
  const linked = await findIdentity(db, provider.issuer, claims.sub);
  if (linked) {
    await requireWithinBestuur(db, linked.user_id, provider.bestuurId);
    return linked.user_id;
  }
  const email = verifiedEmail(claims);
  if (!email) throw new SsoRefused('email');
  const user = await findUserForSso(db, { email });
  if (!user) {
    if (!provider.createAccounts) throw new SsoRefused('account');
    return createFromStaff(db, provider, email, claims, now);
  }
  await requireWithinBestuur(db, user.id, provider.bestuurId);
  await db.transaction().execute(async (trx) => {
    const iso = now.toISOString();
    await insertIdentity(trx, {
      issuer: provider.issuer,
      subject: claims.sub,
      user_id: user.id,
      created_at: iso,
    });
    await audit(trx, now, {
      userId: user.id,
      action: 'auth.sso_linked',
      entity: 'user',
      entityId: user.id,
      details: { provider: provider.id },
    });
  });
  return user.id;
}
