/** English UI text for social-emotional scores; the same keys as seo-pupil.ts. */
import type { seoPupilNl } from './seo-pupil';

const INSTRUMENT: Record<string, string> = {
  zien: 'ZIEN!',
  kanvas: 'KanVAS',
  scol: 'SCOL',
  kindbegrip: 'Kindbegrip',
  'lib-sef': 'Leerling in Beeld SEF',
};
const SCALE: Record<string, string> = {
  betrokkenheid: 'Involvement',
  welbevinden: 'Well-being',
  'sociaal-initiatief': 'Social initiative',
  'sociale-flexibiliteit': 'Social flexibility',
  'sociale-autonomie': 'Social autonomy',
  impulsbeheersing: 'Impulse control',
  inlevingsvermogen: 'Empathy',
  veiligheidsbeleving: 'Sense of safety',
  incidenten: 'Incidents',
  'angst-voor-incidenten': 'Fear of incidents',
  'leerkracht-treedt-op': 'Teacher intervenes',
  zelfbeeld: 'Self-image',
  'sociaal-gedrag': 'Social behaviour',
  werkhouding: 'Work attitude',
};
const LIST: Record<string, string> = {
  leerkracht: "teacher's list",
  leerling: "pupil's list",
  ouder: "parents' list",
};
const words = (code: string) => {
  const text = code.replace(/^eigen-/, '').replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const instrument = (code: string) => INSTRUMENT[code] ?? words(code);
const scale = (code: string) => SCALE[code] ?? words(code);
const list = (code: string) => LIST[code] ?? code;

export const seoPupilEn: typeof seoPupilNl = {
  seoScores: {
    instrument,
    scale,
    list: (lijst) => {
      const name = list(lijst);
      return name.charAt(0).toUpperCase() + name.slice(1);
    },
    series: (i, lijst, schaal) => `${instrument(i)} ${scale(schaal).toLowerCase()} (${list(lijst)})`,
    band: { laag: 'low', gemiddeld: 'average', hoog: 'high' },
    signaal: { aandacht: 'attention', zorg: 'concern' },
    signalTitle: (signaal) => `The instrument's signal: ${signaal}`,
    percentile: (p) => `P${p}`,
    percentileLong: (p) => `percentile ${p}`,
    title: 'Social-emotional',
    intro:
      "The imported scores of the social-emotional instrument, per list and scale at every administration: the percentile, the band (low, average, high) and the instrument's signal. Where high is unfavourable (incidents, fear) the scale says so.",
    empty: 'No scores of a social-emotional instrument have been imported for this pupil.',
    caption: (i, l) => `${i}, ${l}: every administration per scale with percentile, band and signal`,
    scaleHeader: 'Scale',
    changeHeader: 'Change',
    highIsBad: 'high is unfavourable',
    noScore: 'no score',
    first: 'first administration',
    change: (points) => `${points} percentile points`,
    movement: { beter: 'more favourable band', slechter: 'less favourable band', gelijk: 'same band' },
    tierHint: { gunstig: 'favourable end', gemiddeld: 'middle', ongunstig: 'unfavourable end' },
    groupTitle: 'Social-emotional',
    groupIntro: (schooljaar) =>
      `The latest score of ${schooljaar} per scale, with the band and the instrument's signal.`,
    groupCaption: (schooljaar) =>
      `Social-emotional scores of ${schooljaar}: the latest score per pupil and scale`,
    pupilHeader: 'Pupil',
    rulesIntro:
      'Choose per instrument which scores give a signal. Only the latest score of each scale counts. Nothing is on by default: the instrument shows its own signals in its own software too.',
    rulesNone: 'This school has not imported scores of a social-emotional instrument yet.',
    signalRule: {
      zorg: "The instrument's signal: concern",
      aandacht: "The instrument's signal: attention or concern",
    },
    bandRule: (s, band) => `${s} ${band}`,
    rulesGroup: (i) => `Rules for ${i}`,
  },
};
