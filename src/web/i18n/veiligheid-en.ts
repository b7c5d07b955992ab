/** English UI text for the monitoring of social safety; same keys as veiligheid.ts. */
import type { VeiligheidCatalog } from './veiligheid';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const veiligheidEn: VeiligheidCatalog = {
  veiligheid: {
    link: 'Social safety',
    title: 'Social safety monitoring',
    subtitle: (school, schooljaar) => `${school} · school year ${schooljaar}`,
    intro:
      'Every year a school must monitor its pupils\' safety and well-being with an instrument the Inspectie accepts. These are the lists that pupils of groep 5 to 8 filled in themselves: per scale the share of pupils who do not score in the unfavourable band, such as "feels safe".',
    year: 'School year',
    print: 'Print for the Inspectie',
    complete: 'Monitoring complete',
    completeText: 'Every groep 5 to 8 filled in a list on safety and one on well-being this school year.',
    incomplete: 'Monitoring not complete',
    incompleteText: (missing) => `Not measured yet: ${missing.join('; ')}.`,
    nothing: 'No pupils of groep 5 to 8 filled in a list on safety or well-being this school year.',
    missingIn: (groep, domains) => `${groep} (${domains.join(' and ')})`,
    instruments: 'Instrument',
    instrumentLine: (name, from, to, pupils) =>
      `${name}: taken ${from === to ? `on ${from}` : `from ${from} to ${to}`}, ${plural(pupils, 'pupil', 'pupils')}`,
    coverageTitle: 'Measured per groep',
    coverageCaption:
      'Per jaargroep how many pupils there were and how many filled in a list on safety and on well-being',
    groep: 'Groep',
    groepName: (jaargroep) => `Groep ${jaargroep}`,
    pupils: 'Pupils',
    measured: (domain) => `Measured: ${domain}`,
    notMeasured: 'not measured',
    domains: { veiligheid: 'safety', welbevinden: 'well-being' },
    domainTitles: { veiligheid: 'Safety', welbevinden: 'Well-being' },
    scaleCaption: (scale, instrument) =>
      `${scale} (${instrument}): per groep and for the school the share of pupils not in the unfavourable band`,
    favourableHeader: (domain) => (domain === 'veiligheid' ? 'Feels safe' : 'Feels well'),
    interval: 'Margin (90 %)',
    n: 'N',
    school: 'School',
    share: (pct, count, n) => `${pct} % (${count} of ${n})`,
    range: (low, high) => `${low}–${high} %`,
    suppressed: (min) => `fewer than ${min} pupils: no figure`,
    withheldForOther: 'no figure: a small groep could otherwise be worked out from the school total',
    withoutBand: (count) => `${plural(count, 'pupil', 'pupils')} without a band not counted`,
    instrumentNames: {
      zien: 'ZIEN!',
      kanvas: 'KanVAS',
      scol: 'SCOL',
      'lib-sef': 'Leerling in Beeld, social-emotional functioning',
    },
    scaleNames: { veiligheidsbeleving: 'Experienced safety', welbevinden: 'Well-being' },
    bestuur: {
      title: 'Social safety and satisfaction',
      intro:
        'Per school the share of pupils of groep 5 to 8 who feel safe and well (the scale with the most pupils), whether the yearly monitoring is complete, and per group the share positive in the latest satisfaction survey up to that school year (mean over its themes). No figure under 10 pupils or respondents.',
      caption: (schooljaar) => `Social safety and satisfaction per school, school year ${schooljaar}`,
      safe: 'Feels safe',
      well: 'Feels well',
      monitoring: 'Monitoring',
      complete: 'complete',
      incomplete: 'not complete',
      survey: (groep) => `Satisfied: ${groep.toLowerCase()}`,
      notMeasured: 'not measured',
      small: (n) => `N = ${n}: no figure`,
      positief: (pct) => `${pct} % positive`,
      surveyDate: (n, date) => `N = ${n} · survey ${date}`,
    },
    legend: 'Key',
    legendItems: {
      favourable:
        'Feels safe / well: the pupil scores average or better on the scale (not in the unfavourable band). A score with only a percentile gets the band of that percentile: below 25 low, above 75 high.',
      latest: 'When a pupil fills in the list twice in a school year, the latest counts.',
      interval:
        'Margin (90 %): with so few pupils the share is uncertain; the true share lies between these bounds with 90 % certainty.',
      suppressed: (min) =>
        `No figure under ${min} pupils: no child's answer can be traced, not on paper either.`,
      withheldForOther:
        'No figure for a larger groep: with the school total beside it, a small groep’s figure could otherwise be worked out.',
      complete:
        'Complete: every groep 5 to 8 the school has this year filled in a list on safety and one on well-being.',
    },
  },
};
