/**
 * The words of the demo's groepsplannen: per vak the usual arrangement of each instruction group (as a
 * teacher adjusts the app's starting texts to the method), the basisdoel per jaargroep, and the why of
 * an evaluation from how the subgroups did. Invented, in the register of real plans.
 */
import type { Vak } from '../shared/vakken';

export type Instructie = 'verkort' | 'basis' | 'verlengd';

export const SUBGROUP_NAME: Record<Instructie, string> = {
  verkort: 'Verkorte instructie',
  basis: 'Basisinstructie',
  verlengd: 'Verlengde instructie',
};

interface Arrangement {
  aanbod: string;
  aanpak: string;
  organisatie: string;
  minutenPerWeek: number | null;
}

const ARRANGEMENTS: Record<Vak, Record<Instructie, Arrangement>> = {
  'rekenen-wiskunde': {
    verkort: {
      aanbod:
        'Basisstof van de methode compact; daarna de plusopdrachten en een weektaak met redactiesommen.',
      aanpak: 'Korte instructie bij nieuwe strategieën; zelf nakijken en hun aanpak aan elkaar uitleggen.',
      organisatie: 'Start mee met de instructie en werkt daarna zelfstandig aan de weektaak.',
      minutenPerWeek: null,
    },
    basis: {
      aanbod: 'Basisstof van de methode, met dagelijks vijf minuten automatiseren.',
      aanpak:
        'Directe instructie: voordoen met het handelingsmodel, begeleid inoefenen, zelfstandig verwerken.',
      organisatie: 'Groepsinstructie, daarna zelfstandig werken; de leerkracht loopt een vaste ronde.',
      minutenPerWeek: null,
    },
    verlengd: {
      aanbod: 'Basisstof met de herhaalstof van de methode; extra oefening op de tafels en de getallenlijn.',
      aanpak:
        'Verlengde instructie met concreet materiaal (MAB, getallenlijn) en hardop denken; kleine stappen.',
      organisatie: 'Aan de instructietafel, 4 × 15 minuten per week, direct na de groepsinstructie.',
      minutenPerWeek: 60,
    },
  },
  spelling: {
    verkort: {
      aanbod: 'Alleen de nieuwe categorie; daarna de verrijkingsopdrachten en eigen teksten nakijken.',
      aanpak: 'Korte instructie; de leerlingen maken het dictee vooraf en slaan bekende stof over.',
      organisatie: 'Werkt na de start zelfstandig; nabespreking in tweetallen.',
      minutenPerWeek: null,
    },
    basis: {
      aanbod: 'De spellingcategorieën van het blok, met dagelijks een woordpakket.',
      aanpak:
        'Directe instructie met de regel hardop en de categorie-kaart; controle in het dagelijkse dictee.',
      organisatie: 'Groepsinstructie, daarna zelfstandig; herhaling van oude categorieën op vrijdag.',
      minutenPerWeek: null,
    },
    verlengd: {
      aanbod:
        'Minder woorden per categorie, meer herhaling; klankzuiver schrijven en de lastige categorieën.',
      aanpak:
        'Verlengde instructie met het stappenplan op tafel: hakken, regel benoemen, schrijven, controleren.',
      organisatie:
        'Aan de instructietafel, 4 × 15 minuten per week; de onderwijsassistent oefent op dinsdag.',
      minutenPerWeek: 60,
    },
  },
  'begrijpend-lezen': {
    verkort: {
      aanbod: 'Teksten van de methode en een eigen leesproject met informatieve boeken.',
      aanpak: 'Korte instructie op de strategie; daarna zelfstandig met een samenvattingsschema.',
      organisatie: 'Werkt in tweetallen aan de verrijkingsteksten na de start van de les.',
      minutenPerWeek: null,
    },
    basis: {
      aanbod: 'De teksten van de methode, met een wekelijkse nieuwsbegrip-les.',
      aanpak: 'De leerkracht doet de strategie hardop denkend voor; daarna samen en zelfstandig toepassen.',
      organisatie: 'Groepsinstructie met coöperatieve werkvormen, daarna zelfstandig verwerken.',
      minutenPerWeek: null,
    },
    verlengd: {
      aanbod: 'Kortere teksten op eigen leesniveau; woordenschat voorbereiden voor de les.',
      aanpak: 'Pre-teaching van de moeilijke woorden; de strategie stap voor stap samen doen.',
      organisatie: 'Aan de instructietafel voor de groepsles, 3 × 20 minuten per week.',
      minutenPerWeek: 60,
    },
  },
  'technisch-lezen': {
    verkort: {
      aanbod: 'Vrij lezen op eigen niveau; voorlezen aan kleuters als leesmaatje.',
      aanpak: 'Korte instructie bij nieuwe leesmoeilijkheden; stillezen met een leesdagboek.',
      organisatie: 'Dagelijks een kwartier vrij lezen; eenmaal per week leesmaatje in groep 1/2.',
      minutenPerWeek: null,
    },
    basis: {
      aanbod: 'De leesles van de methode en dagelijks een kwartier vrij lezen.',
      aanpak: 'Voordoen, koorlezen en duo-lezen; aandacht voor vloeiend en met expressie lezen.',
      organisatie: 'Groepsinstructie, daarna duo-lezen in vaste tweetallen.',
      minutenPerWeek: null,
    },
    verlengd: {
      aanbod: 'Teksten op instructieniveau; herhaald lezen van woordrijtjes en korte teksten.',
      aanpak: 'Herhaald en begeleid lezen (RALFI), met directe feedback op de fouten.',
      organisatie: 'Dagelijks 15 minuten extra lezen aan de instructietafel of met een leesouder.',
      minutenPerWeek: 75,
    },
  },
};

