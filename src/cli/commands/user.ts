import { ROLE_VALUES, type RoleValue } from '../../shared/roles';
import { schooljaarOf } from '../../domain/schooljaar';
import { MIN_PASSWORD_LENGTH } from '../../server/auth/passwords';
import { migrateToLatest, type Database } from '../../server/db/database';
import { AppError } from '../../server/errors';
import { createUser } from '../../server/features/admin/admin-users.service';
import { setTeacherGroups } from '../../server/features/admin/admin-roles.service';
import { CliError, stringOption, type ParsedArgs } from '../args';
import { findBestuurByName, findGroupsByName } from '../cli.queries';
import { readPassword } from '../password-input';
import { findSchoolId } from './lookup';
import { USER_ADD_USAGE } from '../usage';

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
