/**
 * What a social-emotional instrument is, as the SEO catalog describes it: its lists (who fills it in),
 * its scales and what each scale is about. Codes only: the names people read live in the browser's
 * catalog (web/i18n/seo.ts); the synonyms here are how exports write them, for matching.
 */

/** Who filled the list in. */
export const SEO_LISTS = ['leerkracht', 'leerling', 'ouder'] as const;
export type SeoList = (typeof SEO_LISTS)[number];

/**
 * What a scale is about. `veiligheid` and `welbevinden` are what the yearly monitoring of social
 * safety asks for (Wet veiligheid op school; the Inspectie checks that a school monitors both).
 */
export const SEO_DOMAINS = [
  'veiligheid',
  'welbevinden',
  'incidenten',
  'betrokkenheid',
  'sociaal',
  'zelfbeeld',
  'werkhouding',
  'overig',
] as const;
export type SeoDomain = (typeof SEO_DOMAINS)[number];

/** The norm band of a score, from the export or from its percentile: low, average or high. */
export const SEO_BANDS = ['laag', 'gemiddeld', 'hoog'] as const;
export type SeoBand = (typeof SEO_BANDS)[number];

/** The instrument's own signal on a score, as the export writes it, read to two strengths. */
export const SEO_SIGNALS = ['aandacht', 'zorg'] as const;
export type SeoSignal = (typeof SEO_SIGNALS)[number];

export interface SeoScale {
  code: string;
  domain: SeoDomain;
  /** The lists that report this scale. */
  lists: readonly SeoList[];
  /** False where a high score is bad (incidents, fear): a 'hoog' band is then the unfavourable one. */
  higherIsBetter: boolean;
  /** How exports name the scale, in a cell or in a column header. */
  synonyms: readonly string[];
}

export interface SeoInstrument {
  code: string;
  publisher: string;
  lists: readonly SeoList[];
  scales: readonly SeoScale[];
  /** How exports and title blocks name the instrument. */
  synonyms: readonly string[];
  /**
   * Listed by the Inspectie among the instruments whose supplier delivers the school's monitoring
   * data (onderwijsinspectie.nl, "Instrumenten monitoring sociale veiligheid", situation 8-2-2022).
   */
  inspectieMonitoring: boolean;
  /** What a column that only names a scale holds, in an export with a column per scale. */
  wideMeasure: 'ruweScore' | 'percentiel';
  assumptions: readonly string[];
}
