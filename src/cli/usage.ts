/** Usage lines, apart from the commands so `leerwinst help` loads none of them. */
import { ROLE_VALUES } from '../shared/roles';

export const IMPORT_USAGE = `leerwinst import edexml BESTAND [--school BRIN] [--bestuur NAAM] [--dry-run]
                    leerwinst import results BESTAND [--mapping NAAM] [--school BRIN] [--header-row N] [--skip-invalid] [--dry-run]
                    leerwinst import seo BESTAND --school BRIN [--instrument CODE] [--lijst leerkracht|leerling|ouder] [--datum DD-MM-JJJJ] [--header-row N] [--dry-run]`;

export const NORMS_USAGE = 'leerwinst norms import BESTAND [--school BRIN[-VESTIGING]] [--label "TEKST"]';

export const USER_ADD_USAGE = `leerwinst user add --email ADRES --name "NAAM" --role ROL (--school BRIN[-VESTIGING] | --bestuur "NAAM")
                   [--groups "Groep 5,Groep 7"]
  ROL: ${ROLE_VALUES.join(', ')}. Het wachtwoord wordt gevraagd, of als eerste regel van stdin gelezen.`;

export const USER_RESET_LINK_USAGE = `leerwinst user reset-link ADRES
  Drukt een eenmalige link af (24 uur geldig) waarmee de gebruiker zelf een nieuw wachtwoord kiest.
  Het adres van de link komt uit PUBLIC_URL (anders http://HOST:PORT).`;

export const SIGNALERINGSWAARDEN_USAGE =
  'leerwinst signaleringswaarden import BESTAND [--bron "TEKST"]  (CSV: schoolweging van;schoolweging tot;signaleringswaarde)';

export const RETENTION_USAGE = 'leerwinst retention run [--dry-run]';

export const BACKUP_USAGE = 'leerwinst backup [BESTAND]';

export const RESTORE_USAGE = 'leerwinst restore BESTAND [--check] [--yes]';

export const TRANSFER_USAGE =
  'leerwinst transfer --to URL [--from URL] [--school BRIN[-VESTIGING] | --bestuur NAAM] [--merge] [--dry-run]';
