import { createInterface } from 'node:readline/promises';
import { migrateToLatest, type Database } from '../../server/db/database';
import { DEFAULT_DEMO, DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, generateDemo } from '../../demo/generator';
import { DEMO_NORMS_LABEL } from '../../demo/norms';
import { isDatabaseEmpty, loadDemo } from '../../demo/load';
import { resetDemo, resetRefusal } from '../../demo/reset';
import { CliError, intOption, type ParsedArgs } from '../args';

/** Every demo account: the first school's four roles, the second school's two, bestuur and beheer. */
const LOGINS: readonly [string, string][] = [
  ['leerkracht (groep 5)', `leerkracht@${DEMO_EMAIL_DOMAIN}`],
  ['leerkracht (groep 7, cyclus van deze periode nog te doen)', `leerkracht7@${DEMO_EMAIL_DOMAIN}`],
  ['intern begeleider', `ib@${DEMO_EMAIL_DOMAIN}`],
  ['schoolleider', `directie@${DEMO_EMAIL_DOMAIN}`],
  ['leerkracht (groep 5/6, tweede school)', `leerkracht.kompas@${DEMO_EMAIL_DOMAIN}`],
  ['intern begeleider (tweede school)', `ib.kompas@${DEMO_EMAIL_DOMAIN}`],
  ['bestuur', `bestuur@${DEMO_EMAIL_DOMAIN}`],
  ['beheerder', `beheer@${DEMO_EMAIL_DOMAIN}`],
];

export function describeDemoLogins(): string {
  const width = Math.max(...LOGINS.map(([, email]) => email.length));
  return [
    `Demo-logins (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`,
    ...LOGINS.map(([role, email]) => `  ${email.padEnd(width)}  ${role}`),
    `Let op: ${DEMO_NORMS_LABEL}.`,
    'Opnieuw beginnen: leerwinst demo --reset (of, met de standaarddatabase, verwijder de map data).',
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

/** `--reset` over an existing demo: asked first, unless `--yes`; without a terminal `--yes` is needed. */
async function confirmedReset(args: ParsedArgs, displayUrl: string): Promise<boolean> {
  if (args.options.has('yes')) return true;
  if (!process.stdin.isTTY) {
    throw new CliError('--reset verwijdert de demo met alle wijzigingen erin: bevestig met --yes.');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(
      `De demo in ${displayUrl} wordt verwijderd, met alles wat erin is veranderd, en opnieuw geladen. Doorgaan? [j/N] `,
    );
    return /^(j|ja|y|yes)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/**
 * `leerwinst demo`: the demo into an empty database; with `--reset` over an existing demo (refused
 * when the database holds anything besides the demo). Returns the exit code.
 */
export async function demoCommand(database: Database, args: ParsedArgs): Promise<number> {
  await migrateToLatest(database.db);
  const reset = args.options.has('reset');
  const empty = await isDatabaseEmpty(database.db);
  if (!reset && !empty) {
    throw new CliError(
      'De database bevat al gegevens; de demo wordt alleen in een lege database geladen. Een demo opnieuw laden: leerwinst demo --reset.',
    );
  }
  if (reset) {
    const refusal = await resetRefusal(database);
    if (refusal) throw new CliError(refusal);
    if (!empty && !(await confirmedReset(args, database.displayUrl))) {
      process.stdout.write('Niets veranderd.\n');
      return 1;
    }
  }
  const now = new Date();
  const options = {
    seed: intOption(args, 'seed', DEFAULT_DEMO.seed),
    schools: intOption(args, 'schools', DEFAULT_DEMO.schools),
    years: intOption(args, 'years', DEFAULT_DEMO.years),
    now,
  };
  const data = generateDemo(options);
  if (reset && !empty) await resetDemo(database, data, now);
  else await loadDemo(database.db, data, now);
  process.stdout.write(
    `Demo ${reset && !empty ? 'opnieuw ' : ''}geladen: ${data.school.length} scholen, ${data.leerling.length} leerlingen, ${data.toetsresultaat.length} toetsresultaten.\n\n${describeDemoLogins()}\n`,
  );
  return 0;
}
