/** English UI text for ambitions on social safety and satisfaction; same keys as welzijn-ambities.ts. */
import type { WelzijnAmbitiesCatalog } from './welzijn-ambities';

const GROUPS: Record<string, string> = { leerlingen: 'pupils', ouders: 'parents', team: 'the team' };

export const welzijnAmbitiesEn: WelzijnAmbitiesCatalog = {
  welzijnAmbities: {
    title: 'Well-being and satisfaction',
    intro:
      'Ambitions on social safety (the pupils’ lists of the monitoring) and on satisfaction (the surveys), with N and 90 % interval. No figure under 10 pupils or respondents.',
    empty: 'No ambitions on safety, well-being or satisfaction in this school year yet.',
    caption: (jaar) => `Ambitions on well-being and satisfaction ${jaar}`,
    ambition: 'Ambition',
    outcome: 'Outcome',
    verdict: 'Verdict',
    seo: {
      veiligheid: (pct) => `At least ${pct} of the pupils feel safe`,
      welbevinden: (pct) => `At least ${pct} of the pupils with favourable well-being`,
    },
    survey: (pct, groep, thema) => `At least ${pct} of ${GROUPS[groep] ?? groep} positive about ${thema}`,
    share: (pct, n) => `${pct} (N = ${n})`,
    tooFew: (n, min) => `N = ${n}: fewer than ${min}, no figure`,
    noMeasurement: 'No measurement in this school year yet',
    tooFewVerdict: 'Too few for a verdict',
    measure: 'About',
    measureSeo: {
      veiligheid: 'Pupils feel safe (monitoring)',
      welbevinden: 'Pupils’ well-being (monitoring)',
    },
    measureSurvey: (groep, thema) => `Satisfaction of ${GROUPS[groep] ?? groep}: ${thema}`,
    minPercent: 'At least (%)',
    save: 'Set',
    saved: (version) => (version > 1 ? 'The ambition on this measure was changed.' : 'The ambition was set.'),
    remove: 'Drop',
    removeLabel: (what) => `Drop: ${what}`,
    noThemes: 'Without an imported satisfaction survey an ambition can only be about the monitoring.',
  },
};
