/**
 * Accounts a school can run: sessions that know their device and their MFA step, a login limit per
 * key counted atomically (replacing the old row-per-attempt table), one-time password links, TOTP
 * with recovery codes, a school's "MFA for everyone" setting, invitations for addresses that already
 * have an account elsewhere, and OpenID Connect per bestuur. Frozen in time: it never imports app code.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // 'active' or 'mfa_pending' (the password was right, the second step is still to come).
  await db.schema
    .alterTable('session')
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('active'))
    .execute();
  await db.schema.alterTable('session').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('session').addColumn('ip', 'text').execute();

  await db.schema.dropTable('login_attempt').execute();
  // One row per hashed key (account, account + address, address, MFA step of an account).
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('password_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    // SHA-256 of the token: the link itself is shown once and never stored.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('password_link_user_idx').on('password_link').column('user_id').execute();

  await db.schema
    .createTable('user_mfa')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('app_user.id').onDelete('cascade'))
    // Base32 TOTP secret; confirmed_at is null while the user has not yet entered a first code.
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    // The last 30-second step a code was accepted for: a code is never accepted twice.
    .addColumn('last_step', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('mfa_recovery_code')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addUniqueConstraint('mfa_recovery_code_uq', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('school_security')
    .addColumn('school_id', 'text', (c) => c.primaryKey().references('school.id'))
    .addColumn('mfa_everyone', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('account_invitation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    // The name as the inviting beheerder typed it: they never see the account's own data.
    .addColumn('name', 'text', (c) => c.notNull())
    // The id the beheerder's screens show for the invited role, as for a role of a new account.
    .addColumn('assignment_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.references('school.id'))
    .addColumn('bestuur_id', 'text', (c) => c.references('bestuur.id'))
    .addColumn('invited_by', 'text', (c) => c.notNull())
    // The invitation's one-time link (hash only), for when the beheerder hands out a link.
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    // 'open', 'accepted' or 'declined'.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('account_invitation_user_idx')
    .on('account_invitation')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('sso_provider')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuur_id', 'text', (c) => c.notNull().unique().references('bestuur.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret', 'text', (c) => c.notNull())
    // 1: a staff member from EDEXML without an account gets one at the first SSO login.
    .addColumn('create_accounts', 'integer', (c) => c.notNull())
    // 1: the provider enforces MFA itself, so an SSO login counts as the second factor.
    .addColumn('trust_mfa', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sso_identity')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sso_identity_pk', ['issuer', 'subject'])
    .execute();

  // A login in progress at the provider: state, nonce and PKCE verifier, for ten minutes.
  await db.schema
    .createTable('sso_login')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('redirect_uri', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sso_login',
    'sso_identity',
    'sso_provider',
    'account_invitation',
    'school_security',
    'mfa_recovery_code',
    'user_mfa',
    'password_link',
    'login_throttle',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempt_key_at_idx')
    .on('login_attempt')
    .columns(['key', 'at'])
    .execute();
  await db.schema.alterTable('session').dropColumn('ip').execute();
  await db.schema.alterTable('session').dropColumn('user_agent').execute();
  await db.schema.alterTable('session').dropColumn('stage').execute();
}
