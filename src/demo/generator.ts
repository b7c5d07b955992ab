/**
 * The invented demo: one bestuur with `schools` schools, groepen 1–8 (kleuters in combination groups),
 * pupils who move up a year, sometimes repeat, join or leave mid-year, and `years` schooljaren of M and
 * E results on four vakken, with abilities that last and hang together across vakken (ability.ts);
 * then leerlingzorg, and the HGW cycle as far as a school has it by `now`. Pure and seeded: the same
 * options give the same data, so it is also the factory for tests and benchmarks.
 */
import { schooljaarOf, schooljaarStartYear, shiftSchooljaar } from '../domain/schooljaar';
import type { Insertable } from 'kysely';
import type {
  BestuurTable,
  GroepLeerkrachtTable,
  GroepTable,
  LeerlingTable,
  MedewerkerTable,
  PlaatsingTable,
  RoleAssignmentTable,
  SchoolTable,
  SchooljaarTable,
  TevredenheidTable,
  SeoScoreTable,
  ToetsTable,
  ToetsresultaatTable,
  NormRowTable,
  DlePointTable,
  Role,
} from '../server/db/schema';
import { addBestuurAccounts, addOtherSchoolAccounts, addSchoolAccounts } from './accounts';
import { addDoorstroomToetsen, addToetsen } from './catalog';
import type { DemoContext } from './context';
import { ogwDemo, sharesAtIII, type OgwDemo } from './ogw';
import { Random } from './random';
import { addSchool } from './school';
import { emptyHgw, hgwDemo, type HgwDemo } from './hgw';
import { addGedragDemo } from './hgw-gedrag';
import { adviesDemo, emptyAdvies, type AdviesDemo } from './schooladvies';
import { seoDemo } from './seo';
import { tevredenheidDemo } from './tevredenheid';
import { emptyZorg, zorgDemo, type ZorgDemo } from './zorg';

export interface DemoOptions {
  seed: number;
  schools: number;
  /** Schooljaren with M and E results; the current schooljaar is added when it has none yet. */
  years: number;
  now: Date;
  /**
   * With leerlingzorg (default): besprekingen with the periods they belong to, afspraken, OPPs. Without
   * it, a school that has not set up its periods yet, for tests of what the app does on first use.
   */
  zorg?: boolean;
  /**
   * With the HGW cycle by today (default; needs leerlingzorg's periods): groepsplannen of the periods
   * that have started, groepsoverzicht rows, ticked steps, observations and last June's teambespreking.
   * Without it, the running period is untouched, for tests that walk the cycle from its start.
   */
  hgw?: boolean;
}

export const DEFAULT_DEMO: Omit<DemoOptions, 'now'> = { seed: 2026, schools: 2, years: 3 };

export interface DemoAccount {
  id: string;
  name: string;
  email: string;
  role: Role;
  schoolIndex: number | null;
  label: string;
}

export interface DemoData {
  bestuur: Insertable<BestuurTable>[];
  school: Insertable<SchoolTable>[];
  schooljaar: Insertable<SchooljaarTable>[];
  groep: Insertable<GroepTable>[];
  leerling: Insertable<LeerlingTable>[];
  plaatsing: Insertable<PlaatsingTable>[];
  medewerker: Insertable<MedewerkerTable>[];
  groep_leerkracht: Insertable<GroepLeerkrachtTable>[];
  toets: Insertable<ToetsTable>[];
  toetsresultaat: Insertable<ToetsresultaatTable>[];
  norm_row: Insertable<NormRowTable>[];
  dle_point: Insertable<DlePointTable>[];
  accounts: DemoAccount[];
  role_assignment: Insertable<RoleAssignmentTable>[];
  ogw: OgwDemo;
  /** Leerlingzorg: besprekingen, afspraken, zorgniveaus, verzorgers, consents and two OPPs. */
  zorg: ZorgDemo;
  /** The HGW cycle by today: groepsplannen, groepsoverzicht rows, observations, teambespreking. */
  hgw: HgwDemo;
  /** Groep 8's schooladvies per cohort, and the VO's feedback on the years since. */
  advies: AdviesDemo;
  /** The satisfaction surveys of pupils, parents and team: aggregates per theme with N. */
  tevredenheid: Insertable<TevredenheidTable>[];
  /** One social-emotional instrument (ZIEN!): teachers' and pupils' lists, percentiles with band and signal. */
  seo: Insertable<SeoScoreTable>[];
  /** What the demo logins can see, for messages and tests. */
  summary: { schooljaren: string[]; resultYears: string[]; schoolIds: string[]; bestuurId: string };
}

export { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from './accounts';

/** Schooljaren whose M moment (late January) lies before `now`, newest last. */
function resultYearsFor(now: Date, years: number): string[] {
  const current = schooljaarOf(now);
  const midCurrent = new Date(`${schooljaarStartYear(current) + 1}-02-01T00:00:00Z`);
  const last = now >= midCurrent ? current : shiftSchooljaar(current, -1);
  return Array.from({ length: years }, (_, i) => shiftSchooljaar(last, i - years + 1));
}

function emptyData(schooljaren: string[], resultYears: string[]): DemoData {
  return {
    bestuur: [],
    school: [],
    schooljaar: [],
    groep: [],
    leerling: [],
    plaatsing: [],
    medewerker: [],
    groep_leerkracht: [],
    toets: [],
    toetsresultaat: [],
    norm_row: [],
    dle_point: [],
    accounts: [],
    role_assignment: [],
    ogw: { ambitie: [], ambitie_wijziging: [], signaleringswaarde: [] },
    zorg: emptyZorg(),
    hgw: emptyHgw(),
    advies: emptyAdvies(),
    tevredenheid: [],
    seo: [],
    summary: { schooljaren, resultYears, schoolIds: [], bestuurId: '' },
  };
}

/**
 * Every step draws from the seeded sources in a fixed order (the toetsen, then each school with its
 * years, then the accounts): the same options give the same data, to the byte.
 */
export function generateDemo(options: DemoOptions): DemoData {
  const rng = new Random(options.seed);
  const nowMs = options.now.getTime();
  const id = () => rng.uuid(nowMs);
  const iso = options.now.toISOString();
  const current = schooljaarOf(options.now);
  const resultYears = resultYearsFor(options.now, options.years);
  const schooljaren: string[] = [];
  for (let y = resultYears[0] ?? current; y <= current; y = shiftSchooljaar(y, 1)) schooljaren.push(y);
  const data = emptyData(schooljaren, resultYears);

  const bestuurId = id();
  data.summary.bestuurId = bestuurId;
  data.bestuur.push({
    id: bestuurId,
    name: 'Stichting Demo Leerwinst (verzonnen)',
    bestuursnummer: '99999',
    created_at: iso,
  });
  const toetsIds = addToetsen({ data, id, iso });
  const refRng = new Random(options.seed + 8);
  const refId = () => refRng.uuid(nowMs);
  const doorstroomIds = addDoorstroomToetsen({ data, refId, iso });
  const ctx: DemoContext = {
    data,
    rng,
    id,
    refRng,
    refId,
    iso,
    today: iso.slice(0, 10),
    // The current schooljaar too: a group that took its M toetsen before today has them (say in late
    // January, when other groups still have to), though the schooljaar counts as a result year only
    // once every group has (summary.resultYears).
    resultYears: resultYears.includes(current) ? resultYears : [...resultYears, current],
    toetsIds,
    doorstroomIds,
    lasKeyCounter: 100000,
  };
  for (let s = 0; s < options.schools; s++) {
    const { layout, teacherOf } = addSchool(ctx, s, bestuurId, schooljaren);
    if (s === 0) addSchoolAccounts(data, s, layout, teacherOf, id, 'Groep 5', 'Groep 7');
    if (s === 1) addOtherSchoolAccounts(data, s, layout, teacherOf, id);
  }
  addBestuurAccounts(ctx, bestuurId);
  const beheer = data.accounts.find((a) => a.role === 'beheerder')?.id ?? '';
  data.ogw = ogwDemo({
    schoolIds: data.summary.schoolIds,
    schooljaren,
    authorOf: (s) =>
      data.accounts.find((a) => a.schoolIndex === s && a.role === 'schoolleider')?.id ?? beheer,
    shareAtIII: sharesAtIII(data),
    id,
    iso,
  });
  // Last, from its own seeded source: adding it changed none of the rows above.
  if (options.zorg !== false) data.zorg = zorgDemo(data, options);
  if (options.zorg !== false && options.hgw !== false) {
    data.hgw = hgwDemo(data, options);
    addGedragDemo(data, options);
  }
  data.advies = adviesDemo(data, options);
  data.tevredenheid = tevredenheidDemo(data, options);
  data.seo = seoDemo(data, options);
  return data;
}
