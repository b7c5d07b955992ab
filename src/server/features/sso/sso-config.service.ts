/** The beheer screen's SSO settings of a bestuur: for a beheerder across that bestuur only. */
import type { z } from 'zod';
import { audit } from '../../audit';
import type { EnvSsoProvider } from '../../auth/account-config';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { invalidInput } from '../../errors';
import { summarizeIssues } from '../../../shared/zod-nl';
import { requireManagedBestuur } from '../admin/admin.policy';
import { allProviders, discover, issuerUrl } from './sso-providers';
import type { SsoConfigBody } from './sso.schema';
import { deleteProviderOf, upsertProvider } from './sso.queries';

function refused(field: string, message: string) {
  const issues = [{ field, message }];
  return invalidInput(summarizeIssues(issues), issues);
}

export async function ssoConfigOf(db: Db, actor: Actor, bestuurId: string, env: readonly EnvSsoProvider[]) {
  requireManagedBestuur(actor, bestuurId);
  const providers = (await allProviders(db, env)).filter((p) => p.bestuurId === bestuurId);
  return providers.map((p) => ({
    id: p.id,
    label: p.label,
    issuer: p.issuer,
    clientId: p.clientId,
    createAccounts: p.createAccounts,
    trustMfa: p.trustMfa,
    source: p.source,
  }));
}

/** Saves the bestuur's provider after its discovery document answered with these settings. */
export async function saveSsoConfig(
  db: Db,
  actor: Actor,
  bestuurId: string,
  input: z.infer<typeof SsoConfigBody>,
  now: Date,
) {
  requireManagedBestuur(actor, bestuurId);
  const stored = (await allProviders(db, [])).find((p) => p.bestuurId === bestuurId);
  const clientSecret = input.clientSecret ?? stored?.clientSecret;
  if (!clientSecret) throw refused('clientSecret', 'is verplicht bij het eerste instellen');
  if (!issuerUrl(input.issuer)) throw refused('issuer', 'moet een https-adres zijn');
  try {
    await discover({ issuer: input.issuer, clientId: input.clientId, clientSecret });
  } catch {
    throw refused('issuer', 'geeft geen OpenID Connect-configuratie (/.well-known/openid-configuration)');
  }
  await db.transaction().execute(async (trx) => {
    await upsertProvider(trx, {
      id: stored?.id ?? newId(now.getTime()),
      bestuur_id: bestuurId,
      label: input.label,
      issuer: input.issuer,
      client_id: input.clientId,
      client_secret: clientSecret,
      create_accounts: input.createAccounts ? 1 : 0,
      trust_mfa: input.trustMfa ? 1 : 0,
      updated_by: actor.userId,
      updated_at: now.toISOString(),
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'sso.configure',
      entity: 'bestuur',
      entityId: bestuurId,
      details: { issuer: input.issuer, createAccounts: input.createAccounts, trustMfa: input.trustMfa },
    });
  });
}

export async function removeSsoConfig(db: Db, actor: Actor, bestuurId: string, now: Date): Promise<void> {
  requireManagedBestuur(actor, bestuurId);
  await db.transaction().execute(async (trx) => {
    if ((await deleteProviderOf(trx, bestuurId)) === 0) return;
    await audit(trx, now, {
      userId: actor.userId,
      action: 'sso.remove',
      entity: 'bestuur',
      entityId: bestuurId,
    });
  });
}
