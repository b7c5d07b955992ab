/**
 * How one respondent group's surveys are laid out: a column per schooljaar in which the group was
 * asked, the surveys of a theme in each, the line of the small chart, and the dates and instruments
 * under the table. Pure, so the layout is tested without a browser.
 */
import type { SurveyGroup, SurveyPoint, SurveyTheme } from '../../api/tevredenheid';

/** The schooljaren in which the group answered any theme, oldest first. */
export function yearsOf(group: SurveyGroup): string[] {
  return [...new Set(group.themas.flatMap((t) => t.points.map((p) => p.schooljaar)))].sort();
}

/** The theme's surveys in a schooljaar: usually one, two when a school asked twice that year. */
export function pointsIn(theme: SurveyTheme, schooljaar: string): SurveyPoint[] {
  return theme.points.filter((p) => p.schooljaar === schooljaar);
}

export interface SparkPoint {
  schooljaar: string;
  value: number | null;
  versionKey: string;
}

/**
 * The line of the small chart: the share positive where the tool reports it, comparable across tools
 * and scales; otherwise the mean, which starts a new line at another scale or instrument.
 */
export function sparkOf(theme: SurveyTheme): { measure: 'positief' | 'gemiddelde'; points: SparkPoint[] } {
  const byShare = theme.points.some((p) => p.positief !== null);
  return {
    measure: byShare ? 'positief' : 'gemiddelde',
    points: theme.points.map((p) => ({
      schooljaar: p.afgenomenOp,
      value: byShare ? p.positief : p.gemiddelde,
      versionKey: byShare ? '' : `${p.scale?.min ?? ''}-${p.scale?.max ?? ''}|${p.instrument ?? ''}`,
    })),
  };
}

/** The latest survey of the theme and the one before it, for the change column. */
export function latestOf(theme: SurveyTheme): { last: SurveyPoint; previous: SurveyPoint | null } | null {
  const last = theme.points.at(-1);
  if (!last) return null;
  return { last, previous: theme.points.at(-2) ?? null };
}

/** Every survey of the group (date and instrument), oldest first. */
export function surveysOf(group: SurveyGroup): { afgenomenOp: string; instrument: string | null }[] {
  const seen = new Map<string, { afgenomenOp: string; instrument: string | null }>();
  for (const p of group.themas.flatMap((t) => t.points)) {
    const key = `${p.afgenomenOp}|${p.instrument ?? ''}`;
    if (!seen.has(key)) seen.set(key, { afgenomenOp: p.afgenomenOp, instrument: p.instrument });
  }
  return [...seen.values()].sort((a, b) => a.afgenomenOp.localeCompare(b.afgenomenOp));
}

/** A change as "+8", "−3" (a real minus sign) or "±0": no change reads as no change, not as "0". */
export function signedChange(value: number, formatNumber: (n: number) => string): string {
  if (value === 0) return '±0';
  return value > 0 ? `+${formatNumber(value)}` : `\u2212${formatNumber(-value)}`;
}

/**
 * The least range the small chart's height stands for: a fifth of the share (20 points) or of the
 * mean's scale, so that one point up or down shows as a small step, not as a fall from top to bottom.
 */
export function sparkSpan(theme: SurveyTheme, measure: 'positief' | 'gemiddelde'): number {
  if (measure === 'positief') return 20;
  const scale = theme.points.at(-1)?.scale;
  return scale ? (scale.max - scale.min) / 5 : 0;
}
