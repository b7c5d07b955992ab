/**
 * What an IB writes in the demo's groepsbesprekingen: the answers to the four questions of the
 * 1-zorgroute and the teacher's needs. The figures in them come from the generated results and the
 * school's ambitions; the rest is picked from phrases an IB would use. Invented, for an invented school.
 */
import { vakNaam, type Vak } from '../shared/vakken';
import { listNl, percent, vakLower, type Kind } from './zorg-figures';
import type { Random } from './random';

/** The group's share at III or higher for one jaargroep and vak, and the school's ambition for it. */
export interface Cell {
  jaargroep: number;
  vak: Vak;
  n: number;
  share: number;
  target: number | null;
}

const GOALS: Record<Vak, readonly string[]> = {
  'rekenen-wiskunde': [
    'optellen en aftrekken tot 20',
    'optellen en aftrekken tot 100 en de tafels van 1, 2, 5 en 10',
    'alle tafels tot en met 10 en vermenigvuldigen met tientallen',
    'breuken vergelijken en cijferend vermenigvuldigen',
    'kommagetallen, breuken en procenten in samenhang',
    'verhoudingen en toepassingen met geld, tijd en meten',
  ],
  spelling: [
    'klankzuivere woorden',
    'woorden met ei/ij en au/ou en de verlengingsregel',
    'de regels van de open en gesloten lettergreep',
    'werkwoorden in de tegenwoordige tijd',
    'werkwoorden in de verleden tijd en het voltooid deelwoord',
    'werkwoordspelling en leenwoorden',
  ],
  'begrijpend-lezen': [
    'korte teksten navertellen',
    'voorspellen en vragen stellen bij een tekst',
    'hoofd- en bijzaken onderscheiden',
    'verwijs- en signaalwoorden gebruiken',
    'samenvatten en de bedoeling van de schrijver herkennen',
    'informatie uit verschillende bronnen vergelijken',
  ],
  'technisch-lezen': [
    'vlot lezen van korte klankzuivere woorden',
    'vlot en nauwkeurig lezen van woorden met twee lettergrepen',
    'leestempo bij langere woorden verhogen',
    'vloeiend voorlezen met intonatie',
    'tempo en nauwkeurigheid bij moeilijke woorden',
    'vlot lezen van zakelijke teksten',
  ],
};

const FOCUS: Record<Vak, string> = {
  'rekenen-wiskunde':
    'dagelijks tien minuten automatiseren en de verlengde instructie direct na de basisinstructie, niet aan het eind van de les',
  spelling: 'een dagelijks dictee van vijf woorden op de categorieën die nog niet beheerst worden',
  'begrijpend-lezen':
    'het hardop voordoen van de leesstrategieën en teksten uit wereldoriëntatie als oefenmateriaal',
  'technisch-lezen': 'duo- en herhaald lezen voor de zwakke lezers, vier keer per week een kwartier',
};

const CAUSES = [
  'een grote subgroep heeft moeite met de leerstof van dit leerjaar en had meer herhaling nodig dan gepland',
  'er ging in deze periode lestijd verloren aan projectweken en roosterwijzigingen',
  'de verlengde instructie kwam te vaak pas aan het eind van de les aan bod',
  'een deel van de groep werkt nog onvoldoende zelfstandig, waardoor de leerkracht minder tijd had voor de instructietafel',
];

const QUALITY = [
  'De lessen volgen het directe-instructiemodel: lesdoel op het bord, korte uitleg en een afsluiting. Verbeterpunt: vaker controleren of de uitleg begrepen is (wisbordjes) voordat de groep zelfstandig verder gaat.',
  'Het klassenmanagement is rustig en voorspelbaar; de groep werkt goed met het stoplicht. Verbeterpunt: de instructietafel begint vaak pas na een kwartier, waardoor de zwakkere leerlingen te weinig begeleide inoefening krijgen.',
  'Veel effectieve leertijd en een positief pedagogisch klimaat. De sterke leerlingen krijgen nog vooral meer van hetzelfde; de leerkracht gaat de compacte route en verrijking beter inzetten.',
  'Heldere instructie, maar de verwerking duurt lang en er blijft weinig tijd voor feedback. Afgesproken: minder opgaven en een korte nabespreking aan het eind van elke les.',
];

const NEEDS = [
  'De leerkracht vraagt een klassenbezoek van de IB met feedback op de verlengde instructie, binnen zes weken.',
  'Behoefte aan materiaal om bij begrijpend lezen beter te differentiëren; de IB zoekt dit uit en bespreekt het in de bouwvergadering.',
  'Geen extra ondersteuning nodig; wel graag een collegiale consultatie bij een collega uit dezelfde bouw.',
  'De leerkracht wil graag samen met de IB de gesprekken voorbereiden met ouders van leerlingen die achterblijven.',
];

const vakPhrase = (c: Cell, withGroup: boolean) =>
  `${withGroup ? `groep ${c.jaargroep} ` : ''}${vakLower(c.vak)} ${percent(c.share)}${c.target === null ? '' : ` (ambitie ${percent(c.target)})`}`;

