/**
 * leerwinst — serve | migrate | demo | import | norms import | signaleringswaarden import | user add |
 * user reset-link.
 * Configuration comes from the environment (DATABASE_URL, PORT, HOST); see README.md.
 */
import { readConfig, ConfigError } from '../server/config';
import { DatabaseUnreachableError, openDatabase } from '../server/db/database';
import { DatabaseUrlError } from '../server/db/dialect';
import { useDutchZodMessages } from '../shared/zod-nl';
import { CliError, parseArgs } from './args';
import {
  IMPORT_USAGE,
  NORMS_USAGE,
  RETENTION_USAGE,
  SIGNALERINGSWAARDEN_USAGE,
  USER_ADD_USAGE,
  USER_RESET_LINK_USAGE,
} from './usage';

const USAGE = `Gebruik: leerwinst <opdracht>

  serve [--demo [--today JJJJ-MM-DD]]
                    start de webapplicatie (met --demo: laad de demoschool in een lege database;
                    met --today: de demo en de klok van de app beginnen op die dag, voor tests)
  migrate [--status]
                    breng de database naar de nieuwste versie (eerst een back-up als ze gegevens
                    bevat); met --status: toon de uitgevoerde en wachtende migraties
  backup [BESTAND]  maak een back-up (SQLite: ook terwijl de server draait; PostgreSQL: met pg_dump)
  restore BESTAND [--check] [--yes]
                    zet een back-up terug (eerst gecontroleerd; de huidige database wordt bewaard)
  transfer --to URL [--from URL] [--school BRIN | --bestuur NAAM] [--merge] [--dry-run]
                    zet alles, een bestuur of een school over naar een andere database
  doctor            controleer de installatie (exitcode 0 in orde, 1 waarschuwing, 2 fout)
  demo [--schools N] [--years N] [--seed N] [--reset [--yes]]
                    laad de verzonnen demoschool in een lege database; met --reset: verwijder de
                    demo (met alle wijzigingen) en laad hem opnieuw, na bevestiging of met --yes
  import            lees leerlingen (EDEX.XML), toetsresultaten of sociaal-emotionele scores (CSV/XLSX) in:
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
  retention run [--dry-run]
                    pas de bewaartermijnen toe (de server doet dit ook dagelijks); met --dry-run:
                    toon alleen wat er verwijderd of geanonimiseerd zou worden

Omgeving: DATABASE_URL (standaard sqlite:./data/leerwinst.sqlite, of postgres://…), PORT (3000), HOST (127.0.0.1),
          PUBLIC_URL (het adres van de app, voor links en SSO), MFA_REQUIRED (roles of off), SSO_PROVIDERS (JSON)`;

async function main(argv: string[]): Promise<number> {
  useDutchZodMessages();
  const args = parseArgs(argv);
  const [command, sub] = args.positional;
  if (!command || command === 'help' || args.options.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    // Asked for (`help`, `--help`): success. No command at all: a usage error.
    return command || args.options.has('help') ? 0 : 1;
  }
  const known = ['serve', 'migrate', 'demo', 'user', 'norms', 'import', 'signaleringswaarden', 'retention'];
  const ops = ['backup', 'restore', 'transfer', 'doctor'];
  if (!known.includes(command) && !ops.includes(command))
    throw new CliError(`Onbekende opdracht "${command}".\n\n${USAGE}`);
  if (command === 'user' && sub !== 'add' && sub !== 'reset-link') {
    throw new CliError(`Gebruik: ${USER_ADD_USAGE}\n       ${USER_RESET_LINK_USAGE}`);
  }
  if (command === 'norms' && sub !== 'import') throw new CliError(`Gebruik: ${NORMS_USAGE}`);
  if (command === 'signaleringswaarden' && sub !== 'import')
    throw new CliError(`Gebruik: ${SIGNALERINGSWAARDEN_USAGE}`);
  if (command === 'import' && sub !== 'edexml' && sub !== 'results' && sub !== 'seo')
    throw new CliError(`Gebruik: ${IMPORT_USAGE}`);
  if (command === 'retention' && sub !== 'run') throw new CliError(`Gebruik: ${RETENTION_USAGE}`);

  // The doctor reports a broken configuration as one of its checks (exit code 2), so it reads it itself.
  if (command === 'doctor') return (await import('./commands/doctor')).doctorCommand();
  const config = readConfig();
  // These open, replace or only examine databases themselves: a missing or broken one is their subject.
  if (command === 'backup') return (await import('./commands/backup')).backupCommand(config, args);
  if (command === 'restore') return (await import('./commands/restore')).restoreCommand(config, args);
  if (command === 'transfer') return (await import('./commands/transfer')).transferCommand(config, args);
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
        const { migrateCommand } = await import('./commands/migrate');
        return await migrateCommand(database, config, args);
      }
      case 'demo': {
        const { demoCommand } = await import('./commands/demo');
        return await demoCommand(database, args);
      }
      case 'norms': {
        const { normsImportCommand } = await import('./commands/norms');
        return await normsImportCommand(database, args);
      }
      case 'retention': {
        const { retentionRunCommand } = await import('./commands/retention');
        return await retentionRunCommand(database, args);
      }
      case 'signaleringswaarden': {
        const { signaleringswaardenImportCommand } = await import('./commands/signaleringswaarden');
        return await signaleringswaardenImportCommand(database, args);
      }
      case 'import': {
        if (sub === 'seo')
          return await (await import('./commands/import-seo')).importSeoCommand(database, args);
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
