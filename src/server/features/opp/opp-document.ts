/**
 * The OPP as a plain-text document that travels with the pupil in the OSO transfer (the "document" of
 * OSO's opp block: a TXT file in a ZIP). Written for the receiving school and for parents: plain Dutch,
 * with the measures explained. The server writes Dutch here because the document leaves Leerwinst.
 */
import { vakNaam } from '../../../shared/vakken';
import type { OppStatusValue, Uitstroomprofiel } from '../../../domain/opp';
import type { OppContent } from './opp.schema';

const UITSTROOM: Record<Uitstroomprofiel, string> = {
  praktijkonderwijs: 'Praktijkonderwijs',
  'vmbo-bb': 'Vmbo, basisberoepsgerichte leerweg',
  'vmbo-kb': 'Vmbo, kaderberoepsgerichte leerweg',
  'vmbo-gl-tl': 'Vmbo, gemengde of theoretische leerweg',
  havo: 'Havo',
  vwo: 'Vwo',
  arbeid: 'Arbeid',
  dagbesteding: 'Dagbesteding',
};

const STATUS: Record<OppStatusValue, string> = {
  concept: 'concept',
  vastgesteld: 'vastgesteld',
  geevalueerd: 'vastgesteld en geëvalueerd',
  bijgesteld: 'bijgesteld (wacht op een nieuwe vaststelling)',
  beeindigd: 'beëindigd',
};

const OUTCOME: Record<string, string> = {
  instemming: 'de ouders stemmen in',
  geen_overeenstemming: 'geen overeenstemming',
  besproken: 'besproken, nog geen besluit',
};

const EXPLANATION = [
  'Uitleg bij de getallen',
  '- DL (didactische leeftijd): het aantal maanden onderwijs sinds het begin van groep 3; een schooljaar telt 10 maanden.',
  '- DLE (didactische-leeftijdsequivalent): hoeveel maanden onderwijs een gemiddelde leerling nodig heeft om deze toetsscore te halen.',
  '- Leerrendementsverwachting (LRV): hoeveel de school verwacht dat de leerling per maand onderwijs vooruitgaat, in procenten van een gemiddelde leerling. 60 % betekent: in 10 maanden onderwijs 6 maanden vooruit.',
  '- AVI: het leesniveau bij technisch lezen, van Start tot Plus.',
];

const dutchDate = (iso: string | null) =>
  iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '-';
const orDash = (text: string) => (text.trim() === '' ? '-' : text.trim());
const decimal = (n: number) => String(n).replace('.', ',');

function vakLines(v: OppContent['vakken'][number]): string[] {
  const b = v.baseline;
  return [
    vakNaam(v.vak),
    b
      ? `  Startpunt: ${b.toetsName}, ${b.moment} (${b.schooljaar})${b.score === null ? '' : `, score ${decimal(b.score)}`}: DLE ${decimal(b.dle)} bij DL ${decimal(b.dl)}.`
      : '  Startpunt: niet vastgelegd.',
    `  Leerrendementsverwachting: ${v.lrv === null ? 'niet vastgelegd' : `${decimal(v.lrv)} %`}.`,
    ...(v.avi.length > 0
      ? [`  Verwacht AVI-niveau: ${v.avi.map((a) => `${a.moment} ${a.level}`).join(', ')}.`]
      : []),
    ...(v.toelichting.trim() ? [`  Toelichting: ${v.toelichting.trim()}`] : []),
  ];
}

function factorLines(content: OppContent): string[] {
  const parts = [
    ['Kind', content.factoren.kind],
    ['Onderwijs', content.factoren.onderwijs],
    ['Thuis', content.factoren.thuis],
  ] as const;
  return parts.flatMap(([label, f]) => [
    `${label} - bevorderend: ${orDash(f.bevorderend)}`,
    `${label} - belemmerend: ${orDash(f.belemmerend)}`,
  ]);
}

function handelingsdeelLines(h: OppContent['handelingsdeel']): string[] {
  const doelen = (domein: 'leren' | 'gedrag') =>
    h.doelen.filter((d) => d.domein === domein).map((d) => `  - ${d.text.trim()}`);
  return [
    'Doelen voor het leren:',
    ...(doelen('leren').length > 0 ? doelen('leren') : ['  -']),
    'Doelen voor het gedrag:',
    ...(doelen('gedrag').length > 0 ? doelen('gedrag') : ['  -']),
    `Aanbod: ${orDash(h.aanbod)}`,
    `Wie geeft het: ${orDash(h.wie)}`,
    `Tijd per week: ${orDash(h.tijdPerWeek)}`,
    `Externe ondersteuning: ${orDash(h.externeOndersteuning)}`,
  ];
}

export interface OppDocumentInput {
  pupilName: string;
  schoolName: string;
  status: OppStatusValue;
  decidedOn: string;
  vastgesteldOn: string | null;
  endedOn: string | null;
  content: OppContent;
  overleggen: readonly { held_on: string; outcome: string; parents_view: string }[];
}

export function oppDocumentText(input: OppDocumentInput): string {
  const { content } = input;
  const profiel = content.uitstroomprofiel ? UITSTROOM[content.uitstroomprofiel] : 'nog niet gekozen';
  const lines = [
    'ONTWIKKELINGSPERSPECTIEF (OPP)',
    `Leerling: ${input.pupilName}`,
    `School: ${input.schoolName}`,
    `Status: ${STATUS[input.status]}`,
    `Besluit OPP: ${dutchDate(input.decidedOn)} · vastgesteld: ${dutchDate(input.vastgesteldOn)} · beëindigd: ${dutchDate(input.endedOn)}`,
    '',
    'Waarom extra ondersteuning',
    orDash(content.reden),
    '',
    `Uitstroomprofiel: ${profiel}`,
    `Onderbouwing: ${orDash(content.onderbouwing)}`,
    '',
    'Bevorderende en belemmerende factoren',
    ...factorLines(content),
    '',
    'Verwachting per vak',
    ...content.vakken.flatMap(vakLines),
    '',
    'Handelingsdeel',
    ...handelingsdeelLines(content.handelingsdeel),
    '',
    'Overleg met de ouders',
    ...(input.overleggen.length > 0
      ? input.overleggen.map(
          (o) =>
            `${dutchDate(o.held_on)}: ${OUTCOME[o.outcome] ?? o.outcome}. Zienswijze van de ouders: ${orDash(o.parents_view)}`,
        )
      : ['-']),
    '',
    ...EXPLANATION,
  ];
  return `${lines.join('\r\n')}\r\n`;
}
