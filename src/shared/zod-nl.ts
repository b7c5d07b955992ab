/**
 * Dutch validation messages, shared by server and browser, so a teacher reads "is verplicht" instead of
 * "Invalid input: expected string, received undefined". The field's name is added by the caller.
 */
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee',
  object: 'een object',
  array: 'een lijst',
  date: 'een datum',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'een geldig e-mailadres',
  date: 'een datum in de vorm jjjj-mm-dd',
  datetime: 'een datum en tijd',
  uuid: 'een geldige id',
  regex: 'in de juiste vorm',
};

const customError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'is verplicht';
      return `moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1 ? 'mag niet leeg zijn' : `moet minstens ${issue.minimum} tekens lang zijn`;
      }
      if (issue.origin === 'array') return `moet minstens ${issue.minimum} onderdelen bevatten`;
      return `moet minstens ${issue.minimum} zijn`;
    case 'too_big':
      if (issue.origin === 'string') return `mag hoogstens ${issue.maximum} tekens lang zijn`;
      if (issue.origin === 'array') return `mag hoogstens ${issue.maximum} onderdelen bevatten`;
      return `mag hoogstens ${issue.maximum} zijn`;
    case 'invalid_format':
      return `moet ${FORMAT_NAMES[issue.format] ?? 'in de juiste vorm'} zijn`;
    case 'invalid_value':
      if (issue.input === undefined || issue.input === null) return 'is verplicht';
      return `moet een van deze waarden zijn: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `bevat onbekende velden: ${issue.keys.join(', ')}`;
    default:
      return 'is ongeldig';
  }
};

let configured = false;
export function useDutchZodMessages(): void {
  if (configured) return;
  z.config({ customError });
  configured = true;
}

export interface Issue {
  field: string;
  message: string;
}

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(invoer)',
    message: issue.message,
  }));
}

/**
 * Dutch names of the API's English field names, for the sentence a user reads ("Ongeldige invoer bij
 * "wachtwoord""). Keyed by the last part of the field's path; a field without an entry keeps its path
 * (most fields already have Dutch names: schooljaar, periode, vak). `issues[].field` stays the path, so
 * a form can still find its input.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  email: 'e-mailadres',
  password: 'wachtwoord',
  currentPassword: 'huidig wachtwoord',
  newPassword: 'nieuw wachtwoord',
  name: 'naam',
  code: 'code',
  token: 'link',
  role: 'rol',
  active: 'actief',
  schoolId: 'school',
  bestuurId: 'bestuur',
  groupId: 'groep',
  groupIds: 'groepen',
  pupilId: 'leerling',
  userId: 'gebruiker',
  sessionId: 'sessie',
  invitationId: 'uitnodiging',
  reason: 'reden',
  label: 'naam van de knop',
  issuer: 'issuer-URL',
  clientId: 'client-ID',
  clientSecret: 'clientgeheim',
  createAccounts: 'accounts aanmaken',
  trustMfa: 'MFA door de provider',
  mfaForEveryone: 'tweestapsverificatie voor iedereen',
  groepVraagt: 'wat de groep vraagt',
  groepsfactoren: 'groepsfactoren',
  leerkrachtBehoeften: 'ondersteuningsbehoeften van de leerkracht',
};

/** The name of a field as a user reads it: its Dutch label, or its path when it has none. */
export function fieldLabel(field: string): string {
  const last = field.split('.').at(-1) ?? field;
  return FIELD_LABELS[last] ?? field;
}

export function summarizeIssues(issues: Issue[]): string {
  const first = issues[0];
  if (!first) return 'Ongeldige invoer.';
  const more =
    issues.length > 1 ? ` (en nog ${issues.length - 1} andere fout${issues.length > 2 ? 'en' : ''})` : '';
  return `Ongeldige invoer bij "${fieldLabel(first.field)}": ${first.message}${more}.`;
}
