/**
 * What the leerlingzorg steps of the demo share: the generated data looked up by id, the rows made so
 * far, their own seeded source (so the rest of the demo stays exactly as it was), and per school the
 * logins that hold the besprekingen.
 */
import type { Insertable } from 'kysely';
import { dleLookup } from '../domain/dl';
import type {
  AfspraakTable,
  BesprekingDeelnemerTable,
  BesprekingLeerlingTable,
  BesprekingTable,
  GroepTable,
  LeerlingTable,
  OppEvaluatieTable,
  OppOverlegTable,
  OppTable,
  OppVersieTable,
  PeriodeTable,
  PlaatsingTable,
  ToestemmingTable,
  ToetsresultaatTable,
  ToetsTable,
  VerzorgerTable,
  ZorgniveauTable,
} from '../server/db/schema';
import type { DemoAccount, DemoData } from './generator';
import type { Meetpunt } from './zorg-figures';
import type { Random } from './random';

export interface ZorgDemo {
  /** The two halves of the schooljaren that hold besprekingen, as the app would make them. */
  periode: Insertable<PeriodeTable>[];
  verzorger: Insertable<VerzorgerTable>[];
  toestemming: Insertable<ToestemmingTable>[];
  bespreking: Insertable<BesprekingTable>[];
  bespreking_deelnemer: Insertable<BesprekingDeelnemerTable>[];
  bespreking_leerling: Insertable<BesprekingLeerlingTable>[];
  afspraak: Insertable<AfspraakTable>[];
  zorgniveau: Insertable<ZorgniveauTable>[];
  opp: Insertable<OppTable>[];
  opp_versie: Insertable<OppVersieTable>[];
  opp_overleg: Insertable<OppOverlegTable>[];
  opp_evaluatie: Insertable<OppEvaluatieTable>[];
  /**
   * leerling.opp_since of the OPP pupils (the day their OPP was vastgesteld). The leerling rows stay as
   * generated; the loader writes this mark with them.
   */
  oppSince: { leerlingId: string; since: string }[];
}

export function emptyZorg(): ZorgDemo {
  return {
    periode: [],
    verzorger: [],
    toestemming: [],
    bespreking: [],
    bespreking_deelnemer: [],
    bespreking_leerling: [],
    afspraak: [],
    zorgniveau: [],
    opp: [],
    opp_versie: [],
    opp_overleg: [],
    opp_evaluatie: [],
    oppSince: [],
  };
}

type Row<T> = Insertable<T>;
export type Pupil = Row<LeerlingTable>;
export type Result = Row<ToetsresultaatTable>;
export type Placement = Row<PlaatsingTable>;

/** The generated data by id, built once. */
export interface DemoIndex {
  pupil: Map<string, Pupil>;
  group: Map<string, Row<GroepTable>>;
  yearOfGroup: Map<string, string>;
  placementsOfGroup: Map<string, Placement[]>;
  placementsOfPupil: Map<string, Placement[]>;
  resultsOfPupil: Map<string, Result[]>;
  toets: Map<string, Row<ToetsTable>>;
  /** The DLE of a score on a toets, from the demo's own DLE table (as the engine reads it). */
  dleOf: Map<string, (score: number | null) => number | null>;
  /** The accounts that teach a group (through their medewerker record). */
  accountsOfGroup: Map<string, DemoAccount[]>;
  /** The names of the teachers of a group, with or without an account. */
  teacherNamesOfGroup: Map<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function teacherAccounts(data: DemoData): Map<string, DemoAccount[]> {
  const accountOf = new Map<string, DemoAccount>();
  for (const m of data.medewerker) {
    const account = m.user_id ? data.accounts.find((a) => a.id === m.user_id) : undefined;
    if (account) accountOf.set(m.id, account);
  }
  const out = new Map<string, DemoAccount[]>();
  for (const gl of data.groep_leerkracht) {
    const account = accountOf.get(gl.medewerker_id);
    if (account) push(out, gl.groep_id, account);
  }
  return out;
}

function teacherNames(data: DemoData): Map<string, string[]> {
  const nameOf = new Map(
    data.medewerker.map((m) => [m.id, [m.roepnaam, m.voorvoegsel, m.achternaam].filter(Boolean).join(' ')]),
  );
  const out = new Map<string, string[]>();
  for (const gl of data.groep_leerkracht) push(out, gl.groep_id, nameOf.get(gl.medewerker_id) ?? '');
  return out;
}

export function indexDemo(data: DemoData): DemoIndex {
  const yearName = new Map(data.schooljaar.map((s) => [s.id, s.name]));
  const placementsOfGroup = new Map<string, Placement[]>();
  const placementsOfPupil = new Map<string, Placement[]>();
  for (const p of data.plaatsing) {
    push(placementsOfGroup, p.groep_id, p);
    push(placementsOfPupil, p.leerling_id, p);
  }
  const resultsOfPupil = new Map<string, Result[]>();
  for (const r of data.toetsresultaat) push(resultsOfPupil, r.leerling_id, r);
  const points = new Map<string, { minScore: number; dle: number }[]>();
  for (const p of data.dle_point) push(points, p.toets_id, { minScore: p.min_score, dle: p.dle });
  return {
    pupil: new Map(data.leerling.map((l) => [l.id, l])),
    group: new Map(data.groep.map((g) => [g.id, g])),
    yearOfGroup: new Map(data.groep.map((g) => [g.id, yearName.get(g.schooljaar_id) ?? ''])),
    placementsOfGroup,
    placementsOfPupil,
    resultsOfPupil,
    toets: new Map(data.toets.map((t) => [t.id, t])),
    dleOf: new Map([...points].map(([toetsId, list]) => [toetsId, dleLookup(list)])),
    accountsOfGroup: teacherAccounts(data),
    teacherNamesOfGroup: teacherNames(data),
  };
}

export interface ZorgContext {
  data: DemoData;
  out: ZorgDemo;
  idx: DemoIndex;
  rng: Random;
  id: () => string;
  /** Today (the demo's now), YYYY-MM-DD, and the moment itself. */
  today: string;
  iso: string;
  /** The schooljaren that get a jaarplanning of groepsbesprekingen: last year's and this year's. */
  years: string[];
  /** The meetpunten with results in the demo, oldest first. */
  meetpunten: Meetpunt[];
}

/** A school with the logins that run its leerlingzorg. */
export interface ZorgSchool {
  schoolId: string;
  ib: DemoAccount;
  leader: DemoAccount | null;
  /** The demo teacher of the school, whose home page shows afspraken. */
  teacher: DemoAccount | null;
  /** Groups of this school in the current schooljaar. */
  groups: Row<GroepTable>[];
  /** Pupils the tests of other parts of the app pick (the first of each group): left alone here. */
  untouched: Set<string>;
}
