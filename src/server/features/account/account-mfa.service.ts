/**
 * Enrolling an authenticator app (TOTP) for the own account, its recovery codes, and switching it
 * off where the role allows. Enrolment: a new secret (shown once as an otpauth:// URI and as text),
 * then the first code from the app confirms it and returns ten recovery codes.
 */
import { audit } from '../../audit';
import type { MfaEnforcement } from '../../auth/account-config';
import { mfaIsRequired } from '../../auth/mfa';
import type { Actor } from '../../auth/permissions';
import { attemptSucceeded, mfaKeys, takeAttempt } from '../../auth/rate-limit';
import { checkSecondFactor, newRecoveryCodes } from '../../auth/second-factor';
import { endSessionsOfUser } from '../../auth/sessions';
import { matchTotp, newTotpSecret, otpauthUri } from '../../auth/totp';
import type { Db } from '../../db/database';
import { conflict, forbiddenBecause, rateLimited } from '../../errors';
import {
  confirmMfa,
  countUnusedRecoveryCodes,
  deleteMfa,
  findMfa,
  replaceRecoveryCodes,
  upsertPendingMfa,
} from './account.queries';
import { refusedPassword } from './password-links.service';

const wrongCode = () => refusedPassword('code', 'klopt niet');

export async function mfaOverview(db: Db, actor: Actor, enforcement: MfaEnforcement) {
  const [mfa, required] = await Promise.all([
    findMfa(db, actor.userId),
    mfaIsRequired(db, actor, enforcement),
  ]);
  const enrolled = mfa?.confirmed_at != null;
  return {
    enrolled,
    required,
    recoveryCodesLeft: enrolled ? await countUnusedRecoveryCodes(db, actor.userId) : 0,
  };
}

export async function startTotpSetup(db: Db, actor: Actor, now: Date) {
  const existing = await findMfa(db, actor.userId);
  if (existing?.confirmed_at) {
    throw conflict(
      'Er is al een authenticator-app ingesteld. Zet die eerst uit om een nieuwe in te stellen.',
    );
  }
  const secret = newTotpSecret();
  await upsertPendingMfa(db, actor.userId, secret, now.toISOString());
  return { secret, otpauthUri: otpauthUri(secret, actor.email) };
}

/** The first code confirms the app; other sessions end, since they were made without it. */
export async function confirmTotpSetup(
  db: Db,
  actor: Actor,
  code: string,
  token: string | undefined,
  now: Date,
) {
  const pending = await findMfa(db, actor.userId);
  if (!pending || pending.confirmed_at) {
    throw conflict('Er is geen instelling van een authenticator-app bezig. Begin opnieuw.');
  }
  const keys = mfaKeys(actor.userId);
  const wait = await takeAttempt(db, keys, now);
  if (wait !== null) throw rateLimited(wait);
  const step = matchTotp(pending.secret, code.trim(), now, 0);
  if (step === null) throw wrongCode();
  await attemptSucceeded(db, keys);
  const { codes, rows } = newRecoveryCodes(actor.userId, now);
  await db.transaction().execute(async (trx) => {
    if (!(await confirmMfa(trx, actor.userId, step, now.toISOString()))) {
      throw conflict('De authenticator-app is intussen al ingesteld.');
    }
    await replaceRecoveryCodes(trx, actor.userId, rows);
    await endSessionsOfUser(trx, actor.userId, token);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'mfa.enrol',
      entity: 'user',
      entityId: actor.userId,
    });
  });
  return { recoveryCodes: codes };
}

/** Ten new recovery codes (the old ones stop working), after a code from the app. */
export async function renewRecoveryCodes(db: Db, actor: Actor, code: string, now: Date) {
  if ((await checkSecondFactor(db, actor.userId, code, now)) !== 'totp') throw wrongCode();
  const { codes, rows } = newRecoveryCodes(actor.userId, now);
  await db.transaction().execute(async (trx) => {
    await replaceRecoveryCodes(trx, actor.userId, rows);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'mfa.recovery_codes_renewed',
      entity: 'user',
      entityId: actor.userId,
    });
  });
  return { recoveryCodes: codes };
}

/** Switches MFA off, with a code, for a role that does not need it. */
export async function disableOwnMfa(
  db: Db,
  actor: Actor,
  code: string,
  enforcement: MfaEnforcement,
  now: Date,
): Promise<void> {
  if (await mfaIsRequired(db, actor, enforcement)) {
    throw forbiddenBecause('Voor jouw rol of school is tweestapsverificatie verplicht; uitzetten kan niet.');
  }
  const mfa = await findMfa(db, actor.userId);
  if (!mfa?.confirmed_at) throw conflict('Er is geen authenticator-app ingesteld.');
  if (!(await checkSecondFactor(db, actor.userId, code, now))) throw wrongCode();
  await db.transaction().execute(async (trx) => {
    await deleteMfa(trx, actor.userId);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'mfa.disable',
      entity: 'user',
      entityId: actor.userId,
    });
  });
}