function goalOf(vak: Vak, jaargroep: number): string {
  return GOALS[vak][Math.min(5, Math.max(0, jaargroep - 3))] ?? GOALS[vak][0] ?? '';
}

/** The vak furthest under its ambition, else the lowest share. */
export function weakestCell(cells: readonly Cell[]): Cell | undefined {
  const gap = (c: Cell) => c.share - (c.target ?? c.share);
  return [...cells].sort((a, b) => gap(a) - gap(b) || a.share - b.share)[0];
}

function ambitions(rng: Random, cells: readonly Cell[]): string {
  const combined = new Set(cells.map((c) => c.jaargroep)).size > 1;
  const withTarget = cells.filter((c) => c.target !== null);
  // As the text shows them: whole percentages, so "85 % (ambitie 85 %)" reads as met.
  const under = (c: Cell) => Math.round(c.share * 100) < Math.round((c.target ?? 0) * 100);
  const met = withTarget.filter((c) => !under(c));
  const notMet = withTarget.filter(under);
  if (notMet.length === 0)
    return `Ja. De groep haalt op alle vakken de ambitie van de school voor het aandeel op III of hoger: ${listNl(met.map((c) => vakPhrase(c, combined)))}.`;
  const worst = weakestCell(notMet);
  const gap = worst ? (worst.target ?? 0) - worst.share : 0;
  const why =
    worst && gap < 0.1
      ? `Bij ${vakLower(worst.vak)} is het verschil klein; met ${worst.n} leerlingen is dat nog geen harde conclusie, maar we houden het vast in het oog.`
      : `Bij ${vakLower(worst?.vak ?? 'rekenen-wiskunde')} is het verschil duidelijk: ${rng.pick(CAUSES)}.`;
  const metText =
    met.length > 0 ? ` Op of boven de ambitie: ${listNl(met.map((c) => vakPhrase(c, combined)))}.` : '';
  return `Gedeeltelijk.${metText} Onder de ambitie: ${listNl(notMet.map((c) => vakPhrase(c, combined)))}. ${why}`;
}

function goals(rng: Random, cells: readonly Cell[]): string {
  const worst = weakestCell(cells);
  if (!worst) return '';
  const best = [...cells].sort((a, b) => b.share - a.share)[0] ?? worst;
  const reached =
    best.vak === worst.vak
      ? ''
      : `${vakNaam(best.vak)}: het doel uit het groepsplan (${goalOf(best.vak, best.jaargroep)}) is voor de basisgroep en de plusgroep bereikt. `;
  return `${reached}${vakNaam(worst.vak)}: de basisgroep haalde het doel (${goalOf(worst.vak, worst.jaargroep)}) grotendeels, de verlengde-instructiegroep nog niet; ${rng.pick(CAUSES)}.`;
}

function consequences(cells: readonly Cell[], kind: Kind): string {
  const worst = weakestCell(cells);
  if (!worst) return '';
  const jaargroep = Math.max(...cells.map((c) => c.jaargroep));
  const next =
    kind === 'M'
      ? 'In het groepsplan voor de tweede helft van het jaar komt'
      : jaargroep >= 8
        ? 'Voor de volgende groep 8 nemen we mee'
        : `In de overdracht naar groep ${jaargroep + 1} vragen we`;
  return `${next} voor ${vakLower(worst.vak)}: ${FOCUS[worst.vak]}. De doelen voor de basisgroep blijven op het niveau van de ambitie; leerlingen voor wie de verlengde instructie niet genoeg is, brengen we in bij de leerlingbespreking.`;
}

const KLEUTERS = {
  doelenBereikt:
    'De doelen uit het groepsplan voor taal en rekenen (tellen tot twintig, rijmen, klanken herkennen) zijn voor de meeste kleuters bereikt. Een klein groepje oudste kleuters heeft nog moeite met auditieve synthese.',
  ambitiesBereikt:
    'Voor de kleuters stelt de school geen ambitie op toetsen. Volgens de observaties ontwikkelt het grootste deel van de groep zich naar verwachting; de oudste kleuters zijn op weg naar groep 3.',
  gevolgenGroepsplan:
    'In het nieuwe groepsplan meer aandacht voor klankbewustzijn bij de oudste kleuters: dagelijks een korte kring met klankspelletjes.',
};

/** The answers of a held groepsbespreking, keyed by question code. */
export function groepAnswers(rng: Random, cells: readonly Cell[], kind: Kind): Record<string, string> {
  const quality = rng.pick(QUALITY);
  const needs = rng.pick(NEEDS);
  if (cells.length === 0) return { ...KLEUTERS, kwaliteitOnderwijs: quality, ondersteuningLeerkracht: needs };
  return {
    doelenBereikt: goals(rng, cells),
    ambitiesBereikt: ambitions(rng, cells),
    kwaliteitOnderwijs: quality,
    gevolgenGroepsplan: consequences(cells, kind),
    ondersteuningLeerkracht: needs,
  };
}
