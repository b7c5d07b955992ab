/**
 * What a new password must be (ASVS 2.1.1, 2.1.5, 2.1.7): at least 12 characters, not one of the
 * 10,000 most common passwords of public breaches (common-passwords.txt, source named in its header),
 * not such a password (or a word of this service) with only digits or signs around it, not mostly one
 * character, and not the own e-mail address. No rules about capitals or digits (ASVS 2.1.9): length
 * and the list do the work.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords';

/** Words of this service and of school life: guessable when only digits or signs surround them. */
const CONTEXT_WORDS = ['leerwinst', 'wachtwoord', 'welkom', 'basisschool', 'leerkracht', 'onderwijs'];
const MIN_DISTINCT_CHARACTERS = 5;

let common: ReadonlySet<string> | undefined;

function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(fileURLToPath(new URL('./common-passwords.txt', import.meta.url)), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return common;
}

/** The letters in the middle: "Welkom2024!" → "welkom". */
function coreOf(lower: string): string {
  return lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** Why the password is refused, as the end of a Dutch sentence about the field, or null when it is fine. */
export function passwordProblem(password: string, account?: { email: string }): string | null {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return 'staat in de lijst van veelgebruikte of uitgelekte wachtwoorden';
  const core = coreOf(lower);
  const half = lower.slice(0, lower.length / 2);
  if ((core.length >= 4 && list.has(core)) || (lower === half + half && list.has(half))) {
    return 'is een veelgebruikt wachtwoord met alleen cijfers of tekens eromheen';
  }
  if (CONTEXT_WORDS.includes(core)) {
    return 'is een woord dat voor de hand ligt (zoals "leerwinst" of "wachtwoord") met alleen cijfers of tekens eromheen';
  }
  if (new Set(lower).size < MIN_DISTINCT_CHARACTERS) return 'bevat te weinig verschillende tekens';
  const local = account?.email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'mag je e-mailadres niet bevatten';
  return null;
}

/** A new or changed password at the edge of the API, with the reason in Dutch when it is refused. */
export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH)
  .max(MAX_PASSWORD_LENGTH)
  .superRefine((value, ctx) => {
    if (value.length < MIN_PASSWORD_LENGTH) return;
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
