/** English UI text for satisfaction, with the keys of tevredenheid.ts (checked by the compiler). */
import type { TevredenheidCatalog } from './tevredenheid';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const tevredenheidEn: TevredenheidCatalog = {
  tevredenheid: {
    link: 'Satisfaction',
    title: 'Satisfaction',
    intro:
      'What pupils, parents and the team answered in the satisfaction surveys, per theme over the years: the share that answered positively, the mean on the survey’s scale and the number of respondents (N).',
    empty: 'No satisfaction survey results have been imported yet.',
    groups: { leerlingen: 'Pupils', ouders: 'Parents', team: 'Team' },
    caption: (groep: string) =>
      `${groep}: per theme and school year the share that answered positively, the mean and N`,
    theme: 'Theme',
    trend: 'Change since the previous survey',
    positief: (pct: string) => `${pct} positive`,
    mean: (value: string, min: string, max: string) => `mean ${value} (${min}–${max})`,
    n: (n: number) => `N = ${n}`,
    suppressed: (min: number) => `fewer than ${min} respondents: no figure`,
    notAsked: 'not surveyed',
    firstSurvey: 'first survey',
    positiefChange: (points: string) => `${points} percentage points positive`,
    meanChange: (value: string) => `mean ${value}`,
    notComparable: 'mean not comparable (another scale or instrument)',
    since: (schooljaar: string) => `since ${schooljaar}`,
    held: (surveys: string) => `Held: ${surveys}`,
    survey: (date: string, instrument: string | null) => (instrument ? `${date} (${instrument})` : date),
    legend: 'Key',
    legendItems: {
      positief: 'positive: the share of respondents who answered positively.',
      mean: 'mean: the mean on the survey’s answer scale, such as 1–4.',
      n: 'N: the number of respondents. A difference of a few percentage points with a small N may be chance.',
      trend:
        'The small line shows the positive share over the surveys (or, without it, the mean). A mean on another scale or from another instrument starts afresh.',
      suppressed: (min: number) =>
        `No figure: fewer than ${min} respondents, so that no single person’s answer can be traced.`,
    },
    importTitle: 'Import a survey’s results',
    importHint:
      'A CSV file from the survey tool with one theme of one survey per line: date (dd-mm-yyyy); group (leerlingen, ouders or team); theme; n (respondents); mean with its scale (such as 3,4 and 1-4) and/or positive (a percentage); instrument (may be empty). A survey imported again replaces the earlier import. All or nothing: on any error nothing is saved.',
    importChoose: 'Choose a CSV file',
    importSurvey: (groep: string, date: string) => `${groep} ${date}`,
    imported: (lines: number, surveys: readonly string[]) =>
      `Imported: ${plural(lines, 'line', 'lines')} from ${plural(surveys.length, 'survey', 'surveys')} (${surveys.join(', ')}).`,
    refused: 'Not imported; nothing was saved. Fix these lines and try again:',
  },
};
