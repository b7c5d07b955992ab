import { ROLE_VALUES, type RoleValue } from '../../shared/roles';
import { schooljaarOf } from '../../domain/schooljaar';
import { MIN_PASSWORD_LENGTH } from '../../server/auth/passwords';
import { passwordProblem } from '../../server/auth/password-policy';
import type { Config } from '../../server/config';
import { findAccountByEmail } from '../../server/features/account/account.queries';
import { issuePasswordLink, linkUrl } from '../../server/features/account/password-links.service';
import { migrateToLatest, type Database } from '../../server/db/database';
import { AppError } from '../../server/errors';
import { createUser } from '../../server/features/admin/admin-users.service';
import { setTeacherGroups } from '../../server/features/admin/admin-roles.service';
import { CliError, stringOption, type ParsedArgs } from '../args';
import { findBestuurByName, findGroupsByName } from '../cli.queries';
import { readPassword } from '../password-input';
import { findSchoolId } from './lookup';
import { USER_ADD_USAGE, USER_RESET_LINK_USAGE } from '../usage';

function isRole(value: string): value is RoleValue {
  return (ROLE_VALUES as readonly string[]).includes(value);
}

async function findBestuurId(database: Database, name: string): Promise<string> {
  const bestuur = await findBestuurByName(database.db, name);
  if (!bestuur) throw new CliError(`Geen bestuur met de naam "${name}".`);
  return bestuur.id;
}

export async function userAddCommand(database: Database, args: ParsedArgs): Promise<void> {
  if (args.options.has('password')) {
    throw new CliError(
      'Geef het wachtwoord niet op de opdrachtregel (dat komt in de geschiedenis); het wordt gevraagd.',
    );
  }
  const email = stringOption(args, 'email')?.trim().toLowerCase();
  const name = stringOption(args, 'name')?.trim();
  const role = stringOption(args, 'role');
  const schoolSpec = stringOption(args, 'school');
  const bestuurName = stringOption(args, 'bestuur');
  if (!email || !name || !role) throw new CliError(`Ontbrekende gegevens.\n${USER_ADD_USAGE}`);
  if (!isRole(role)) throw new CliError(`Onbekende rol "${role}". Kies uit: ${ROLE_VALUES.join(', ')}.`);
  if ((schoolSpec ? 1 : 0) + (bestuurName ? 1 : 0) !== 1) {
    throw new CliError('Geef precies één van --school of --bestuur.');
  }
  await migrateToLatest(database.db);
  const schoolId = schoolSpec ? await findSchoolId(database, schoolSpec) : null;
  const bestuurId = bestuurName ? await findBestuurId(database, bestuurName) : null;

  const password = await readPassword(`Wachtwoord voor ${email}: `);
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CliError(`Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn.`);
  }
  const problem = passwordProblem(password, { email });
  if (problem) throw new CliError(`Dit wachtwoord ${problem}.`);
  const now = new Date();
  try {
    const { user } = await createUser(
      database.db,
      null,
      { name, email, password, role, schoolId, bestuurId },
      now,
    );
    const groups = stringOption(args, 'groups');
    if (groups && schoolId) {
      const schooljaar = schooljaarOf(now);
      const names = groups
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean);
      const rows = await findGroupsByName(database.db, schoolId, schooljaar, names);
      const missing = names.filter((n) => !rows.some((r) => r.name === n));
      if (missing.length > 0)
        throw new CliError(`Onbekende groep(en) in ${schooljaar}: ${missing.join(', ')}.`);
      await setTeacherGroups(
        database.db,
        null,
        user.id,
        { schoolId, schooljaar, groupIds: rows.map((r) => r.id) },
        now,
      );
    }
    process.stdout.write(`Account aangemaakt: ${user.email} (${role}).\n`);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * `leerwinst user reset-link ADRES`: a one-time link (24 hours) for the person to choose a new
 * password, for when no beheerder can make one in the app (the first beheerder, say).
 */
export async function userResetLinkCommand(
  database: Database,
  args: ParsedArgs,
  config: Config,
): Promise<void> {
  const email = args.positional[2]?.trim().toLowerCase();
  if (!email) throw new CliError(`Gebruik: ${USER_RESET_LINK_USAGE}`);
  await migrateToLatest(database.db);
  const account = await findAccountByEmail(database.db, email);
  if (!account) throw new CliError(`Geen account met het e-mailadres ${email}.`);
  if (account.active !== 1)
    throw new CliError(`Het account ${email} is uitgeschakeld; zet het eerst weer aan.`);
  const { token, expiresAt } = await issuePasswordLink(database.db, account.id, null, new Date());
  const base = config.accounts.publicUrl ?? `http://${config.host}:${config.port}`;
  process.stdout.write(`${linkUrl(base, token)}\n`);
  process.stderr.write(`Eenmalig te gebruiken, geldig tot ${expiresAt}. De link wordt nergens bewaard.\n`);
}
