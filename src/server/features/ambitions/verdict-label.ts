/**
 * The verdict in Dutch for what the server writes itself (the spreadsheet exports). The screens and
 * prints word the same codes through the browser's catalog (web/i18n/ogw.ts) in the same words; this
 * is the one place on the server that does.
 */
import type { Verdict } from '../../../domain/ambitions-verdict';

const LABELS: Readonly<Record<Verdict, string>> = {
  'boven-zeker': 'duidelijk boven de ambitie',
  'gelijk-zeker': 'op de ambitie',
  'boven-marge': 'boven de ambitie, maar binnen de toevalsmarge',
  'gelijk-marge': 'op de ambitie, binnen de toevalsmarge',
  'onder-marge': 'onder de ambitie, maar binnen de toevalsmarge',
  'onder-zeker': 'duidelijk onder de ambitie',
  'geen-gegevens': 'geen gegevens',
};

export function verdictLabel(verdict: Verdict): string {
  return LABELS[verdict];
}