export function arrangementOf(vak: Vak, instructie: Instructie): Arrangement {
  return ARRANGEMENTS[vak][instructie];
}

/** Per vak the basisdoel of each jaargroep 3–8 (index 0 is groep 3). */
const BASISDOEL: Record<Vak, readonly string[]> = {
  'rekenen-wiskunde': [
    'Alle leerlingen tellen en rekenen tot 20, ook met een sprong over het tiental.',
    'Alle leerlingen rekenen tot 100 en kennen de tafels van 1, 2, 5 en 10.',
    'Alle leerlingen beheersen de tafels van 1 tot en met 10 en rekenen tot 1000.',
    'Alle leerlingen vermenigvuldigen en delen met grotere getallen en rekenen met eenvoudige breuken.',
    'Alle leerlingen rekenen met breuken, kommagetallen en procenten in eenvoudige situaties.',
    'Alle leerlingen passen breuken, procenten en verhoudingen toe in contextsommen.',
  ],
  spelling: [
    'Alle leerlingen schrijven klankzuivere woorden van drie en vier letters foutloos.',
    'Alle leerlingen schrijven woorden met ei/ij, au/ou en de verlengingsregel goed.',
    'Alle leerlingen passen de regels voor open en gesloten lettergrepen toe.',
    'Alle leerlingen schrijven de werkwoorden in de tegenwoordige tijd goed.',
    'Alle leerlingen passen de regels voor de verleden tijd en het voltooid deelwoord toe.',
    'Alle leerlingen spellen werkwoorden en leenwoorden goed in hun eigen teksten.',
  ],
  'begrijpend-lezen': [
    'Alle leerlingen vertellen in eigen woorden waar een korte tekst over gaat.',
    'Alle leerlingen beantwoorden vragen over wie, wat, waar en wanneer in een verhaal.',
    'Alle leerlingen vinden de hoofdgedachte van een alinea.',
    'Alle leerlingen gebruiken signaalwoorden om verbanden in een tekst te zien.',
    'Alle leerlingen vatten een informatieve tekst samen in een schema.',
    'Alle leerlingen beoordelen of een tekst informeert, overtuigt of amuseert.',
  ],
  'technisch-lezen': [
    'Alle leerlingen lezen klankzuivere woorden vlot en foutloos (AVI M3).',
    'Alle leerlingen lezen teksten op AVI E4 vlot en met weinig fouten.',
    'Alle leerlingen lezen teksten op AVI E5 vloeiend.',
    'Alle leerlingen lezen teksten op AVI E6 vloeiend en met expressie.',
    'Alle leerlingen lezen teksten op AVI E7 vloeiend.',
    'Alle leerlingen lezen teksten op AVI Plus vloeiend en met expressie.',
  ],
};

export function basisdoelOf(vak: Vak, jaargroep: number): string {
  const list = BASISDOEL[vak];
  return list[Math.min(list.length - 1, Math.max(0, jaargroep - 3))] ?? list[0] ?? '';
}

export interface Outcome {
  reached: number;
  partly: number;
  missed: number;
  unknown: number;
}

/** The why of an evaluation, from how the pupils did: a teacher's three short answers. */
export function evaluationWhy(
  vak: Vak,
  outcome: Outcome,
  pick: <T>(items: readonly T[]) => T,
): { leerling: string; onderwijs: string; thuis: string } {
  const known = outcome.reached + outcome.partly + outcome.missed;
  const share = known === 0 ? 0 : outcome.reached / known;
  const missing =
    outcome.unknown > 0
      ? ` ${outcome.unknown === 1 ? 'Eén leerling miste' : `${outcome.unknown} leerlingen misten`} de toets; die doelen staan op onbekend.`
      : '';
  const leerling =
    share >= 0.75
      ? `De meeste leerlingen haalden hun doelen.${missing}`
      : share >= 0.5
        ? `Ongeveer de helft haalde de doelen helemaal; de verlengde instructiegroep bleef achter.${missing}`
        : `Veel leerlingen haalden hun doel niet; een deel van de groep was lang ziek in deze periode.${missing}`;
  const onderwijs = pick(
    vak === 'rekenen-wiskunde'
      ? [
          'De dagelijkse automatiseermomenten werkten; de verlengde instructie viel een paar keer uit door invallers.',
          'Het handelingsmodel aan de instructietafel hielp; meer tijd nodig voor het zelfstandig oefenen.',
        ]
      : vak === 'spelling'
        ? [
            'De categorie-kaart op tafel hielp; in eigen teksten passen ze de regels nog weinig toe.',
            'Dagelijks dictee werkte goed; de herhaling van oude categorieën schoot er soms bij in.',
          ]
        : vak === 'begrijpend-lezen'
          ? [
              'Pre-teaching van de woorden werkte; de teksten van de methode waren voor een deel te moeilijk.',
              'Hardop voordoen werkte; de leerlingen passen de strategie nog niet uit zichzelf toe.',
            ]
          : [
              'Het herhaald lezen werkte goed; de leesouders kwamen niet elke week.',
              'Duo-lezen werkte; voor de zwakste lezers was er te weinig extra leestijd.',
            ],
  );
  const thuis = pick([
    'Ouders van de verlengde groep kregen oefenmateriaal mee; niet iedereen oefende thuis.',
    'Geen bijzonderheden.',
    'Met ouders besproken bij de voortgangsgesprekken.',
  ]);
  return { leerling, onderwijs, thuis };
}
