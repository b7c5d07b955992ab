/**
 * leerwinst — serve | migrate | demo | import | norms import | signaleringswaarden import | user add |
 * user reset-link.
 * Configuration comes from the environment (DATABASE_URL, PORT, HOST); see README.md.
 */
import { readConfig, ConfigError } from '../server/config';
import { DatabaseUnreachableError, migrateToLatest, openDatabase } from '../server/db/database';
import { DatabaseUrlError } from '../server/db/dialect';
import { useDutchZodMessages } from '../shared/zod-nl';
import { CliError, parseArgs } from './args';
import {
  IMPORT_USAGE,
  NORMS_USAGE,
  SIGNALERINGSWAARDEN_USAGE,
  USER_ADD_USAGE,
  USER_RESET_LINK_USAGE,
} from './usage';

const USAGE = `Gebruik: leerwinst <opdracht>

  serve [--demo [--today JJJJ-MM-DD]]
                    start de webapplicatie (met --demo: laad de demoschool in een lege database;
                    met --today: de demo en de klok van de app beginnen op die dag, voor tests)
  migrate           breng de database naar de nieuwste versie
  demo [--schools N] [--years N] [--seed N]
                    laad de verzonnen demoschool in een lege database
  import            lees leerlingen (EDEX.XML) of toetsresultaten (CSV/XLSX) in:
                    ${IMPORT_USAGE}
  norms import      lees een normtabel of DLE-tabel (CSV) in:
                    ${NORMS_USAGE}
  signaleringswaarden import
                    lees de tabel 2F/1S-signaleringswaarden van de Inspectie (CSV) in:
                    ${SIGNALERINGSWAARDEN_USAGE}
  user add          maak een account aan:
                    ${USER_ADD_USAGE.replace(/\n/g, '\n                    ')}
  user reset-link   eenmalige wachtwoordlink voor een account:
                    ${USER_RESET_LINK_USAGE.replace(/\n/g, '\n                    ')}

Omgeving: DATABASE_URL (standaard sqlite:./data/leerwinst.sqlite, of postgres://…), PORT (3000), HOST (127.0.0.1),
          PUBLIC_URL (het adres van de app, voor links en SSO), MFA_REQUIRED (roles of off), SSO_PROVIDERS (JSON)`;

async function main(argv: string[]): Promise<number> {
  useDutchZodMessages();
  const args = parseArgs(argv);
  const [command, sub] = args.positional;
  if (!command || command === 'help' || args.options.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  const known = ['serve', 'migrate', 'demo', 'user', 'norms', 'import', 'signaleringswaarden'];
  if (!known.includes(command)) throw new CliError(`Onbekende opdracht "${command}".\n\n${USAGE}`);
  if (command === 'user' && sub !== 'add' && sub !== 'reset-link') {
    throw new CliError(`Gebruik: ${USER_ADD_USAGE}\n       ${USER_RESET_LINK_USAGE}`);
  }
  if (command === 'norms' && sub !== 'import') throw new CliError(`Gebruik: ${NORMS_USAGE}`);
  if (command === 'signaleringswaarden' && sub !== 'import')
    throw new CliError(`Gebruik: ${SIGNALERINGSWAARDEN_USAGE}`);
  if (command === 'import' && sub !== 'edexml' && sub !== 'results')
    throw new CliError(`Gebruik: ${IMPORT_USAGE}`);

  const config = readConfig();
  const database = await openDatabase(config.databaseUrl);
  try {
    switch (command) {
      // Each command loads its own modules: an import run should not pay for the web server's memory.
      case 'serve': {
        const { serveCommand } = await import('./commands/serve');
        await serveCommand(database, config, {
          demo: args.options.has('demo'),
          today: args.options.get('today'),
        });
        return 0;
      }
      case 'migrate': {
        const applied = await migrateToLatest(database.db);
        process.stdout.write(
          applied.length === 0 ? 'De database is al bij.\n' : `Uitgevoerd: ${applied.join(', ')}\n`,
        );
        return 0;
      }
      case 'demo': {
        const { demoCommand } = await import('./commands/demo');
        await demoCommand(database, args);
        return 0;
      }
      case 'norms': {
        const { normsImportCommand } = await import('./commands/norms');
        return await normsImportCommand(database, args);
      }
      case 'signaleringswaarden': {
        const { signaleringswaardenImportCommand } = await import('./commands/signaleringswaarden');
        return await signaleringswaardenImportCommand(database, args);
      }
      case 'import': {
        const { importEdexmlCommand, importResultsCommand } = await import('./commands/import');
        return sub === 'edexml'
          ? await importEdexmlCommand(database, args)
          : await importResultsCommand(database, args);
      }
      default: {
        const { userAddCommand, userResetLinkCommand } = await import('./commands/user');
        if (sub === 'reset-link') await userResetLinkCommand(database, args, config);
        else await userAddCommand(database, args);
        return 0;
      }
    }
  } finally {
    if (command !== 'serve') await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof DatabaseUrlError ||
      error instanceof DatabaseUnreachableError
    ) {
      process.stderr.write(`leerwinst: ${error.message}\n`);
    } else {
      process.stderr.write(
        `leerwinst: onverwachte fout: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
