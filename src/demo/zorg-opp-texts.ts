/**
 * The content of the demo's two OPPs as an IB writes it: the reason, the uitstroomprofiel with its
 * onderbouwing, the factors of child, school and home, per vak the baseline and the
 * leerrendementsverwachting with why, and the handelingsdeel. It has the shape of the OPP feature's
 * content (opp.schema.ts); the demo's test parses it with that schema.
 */
import type { Uitstroomprofiel } from '../domain/opp';
import type { OppContent } from '../server/features/opp/opp.schema';
import type { Vak } from '../shared/vakken';
import type { Pupil } from './zorg-context';
import { listNl, vakLower } from './zorg-figures';
import { pronoun } from './zorg-pupil-texts';
import type { Random } from './random';

export interface OppVakFigures {
  vak: Vak;
  baseline: NonNullable<OppContent['vakken'][number]['baseline']>;
  /** Leerrendement up to the baseline (DLE / DL), what the LRV is weighed against. */
  prior: number;
  lrv: number;
}

const PROFIEL: Record<Uitstroomprofiel, string> = {
  praktijkonderwijs: 'praktijkonderwijs',
  'vmbo-bb': 'vmbo, basisberoepsgerichte leerweg',
  'vmbo-kb': 'vmbo, kaderberoepsgerichte leerweg',
  'vmbo-gl-tl': 'vmbo, gemengde of theoretische leerweg',
  havo: 'havo',
  vwo: 'vwo',
  arbeid: 'arbeid',
  dagbesteding: 'dagbesteding',
};

/** The profile the leerrendementen so far point to. */
export function profielFor(prior: number): Uitstroomprofiel {
  if (prior >= 80) return 'vmbo-gl-tl';
  if (prior >= 62) return 'vmbo-kb';
  if (prior >= 45) return 'vmbo-bb';
  return 'praktijkonderwijs';
}

const DOELEN: Record<Vak, string> = {
  'rekenen-wiskunde':
    'Beheerst de tafels van 1 tot en met 10 (negen van de tien goed binnen drie seconden) en rekent opgaven tot 1000 met een stappenplan.',
  spelling:
    'Schrijft woorden met een open en gesloten lettergreep en de verlengingsregel goed in een dictee van twintig woorden (80 % goed).',
  'begrijpend-lezen':
    'Past bij een informatieve tekst zelfstandig de strategieën voorspellen en vragen stellen toe en vertelt de hoofdzaak na.',
  'technisch-lezen':
    'Leest een tekst op het eigen niveau met voldoende tempo en hooguit drie fouten per honderd woorden.',
};

const GEDRAG = [
  'Vraagt zelf om hulp met de afgesproken hulpkaart in plaats van te wachten.',
  'Werkt twintig minuten zelfstandig aan een taak met een stappenplan op tafel.',
  'Vertelt bij de afsluiting van de les wat goed ging en wat nog lastig is.',
] as const;

const FACTOREN = {
  kind: [
    {
      bevorderend: 'Gemotiveerd en behulpzaam; sterk in mondelinge taal en in praktische opdrachten.',
      belemmerend: 'Zwak werkgeheugen; raakt bij meerdere stappen het overzicht kwijt en wordt dan onzeker.',
    },
    {
      bevorderend: 'Doorzetter; werkt graag met concreet materiaal en reageert goed op complimenten.',
      belemmerend: 'Faalangst bij toetsen; snel afgeleid in een drukke klas.',
    },
  ],
  onderwijs: [
    {
      bevorderend:
        'Kleine instructiegroep, vaste routines en concreet materiaal; een onderwijsassistent drie ochtenden per week.',
      belemmerend: 'Een grote groep met veel niveauverschil, waardoor er weinig tijd is voor herhaling.',
    },
    {
      bevorderend: 'Leerkracht die de instructie in kleine stappen aanbiedt en veel modelt.',
      belemmerend: 'De methode gaat snel door de leerstof; de herhaling moet de school zelf organiseren.',
    },
  ],
  thuis: [
    {
      bevorderend: 'Betrokken ouders die thuis dagelijks kort willen oefenen.',
      belemmerend: 'Ouders vinden het moeilijk om te helpen met de aanpak die de school gebruikt.',
    },
    {
      bevorderend: 'Stabiele thuissituatie; ouders komen trouw op gesprekken.',
      belemmerend: 'Weinig rust om thuis te oefenen in een druk gezin.',
    },
  ],
};

