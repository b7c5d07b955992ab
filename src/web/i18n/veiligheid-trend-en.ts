/** English UI text for social safety and well-being over the years; same keys as veiligheid-trend.ts. */
import type { VeiligheidTrendCatalog } from './veiligheid-trend';

export const veiligheidTrendEn: VeiligheidTrendCatalog = {
  veiligheidTrend: {
    title: 'Social safety and well-being',
    intro:
      'Per school year the share of pupils of groep 5 to 8 who feel safe and well, from their own lists of the yearly monitoring. Per domain the scale with the most pupils counts.',
    link: 'To the social safety monitoring',
    empty: 'The pupils have not filled in a list on safety or well-being yet.',
    chartLabel: 'Chart: share of pupils who feel safe and well, per school year',
    domains: { veiligheid: 'Feels safe', welbevinden: 'Feels well' },
    shortDomains: { veiligheid: 'safe', welbevinden: 'well' },
    intervalOf: (domain) => `${domain} (90% interval)`,
    caption:
      'Per school year and domain: the number of pupils (N), the share not in the unfavourable band and the margin (90 %)',
    schooljaar: 'School year',
    monitoring: 'Monitoring',
    complete: 'complete',
    incomplete: 'not complete',
    n: 'N',
    share: 'Share',
    interval: 'Margin (90 %)',
    shareOf: (pct, count, n) => `${pct} % (${count} of ${n})`,
    range: (low, high) => `${low}–${high} %`,
    scale: (scale, instrument) => `${scale} · ${instrument}`,
    suppressed: (min) => `fewer than ${min} pupils: no figure`,
    notMeasured: 'not measured',
    axisSuppressed: (domain) => `${domain}: no figure`,
    axisNotMeasured: (domain) => `${domain}: not measured`,
    legend: 'Key',
    legendItems: {
      favourable:
        'Feels safe / well: the pupil scores average or better on the scale, as on the monitoring page. When the school has two instruments for a domain, the scale with the most pupils counts; the table names it.',
      band: 'The coloured band around a line is the margin (90 %): the true share lies within it with 90 % certainty.',
      gap: (min) =>
        `A year without a point has no figure (fewer than ${min} pupils) or was not measured; it says so under the year and in the table. It is not 0 %.`,
    },
  },
};
