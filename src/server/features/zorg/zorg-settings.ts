/**
 * The school's leerlingzorg settings: the names of its ondersteuningsniveaus 1–5 (schools call them
 * differently, so they are data) and the term for the vaststelling of an OPP. They live in the school's
 * settings row (settings.schema.ts, key `zorg`); these are the defaults and the reader.
 */
import type { Db } from '../../db/database';
import { loadSchoolSettings } from '../settings/settings.service';
import type { EngineSettings } from '../settings/settings.schema';

/** The usual five levels of the 1-zorgroute, as a school starts with them. */
export const DEFAULT_ZORGNIVEAU_LABELS: readonly string[] = [
  'Basisondersteuning in de groep',
  'Extra ondersteuning in de groep',
  'Ondersteuning met hulp van de IB',
  'Ondersteuning met externe deskundigen',
  'Arrangement van het samenwerkingsverband',
];

/** Wet passend onderwijs: an OPP is vastgesteld within six weeks of the decision that one is needed. */
export const DEFAULT_OPP_TERM_WEEKS = 6;

export interface ZorgSettings {
  niveauLabels: string[];
  oppTermWeeks: number;
}

/** The school's choices on top of the defaults. */
export function zorgSettingsOf(own: EngineSettings['zorg']): ZorgSettings {
  return {
    niveauLabels: own?.niveauLabels ?? [...DEFAULT_ZORGNIVEAU_LABELS],
    oppTermWeeks: own?.oppTermWeeks ?? DEFAULT_OPP_TERM_WEEKS,
  };
}

export async function loadZorgSettings(db: Db, schoolId: string): Promise<ZorgSettings> {
  return zorgSettingsOf((await loadSchoolSettings(db, schoolId)).zorg);
}
