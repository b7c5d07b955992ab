/** UI text on paper in English: the same keys as prints.ts, checked by the compiler. */
import type { PrintsCatalog } from './prints';

export const printsEn: PrintsCatalog = {
  prints: {
    empty: '–',
    carriedFrom: (name) => `(from ${name.replace(/\s*\(.*\)$/, '').toLowerCase()})`,
    observationFrom: (when) => `(of ${when})`,
    notJudged: 'No pupil judged on the goals yet.',
    legend: 'Legend',
    legendLevel:
      'I–V: level at this meetpunt (I the highest, each level 20 % nationally); beside it the ability score',
    legendMovement:
      '↑ to less instruction, ↓ to more instruction, = the same instruction group as at the previous meetpunt',
    legendSignal: '! signalled (the groepsoverzicht gives the reason)',
    legendOpp: 'OPP: the pupil has a development perspective',
    legendOverride: 'Dashed border: moved by the teacher, with the reason on the card',
    legendLast: 'Italic: no result at this meetpunt, the latest earlier result',
  },
};
