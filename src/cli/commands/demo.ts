import { migrateToLatest, type Database } from '../../server/db/database';
import { DEFAULT_DEMO, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, generateDemo } from '../../demo/generator';
import { DEMO_NORMS_LABEL } from '../../demo/norms';
import { isDatabaseEmpty, loadDemo } from '../../demo/load';
import { CliError, intOption, type ParsedArgs } from '../args';

const LOGINS: readonly [string, string][] = [
  ['leerkracht (groep 5)', `leerkracht@${DEMO_EMAIL_DOMAIN}`],
  ['intern begeleider', `ib@${DEMO_EMAIL_DOMAIN}`],
  ['schoolleider', `directie@${DEMO_EMAIL_DOMAIN}`],
  ['bestuur', `bestuur@${DEMO_EMAIL_DOMAIN}`],
  ['beheerder', `beheer@${DEMO_EMAIL_DOMAIN}`],
];

export function describeDemoLogins(): string {
  const width = Math.max(...LOGINS.map(([, email]) => email.length));
  return [
    `Demo-logins (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`,
    ...LOGINS.map(([role, email]) => `  ${email.padEnd(width)}  ${role}`),
    `Let op: ${DEMO_NORMS_LABEL}.`,
  ].join('\n');
}

/**
 * `--today JJJJ-MM-DD`: the day a demo server plays on, so the browser tests do not follow the wall
 * clock. Noon UTC is that same day in the Netherlands.
 */
export function demoToday(value: string | true | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const day = value === true ? '' : value;
  const date = new Date(`${day}T12:00:00.000Z`);
  // The round trip refuses other spellings and days that do not exist, such as 2026-02-30.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    const given = day === '' ? '' : `, niet "${day}"`;
    throw new CliError(`--today moet een datum zijn als 2026-11-28 (JJJJ-MM-DD)${given}.`);
  }
  return date;
}

export async function demoCommand(database: Database, args: ParsedArgs): Promise<void> {
  await migrateToLatest(database.db);
  if (!(await isDatabaseEmpty(database.db))) {
    throw new CliError('De database bevat al gegevens; de demo wordt alleen in een lege database geladen.');
  }
  const now = new Date();
  const options = {
    seed: intOption(args, 'seed', DEFAULT_DEMO.seed),
    schools: intOption(args, 'schools', DEFAULT_DEMO.schools),
    years: intOption(args, 'years', DEFAULT_DEMO.years),
    now,
  };
  const data = generateDemo(options);
  await loadDemo(database.db, data, now);
  process.stdout.write(
    `Demo geladen: ${data.school.length} scholen, ${data.leerling.length} leerlingen, ${data.toetsresultaat.length} toetsresultaten.\n\n${describeDemoLogins()}\n`,
  );
}
