/**
 * The words of the demo's groepsoverzicht and observations: factors and onderwijsbehoeften written the
 * way teachers write them ("heeft ... nodig om ..."), chosen from what the pupil's results show, and
 * short observation notes per aspect and rating. Invented, in the telegram style of real overviews.
 */
import type { ObservatieAspect } from '../server/db/schema';
import type { Vak } from '../shared/vakken';

/** What the results say about a pupil at the period's start: the weak and strong vakken. */
export interface Profile {
  weak: Vak[];
  veryWeak: Vak[];
  strong: Vak[];
  dropped: Vak[];
}

type Pick = <T>(items: readonly T[]) => T;

const STIMULEREND = [
  'Werkt graag samen en helpt anderen.',
  'Gemotiveerd; vraagt zelf om hulp als het niet lukt.',
  'Zet door, ook als iets moeilijk is.',
  'Leest graag en veel.',
  'Goede werkhouding bij de instructie.',
  'Heeft thuis veel steun; ouders oefenen mee.',
  'Enthousiast over projectwerk en techniek.',
  'Rustig en geconcentreerd bij zelfstandig werken.',
];

const BELEMMEREND = [
  'Raakt snel afgeleid bij zelfstandig werken.',
  'Faalangst bij toetsen; klapt dicht onder tijdsdruk.',
  'Leest traag; houdt daardoor weinig tijd over voor de opdrachten.',
  'Begint lastig aan een taak; heeft een duwtje nodig.',
  'Vaak afwezig door ziekte in de vorige periode.',
  'Thuis weinig Nederlands gesproken; woordenschat is beperkt.',
  'Werkt slordig en te snel; controleert het eigen werk niet.',
];

const DIDACTISCH_WEAK: Record<Vak, readonly string[]> = {
  'rekenen-wiskunde': [
    'heeft verlengde instructie met concreet materiaal nodig om de tafels te automatiseren',
    'heeft het handelingsmodel (van concreet naar abstract) nodig om de bewerkingen te begrijpen',
    'heeft dagelijks korte automatiseermomenten nodig om vlot te leren rekenen tot 100',
  ],
  spelling: [
    'heeft het stappenplan op tafel nodig om de spellingregels toe te passen',
    'heeft extra herhaling van de categorieën nodig, met dagelijks een kort dictee',
    'heeft hulp nodig bij het hakken in klankgroepen voordat het woord geschreven wordt',
  ],
  'begrijpend-lezen': [
    'heeft voorbereiding van de moeilijke woorden nodig om de tekst te begrijpen',
    'heeft het hardop voordoen van de leesstrategie nodig, en teksten op eigen niveau',
    'heeft een vast schema nodig om de hoofdgedachte te vinden',
  ],
  'technisch-lezen': [
    'heeft dagelijks herhaald lezen nodig om vlotter te lezen',
    'heeft extra leestijd met een leesouder nodig om het AVI-niveau te halen',
    'heeft begeleid hardop lezen nodig met directe feedback op de fouten',
  ],
};

const DIDACTISCH_STRONG: Record<Vak, string> = {
  'rekenen-wiskunde': 'heeft uitdaging nodig: compacten en verrijken met de plusopdrachten bij rekenen',
  spelling: 'heeft aan een korte instructie genoeg en kan daarna verrijkingsopdrachten bij spelling doen',
  'begrijpend-lezen': 'heeft uitdagende informatieve teksten nodig om verder te groeien in begrijpend lezen',
  'technisch-lezen': 'heeft boeken op eigen niveau nodig; kan leesmaatje zijn voor een jongere groep',
};

const PEDAGOGISCH = [
  'heeft een leerkracht nodig die successen benoemt om zelfvertrouwen te houden',
  'heeft korte, duidelijke opdrachten en een vaste plek nodig om bij de les te blijven',
  'heeft een vast moment per dag nodig om even te checken hoe het gaat',
  'heeft duidelijke afspraken en een time-timer nodig om zelfstandig te werken',
  'heeft complimenten op inzet nodig, niet alleen op het resultaat',
];

const VAK_WORD: Record<Vak, string> = {
  'rekenen-wiskunde': 'rekenen',
  spelling: 'spelling',
  'begrijpend-lezen': 'begrijpend lezen',
  'technisch-lezen': 'technisch lezen',
};

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface RowTexts {
  stimulerend: string;
  belemmerend: string;
  behoefte_pedagogisch: string;
  behoefte_didactisch: string;
}

/** The four texts of a pupil's row in the groepsoverzicht, from what the results show. */
export function rowTexts(profile: Profile, pick: Pick): RowTexts {
  const didactisch = [
    ...profile.weak.slice(0, 2).map((v) => pick(DIDACTISCH_WEAK[v])),
    ...(profile.weak.length === 0 ? profile.strong.slice(0, 1).map((v) => DIDACTISCH_STRONG[v]) : []),
  ];
  const dropped = profile.dropped[0];
  const belemmerend = dropped
    ? `Terugval bij ${VAK_WORD[dropped]} sinds de vorige toets; oorzaak nog niet duidelijk.`
    : profile.weak.length > 0
      ? pick(BELEMMEREND)
      : '';
  return {
    stimulerend: pick(STIMULEREND),
    belemmerend,
    behoefte_pedagogisch: profile.weak.length > 0 || dropped ? sentence(pick(PEDAGOGISCH)) : '',
    behoefte_didactisch: didactisch.map(sentence).join(' '),
  };
}

const NOTES: Record<ObservatieAspect, Record<number, readonly string[]>> = {
  werkhouding: {
    1: ['Maakt de laatste weken bijna geen werk af; zit veel te dromen. Met ouders besproken.'],
    2: [
      'Heeft veel sturing nodig om aan het werk te gaan.',
      'Werkt goed in de kleine groep, alleen nog niet.',
    ],
    3: ['Werkt meestal zelfstandig door.', 'Plant het weektaakwerk zelf in.'],
    4: ['Werkt zeer zelfstandig en nauwkeurig.', 'Pakt na het werk zelf een uitdaging.'],
  },
  welbevinden: {
    1: ['Trekt zich terug in de klas en op het plein; thuis speelt veel. Gesprek met ouders gepland.'],
    2: [
      'Wat stiller dan vorig jaar; houden we in de gaten.',
      'Zegt zich niet altijd veilig te voelen op het plein.',
    ],
    3: ['Voelt zich thuis in de groep.', 'Gaat met plezier naar school.'],
    4: ['Stralend; voelt zich prima in de groep.', 'Zit goed in het vel.'],
  },
  sociaal_gedrag: {
    1: ['Meerdere conflicten op het plein deze maand.'],
    2: ['Vindt samenwerken lastig; wil graag de baas zijn.', 'Reageert fel als iets niet lukt.'],
    3: ['Speelt met verschillende kinderen.', 'Lost kleine ruzies zelf op.'],
    4: ['Helpt anderen uit zichzelf.', 'Is een fijne klasgenoot.'],
  },
  talent: {
    4: [
      'Tekent prachtig; maakte de illustraties voor de schoolkrant.',
      'Sterk in techniek: bouwde de knikkerbaan voor de hal.',
    ],
    3: [
      'Speelt fanatiek voetbal en organiseert de pleinwedstrijden.',
      'Zingt graag; deed mee met de musical.',
    ],
  },
};

export function observationNote(aspect: ObservatieAspect, rating: number, pick: Pick): string {
  const list = NOTES[aspect][rating] ?? NOTES[aspect][3] ?? [''];
  return pick(list);
}