function lrvToelichting(pupil: Pupil, f: OppVakFigures): string {
  const base = `Beginsituatie ${f.baseline.moment} (${f.baseline.schooljaar}): score ${f.baseline.score}, DLE ${f.baseline.dle} bij DL ${f.baseline.dl}; leerrendement tot dan ${f.prior} %.`;
  if (f.lrv > f.prior + 2)
    return `${base} De LRV ligt iets hoger: met de eigen leerlijn en extra instructietijd verwachten we dat ${pronoun(pupil)} meer groeit dan tot nu toe.`;
  if (f.lrv < f.prior - 2)
    return `${base} De LRV ligt iets lager: de leerstof wordt moeilijker, en we kiezen voor een haalbaar perspectief.`;
  return `${base} De LRV is gelijk aan het leerrendement tot nu toe: we verwachten dat ${pronoun(pupil)} dat tempo met de eigen leerlijn vasthoudt.`;
}

export function oppContent(
  rng: Random,
  pupil: Pupil,
  story: { vakken: OppVakFigures[]; decidedOn: string; profiel: Uitstroomprofiel },
): OppContent {
  const name = pupil.roepnaam;
  const [first] = story.vakken;
  const vakken = listNl(story.vakken.map((v) => vakLower(v.vak)));
  const figures = listNl(story.vakken.map((v) => `${vakLower(v.vak)} ${v.prior} %`));
  return {
    reden: `${name} heeft een blijvende achterstand bij ${vakken}: bij ${first?.baseline.moment ?? ''} had ${pronoun(pupil)} voor ${vakLower(first?.vak ?? 'rekenen-wiskunde')} een DLE van ${first?.baseline.dle ?? ''} bij een DL van ${first?.baseline.dl ?? ''}. Ondanks twee periodes extra ondersteuning in de groep (verlengde instructie en begeleiding door de onderwijsassistent) is de achterstand niet kleiner geworden. Het zorgteam besloot daarom tot een ontwikkelingsperspectief met een eigen leerlijn.`,
    uitstroomprofiel: story.profiel,
    onderbouwing: `De leerrendementen tot nu toe (${figures}) en het beeld in de groep passen bij een uitstroom naar ${PROFIEL[story.profiel]}. ${name} leert het best met concreet materiaal en korte, herhaalde instructie; werkhouding en motivatie zijn goed. Het onderzoek van het samenwerkingsverband bevestigt dit beeld.`,
    factoren: {
      kind: rng.pick(FACTOREN.kind),
      onderwijs: rng.pick(FACTOREN.onderwijs),
      thuis: rng.pick(FACTOREN.thuis),
    },
    vakken: story.vakken.map((v) => ({
      vak: v.vak,
      baseline: v.baseline,
      lrv: v.lrv,
      avi: [],
      toelichting: lrvToelichting(pupil, v),
    })),
    handelingsdeel: {
      doelen: [
        ...story.vakken.map((v, i) => ({ id: `d${i + 1}`, domein: 'leren' as const, text: DOELEN[v.vak] })),
        { id: `d${story.vakken.length + 1}`, domein: 'gedrag' as const, text: rng.pick(GEDRAG) },
      ],
      aanbod: `Eigen leerlijn voor ${vakken} op het niveau van ${name}, met instructie in kleine stappen en concreet materiaal. De basisinstructie volgt ${pronoun(pupil)} met de groep mee; de verwerking is op maat.`,
      wie: 'Leerkracht (dagelijkse instructie en verwerking), onderwijsassistent (verlengde instructie), intern begeleider (coördinatie en evaluatie).',
      tijdPerWeek: 'Drie keer twintig minuten extra instructie, en dagelijks tien minuten automatiseren.',
      externeOndersteuning:
        'Ambulant begeleider van Samenwerkingsverband De Brug: eens per zes weken een consultatie met de leerkracht.',
    },
  };
}

/** The first draft: the baselines the app fills in itself, nothing decided yet. */
export function draftContent(reden: string, baselines: OppContent['vakken']): OppContent {
  const none = { bevorderend: '', belemmerend: '' };
  return {
    reden,
    uitstroomprofiel: null,
    onderbouwing: '',
    factoren: { kind: { ...none }, onderwijs: { ...none }, thuis: { ...none } },
    vakken: baselines,
    handelingsdeel: { doelen: [], aanbod: '', wie: '', tijdPerWeek: '', externeOndersteuning: '' },
  };
}
