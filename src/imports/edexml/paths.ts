/**
 * The EDEXML structure as paths below the container element (EDEX, or leerlinggegevens in UWLR),
 * the same in 1.03, 2.0 and 2.1: which element opens a record, which holds a field we read, which
 * refers to a group. Fields the schema has but we must not read (BSN, onderwijsnummer, postcode,
 * land, etniciteit, gewicht) are simply absent here.
 */
import type { EdexmlContainer } from './types';

const CONTAINERS: ReadonlySet<string> = new Set<EdexmlContainer>([
  'EDEX',
  'leerlinggegevens',
  'leerlinggegevens-structuur',
  'leerlinggegevens-leerlingen',
  'leerlinggegevens-leerkrachten',
]);

export function isContainer(name: string): name is EdexmlContainer {
  return CONTAINERS.has(name);
}
const NAMES = 'achternaam voorvoegsel voornamen voorletters-1 roepnaam';
const set = (names: string) => new Set(names.split(' '));
/** The text fields read per record (by path below the container); everything else is skipped. */
const FIELDS: Record<string, ReadonlySet<string>> = {
  school: set(
    'schooljaar peildatum brincode dependancecode instellingsnummer schoolkey aanmaakdatum auteur xsdversie',
  ),
  'vestigingen/vestiging': set('naam'),
  'groepen/groep': set('naam jaargroep omschrijving'),
  'groepen/samengestelde_groep': set('naam omschrijving'),
  'leerlingen/leerling': set(
    `${NAMES} geboortedatum geslacht start_ondw_jgr3 jaargroep instroomdatum uitstroomdatum`,
  ),
  'leerkrachten/leerkracht': set(`${NAMES} gebruikersnaam emailadres`),
};
export type Action =
  | { kind: 'record' }
  | { kind: 'ref'; list: 'groepRefs' | 'samengesteldRefs' | 'vestigingRefs' }
  | { kind: 'role'; of: 'record' | 'ref' }
  | { kind: 'field' };

/** What to do at each path below the container; any other element is skipped. */
export const ACTIONS = new Map<string, Action>();
for (const [record, fields] of Object.entries(FIELDS)) {
  ACTIONS.set(record, { kind: 'record' });
  for (const field of fields) ACTIONS.set(`${record}/${field}`, { kind: 'field' });
}
const LL = 'leerlingen/leerling';
const LK = 'leerkrachten/leerkracht';
ACTIONS.set(`${LL}/groep`, { kind: 'ref', list: 'groepRefs' });
ACTIONS.set(`${LL}/vestiging`, { kind: 'ref', list: 'vestigingRefs' });
ACTIONS.set(`${LL}/samengestelde_groepen/samengestelde_groep`, { kind: 'ref', list: 'samengesteldRefs' });
ACTIONS.set(`${LK}/groepen/groep`, { kind: 'ref', list: 'groepRefs' });
ACTIONS.set(`${LK}/groepen/samengestelde_groep`, { kind: 'ref', list: 'samengesteldRefs' });
for (const r of ['rol', 'rolomschrijving']) {
  ACTIONS.set(`${LK}/${r}`, { kind: 'role', of: 'record' });
  ACTIONS.set(`${LK}/groepen/groep/${r}`, { kind: 'role', of: 'ref' });
  ACTIONS.set(`${LK}/groepen/samengestelde_groep/${r}`, { kind: 'role', of: 'ref' });
}
