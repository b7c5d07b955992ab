/**
 * What an IB writes about one pupil in the demo: the reason a groepsbespreking sends the pupil on, the
 * answers of a leerlingbespreking or zorgteam, and the decision. The figures come from the pupil's
 * generated results (levels, DL, DLE, leerrendement); the rest is an IB's usual wording. Invented.
 */
import { leerrendement } from '../domain/dl';
import { vakNaam, type Vak } from '../shared/vakken';
import type { DemoIndex, Pupil } from './zorg-context';
import {
  dlDle,
  levelOf,
  listNl,
  meetpuntName,
  resultsAt,
  vakLower,
  weakVakken,
  type Meetpunt,
} from './zorg-figures';
import type { Random } from './random';

export const pronoun = (p: Pupil) => (p.geslacht === '2' ? 'zij' : 'hij');
const possessive = (p: Pupil) => (p.geslacht === '2' ? 'haar' : 'zijn');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Rekenen-wiskunde: V op M5 (DLE 21 bij DL 25, leerrendement 84 %)". */
export function figureLine(idx: DemoIndex, pupil: Pupil, m: Meetpunt, vakken: readonly Vak[]): string {
  const results = resultsAt(idx, pupil.id, m);
  return vakken
    .flatMap((vak) => {
      const r = results.get(vak);
      if (!r) return [];
      const level = levelOf(idx, r);
      const { dl, dle } = dlDle(idx, pupil, r);
      const lr = leerrendement(dle, dl);
      const figures = dl !== null && dle !== null ? ` (DLE ${dle} bij DL ${dl}, leerrendement ${lr} %)` : '';
      return [`${vakNaam(vak)}: ${level ?? 'geen niveau'} op ${r.moment}${figures}`];
    })
    .join('; ');
}

/** Why the groepsbespreking sends the pupil on. */
export function raiseReason(idx: DemoIndex, pupil: Pupil, m: Meetpunt): string {
  const weak = weakVakken(idx, pupil.id, m);
  const named = weak.slice(0, 2).map((w) => `${vakLower(w.vak)} op ${w.level}`);
  const what = named.length > 0 ? capital(listNl(named)) : 'Weinig groei bij de meeste vakken';
  return `${what} bij de meting van ${meetpuntName(m)}; de verlengde instructie in de groep is niet genoeg. Graag bespreken in de leerlingbespreking.`;
}

const LEERLING = [
  'werkt gemotiveerd, maar raakt het overzicht kwijt bij opgaven met meerdere stappen',
  'is snel afgeleid en vraagt zelf weinig om hulp',
  'heeft weinig zelfvertrouwen en haakt af als een opgave niet direct lukt',
] as const;
const ONDERWIJS = [
  'de verlengde instructie in de groep was te kort om de achterstand in te lopen',
  'het materiaal was voor deze leerling te abstract; met concreet materiaal gaat het beter',
  'door wisselingen in de groep was er minder tijd voor de instructietafel dan gepland',
] as const;
const THUIS = [
  'ouders zijn betrokken en willen thuis oefenen, maar weten niet goed hoe',
  'thuis is het een onrustige periode geweest (verhuizing)',
  'ouders lezen thuis dagelijks met het kind en zien ook dat het moeizaam gaat',
] as const;

function causes(rng: Random, pupil: Pupil): string {
  return `Leerling: ${pronoun(pupil)} ${rng.pick(LEERLING)}. Onderwijs: ${rng.pick(ONDERWIJS)}. Ouders: ${rng.pick(THUIS)}.`;
}

export function weakestVakken(idx: DemoIndex, pupil: Pupil, m: Meetpunt): Vak[] {
  const weak = weakVakken(idx, pupil.id, m).map((w) => w.vak);
  return weak.length > 0 ? weak.slice(0, 2) : ['rekenen-wiskunde'];
}

/** A leerlingbespreking that ends in extra ondersteuning in the group. */
export function leerlingAnswers(rng: Random, idx: DemoIndex, pupil: Pupil, m: Meetpunt) {
  const vakken = weakestVakken(idx, pupil, m);
  const name = pupil.roepnaam;
  return {
    answers: {
      ontwikkeling: `${name} ontwikkelt zich bij ${listNl(vakken.map(vakLower))} onder het niveau dat we verwachten. ${figureLine(idx, pupil, m, vakken)}. ${causes(rng, pupil)}`,
      doelenKomendePeriode: `Leren: ${vakLower(vakken[0] ?? 'rekenen-wiskunde')} — de leerstof van de afgelopen periode alsnog beheersen (80 % goed op de methodetoets). Gedrag: ${name} vraagt zelf om hulp met de afgesproken hulpkaart. Nodig: van de leerkracht dagelijks tien minuten extra instructie aan de instructietafel; van ${name} een eigen oefenkaart; van ouders vijf minuten per dag oefenen met het materiaal dat de school meegeeft.`,
      oppAanpassen: `Niet van toepassing: ${name} heeft geen OPP. Laat de volgende meting geen groei zien, dan brengen we ${name} in bij het zorgteam.`,
    },
    decision: {
      code: 'extra_ondersteuning_groep',
      toelichting: `Zes weken intensieve begeleiding in de groep voor ${listNl(vakken.map(vakLower))}, daarna evaluatie met leerkracht en ouders.`,
    },
    vakken,
  };
}

/** A zorgteam with the orthopedagoog of the samenwerkingsverband that asks for an onderzoek. */
export function zorgteamAnswers(rng: Random, idx: DemoIndex, pupil: Pupil, m: Meetpunt) {
  const vakken = weakestVakken(idx, pupil, m);
  const name = pupil.roepnaam;
  return {
    answers: {
      ontwikkeling: `Ondanks extra ondersteuning in de groep groeit ${name} weinig bij ${listNl(vakken.map(vakLower))}. ${figureLine(idx, pupil, m, vakken)}. ${causes(rng, pupil)} De orthopedagoog herkent het beeld van een hardnekkig probleem en adviseert eerst goed uit te zoeken waar het vastloopt.`,
      doelenKomendePeriode: `De aanpak uit het groepsplan loopt door (verlengde instructie, concreet materiaal). ${capital(pronoun(pupil))} krijgt drie keer per week een kwartier extra begeleiding van de onderwijsassistent. Ouders oefenen thuis dagelijks kort met ${possessive(pupil)} oefenkaart.`,
      oppAanpassen: `Nog niet. Na het onderzoek besluit het zorgteam of een OPP met een eigen leerlijn nodig is.`,
    },
    decision: {
      code: 'onderzoek',
      toelichting: `Didactisch onderzoek naar ${listNl(vakken.map(vakLower))} door de orthopedagoog van Samenwerkingsverband De Brug, met toestemming van de ouders; de uitslag komt in het volgende zorgteam.`,
    },
    vakken,
  };
}
