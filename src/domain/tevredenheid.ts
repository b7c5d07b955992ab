/**
 * Satisfaction surveys (tevredenheidspeilingen) of pupils, parents and the team, as a school gets them
 * back from its survey tool: per theme an aggregate (a mean on the tool's scale and/or the share that
 * answered positively) with the number of respondents. Leerwinst keeps those aggregates, never single
 * answers, and shows a theme over the years. OGW counts satisfaction among the results a school holds
 * against its ambitions [fact, domain.md §1].
 */

export const RESPONDENT_GROUPS = ['leerlingen', 'ouders', 'team'] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

const GROUP_WORDS: Record<string, RespondentGroup> = {
  leerlingen: 'leerlingen',
  leerling: 'leerlingen',
  kinderen: 'leerlingen',
  kind: 'leerlingen',
  ll: 'leerlingen',
  ouders: 'ouders',
  ouder: 'ouders',
  verzorgers: 'ouders',
  'ouders verzorgers': 'ouders',
  team: 'team',
  personeel: 'team',
  medewerkers: 'team',
  leerkrachten: 'team',
  teamleden: 'team',
};

function normalized(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "Ouders", "leerling", "Personeel" … → the respondent group; null for anything else. */
export function parseRespondentGroup(text: string): RespondentGroup | null {
  return GROUP_WORDS[normalized(text)] ?? null;
}

/**
 * The key that makes a theme the same theme in next year's file: case, accents, punctuation and spaces
 * do not count ("Veiligheid", "veiligheid ", "Véiligheid"); other words do.
 */
export function themeKey(theme: string): string {
  return normalized(theme);
}

export interface Scale {
  min: number;
  max: number;
}

/** "1-4", "1 – 10", "1 t/m 5", "0-100" → the scale; null when it is no range from low to high. */
export function parseScale(text: string): Scale | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*(?:-|–|—|t\/m|tot)\s*(\d+(?:[.,]\d+)?)\s*$/i.exec(text);
  if (!match) return null;
  const min = Number((match[1] ?? '').replace(',', '.'));
  const max = Number((match[2] ?? '').replace(',', '.'));
  return Number.isFinite(min) && Number.isFinite(max) && min < max ? { min, max } : null;
}

/** One theme of one survey. */
export interface SurveyPoint {
  afgenomenOp: string;
  n: number;
  gemiddelde: number | null;
  scale: Scale | null;
  /** Share that answered positively, 0–100. */
  positief: number | null;
  instrument: string | null;
}

export interface SeriesPoint<P extends SurveyPoint> {
  point: P;
  /**
   * Whether the mean can be read against the previous survey's: the same scale and the same
   * instrument. A new tool or scale starts a new line, as a new toets version does for results.
   */
  comparableMean: boolean;
  /** The change of the mean since the previous survey, where comparable. */
  meanChange: number | null;
  /** The change of the positive share (percentage points) since the previous survey. */
  positiefChange: number | null;
}

const sameScale = (a: Scale | null, b: Scale | null) =>
  a !== null && b !== null && a.min === b.min && a.max === b.max;

/** A theme's surveys oldest first, each with its change since the one before. */
export function themeSeries<P extends SurveyPoint>(points: readonly P[]): SeriesPoint<P>[] {
  const sorted = [...points].sort((a, b) => a.afgenomenOp.localeCompare(b.afgenomenOp));
  return sorted.map((point, i) => {
    const previous = i > 0 ? sorted[i - 1] : undefined;
    const comparableMean =
      previous !== undefined &&
      sameScale(previous.scale, point.scale) &&
      (previous.instrument ?? '') === (point.instrument ?? '');
    const meanChange =
      comparableMean && previous?.gemiddelde != null && point.gemiddelde !== null
        ? round(point.gemiddelde - previous.gemiddelde)
        : null;
    const positiefChange =
      previous?.positief != null && point.positief !== null
        ? round(point.positief - previous.positief)
        : null;
    return { point, comparableMean, meanChange, positiefChange };
  });
}

/** Two decimals: survey tools report means with one or two, and a difference must not show 0.30000000004. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
