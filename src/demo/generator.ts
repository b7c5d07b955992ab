/**
 * The invented demo: one bestuur with `schools` schools, groepen 1–8 (kleuters in combination groups),
 * pupils who move up a year, sometimes repeat, join or leave mid-year, and `years` schooljaren of M and
 * E results on four vakken. Pure and seeded: the same options give the same data, so it is also the
 * factory for tests and benchmarks.
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
  ToetsTable,
  ToetsresultaatTable,
  NormRowTable,
  DlePointTable,
  Role,
} from '../server/db/schema';
import {
  DEMO_NORMS_LABEL,
  DEMO_PUBLISHER,
  DEMO_BELOW_1F,
  DEMO_DOORSTROOMTOETSEN,
  DEMO_TOETSEN,
  demoCutScores,
  demoDlePoints,
  demoLevel,
  demoNorm,
} from './norms';
import { Random } from './random';
import { ogwDemo, type OgwDemo } from './ogw';
import {
  FIRST_NAMES_BOYS,
  FIRST_NAMES_GIRLS,
  LAST_NAMES,
  LAST_NAMES_WITH_PREFIX,
  PLACE_NAMES,
  SCHOOL_NAMES,
  VOORVOEGSELS,
} from './names';
import { groupLayout, type Layout, type LayoutKind } from './layout';

export interface DemoOptions {
  seed: number;
  schools: number;
  /** Schooljaren with M and E results; the current schooljaar is added when it has none yet. */
  years: number;
  now: Date;
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
  /** What the demo logins can see, for messages and tests. */
  summary: { schooljaren: string[]; resultYears: string[]; schoolIds: string[]; bestuurId: string };
}

export const DEMO_PASSWORD = 'demo-leerwinst';
export const DEMO_EMAIL_DOMAIN = 'leerwinst.example';

interface SimPupil {
  id: string;
  jaargroep: number;
  stream: number;
  ability: Record<string, number>;
  drift: number;
  repeated: boolean;
  left: boolean;
}

function layoutKindFor(index: number): LayoutKind {
  if (index === 0) return 'regular';
  if (index === 1) return 'small';
  return (['regular', 'large', 'small', 'regular'] as const)[index % 4] ?? 'regular';
}

/** Schooljaren whose M moment (late January) lies before `now`, newest last. */
function resultYearsFor(now: Date, years: number): string[] {
  const current = schooljaarOf(now);
  const midCurrent = new Date(`${schooljaarStartYear(current) + 1}-02-01T00:00:00Z`);
  const last = now >= midCurrent ? current : shiftSchooljaar(current, -1);
  return Array.from({ length: years }, (_, i) => shiftSchooljaar(last, i - years + 1));
}

export function generateDemo(options: DemoOptions): DemoData {
  const rng = new Random(options.seed);
  const nowMs = options.now.getTime();
  const id = () => rng.uuid(nowMs);
  const iso = options.now.toISOString();
  const today = iso.slice(0, 10);
  const current = schooljaarOf(options.now);
  const resultYears = resultYearsFor(options.now, options.years);
  const firstYear = resultYears[0] ?? current;
  const schooljaren: string[] = [];
  for (let y = firstYear; y <= current; y = shiftSchooljaar(y, 1)) schooljaren.push(y);

  const data: DemoData = {
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
    summary: { schooljaren, resultYears, schoolIds: [], bestuurId: '' },
  };

  const bestuurId = id();
  data.summary.bestuurId = bestuurId;
  data.bestuur.push({
    id: bestuurId,
    name: 'Stichting Demo Leerwinst (verzonnen)',
    bestuursnummer: '99999',
    created_at: iso,
  });

  const toetsIds = new Map<string, string>();
  for (const t of DEMO_TOETSEN) {
    const toetsId = id();
    toetsIds.set(t.vak, toetsId);
    data.toets.push({
      id: toetsId,
      school_id: null,
      code: t.code,
      vak: t.vak,
      name: t.name,
      publisher: DEMO_PUBLISHER,
      version: t.version,
      scale_key: t.scaleKey,
      scale_kind: 'vaardigheid',
      level_system: 'I-V',
      created_at: iso,
    });
    // The invented norm tables of the invented tests, for every school (school_id null).
    for (let j = 3; j <= 8; j++) {
      for (const kind of ['M', 'E'] as const) {
        const norm = demoNorm(t.vak, kind, j);
        data.norm_row.push({
          id: id(),
          toets_id: toetsId,
          school_id: null,
          moment: `${kind}${j}`,
          cuts: JSON.stringify(demoCutScores(norm.mean, norm.sd)),
          mean: norm.mean,
          label: DEMO_NORMS_LABEL,
          created_by: null,
          created_at: iso,
        });
      }
    }
    for (const point of demoDlePoints(t.vak)) {
      data.dle_point.push({
        id: id(),
        toets_id: toetsId,
        school_id: null,
        min_score: point.minScore,
        dle: point.dle,
      });
    }
  }

  // The doorstroomtoets draws from its own stream, so the rest of the demo stays as it was without it.
  const refRng = new Random(options.seed + 8);
  const refId = () => refRng.uuid(nowMs);
  const doorstroomIds = new Map<string, string>();
  for (const t of DEMO_DOORSTROOMTOETSEN) {
    const toetsId = refId();
    doorstroomIds.set(t.code, toetsId);
    data.toets.push({
      id: toetsId,
      school_id: null,
      code: t.code,
      vak: t.vak,
      name: t.name,
      publisher: DEMO_PUBLISHER,
      version: t.version,
      scale_key: t.scaleKey,
      scale_kind: 'ordinaal',
      level_system: 'REF',
      created_at: iso,
    });
  }

  let lasKeyCounter = 100000;
  const newPupil = (schoolId: string, jaargroep: number, stream: number, schooljaar: string): SimPupil => {
    const girl = rng.chance(0.5);
    const withPrefix = rng.chance(0.2);
    lasKeyCounter += rng.int(1, 7);
    const unstable = rng.chance(0.004);
    const pupilId = id();
    const groep3Year = schooljaarStartYear(schooljaar) - (jaargroep - 3);
    data.leerling.push({
      id: pupilId,
      school_id: schoolId,
      las_key: unstable ? `#${lasKeyCounter}` : String(lasKeyCounter),
      las_key_stable: unstable ? 0 : 1,
      eckid: null,
      roepnaam: rng.pick(girl ? FIRST_NAMES_GIRLS : FIRST_NAMES_BOYS),
      voorvoegsel: withPrefix ? rng.pick(VOORVOEGSELS) : null,
      achternaam: withPrefix ? rng.pick(LAST_NAMES_WITH_PREFIX) : rng.pick(LAST_NAMES),
      geboortedatum: `${groep3Year - 6}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      geslacht: girl ? '2' : '1',
      groep3_start: `${groep3Year}-08-20`,
      created_at: iso,
      updated_at: iso,
    });
    const general = rng.normal();
    const ability: Record<string, number> = {};
    for (const t of DEMO_TOETSEN) ability[t.vak] = 0.75 * general + 0.66 * rng.normal();
    return {
      id: pupilId,
      jaargroep,
      stream,
      ability,
      drift: rng.normal() * 0.12,
      repeated: false,
      left: false,
    };
  };

  for (let s = 0; s < options.schools; s++) {
    const schoolId = id();
    data.summary.schoolIds.push(schoolId);
    const layout: Layout = groupLayout(layoutKindFor(s));
    data.school.push({
      id: schoolId,
      bestuur_id: bestuurId,
      brin: `${String(10 + (s % 90)).padStart(2, '0')}${String.fromCharCode(65 + (Math.floor(s / 90) % 26))}Z`,
      vestiging: s % 5 === 4 ? '01' : null,
      name: `${SCHOOL_NAMES[s % SCHOOL_NAMES.length]}${s >= SCHOOL_NAMES.length ? ` ${Math.floor(s / SCHOOL_NAMES.length) + 1}` : ''}, ${PLACE_NAMES[s % PLACE_NAMES.length]}`,
      schoolweging: Math.round((26 + rng.next() * 10) * 10) / 10,
      created_at: iso,
      updated_at: iso,
    });

    // Staff: one teacher per group label, who keeps the same group every year.
    const teacherOf = new Map<string, string>();
    for (const label of layout.labels) {
      const teacherId = id();
      teacherOf.set(label, teacherId);
      const girl = rng.chance(0.8);
      data.medewerker.push({
        id: teacherId,
        school_id: schoolId,
        user_id: null,
        las_key: `mw-${teacherId.slice(-6)}`,
        roepnaam: rng.pick(girl ? FIRST_NAMES_GIRLS : FIRST_NAMES_BOYS),
        voorvoegsel: null,
        achternaam: rng.pick(LAST_NAMES),
        email: null,
        created_at: iso,
        updated_at: iso,
      });
    }

    let pupils: SimPupil[] = [];
    schooljaren.forEach((year, yearIndex) => {
      const start = schooljaarStartYear(year);
      const sjId = id();
      data.schooljaar.push({
        id: sjId,
        school_id: schoolId,
        name: year,
        start_date: `${start}-08-01`,
        end_date: `${start + 1}-07-31`,
      });

      if (yearIndex === 0) {
        for (let j = 1; j <= 8; j++) {
          for (let k = 0; k < layout.cohort; k++) pupils.push(newPupil(schoolId, j, k, year));
        }
      } else {
        for (const p of pupils) {
          // About one in fifty pupils repeats a year once (doublure), never in the kleutergroepen.
          if (!p.repeated && p.jaargroep >= 3 && p.jaargroep < 8 && rng.chance(0.02)) p.repeated = true;
          else p.jaargroep += 1;
        }
        pupils = pupils.filter((p) => p.jaargroep <= 8 && !p.left);
        for (let k = 0; k < layout.cohort; k++) pupils.push(newPupil(schoolId, 1, k, year));
      }

      // Groups of this year.
      const groupIds = new Map<string, string>();
      for (const label of layout.labels) {
        const groupId = id();
        groupIds.set(label, groupId);
        const spec = layout.group(label);
        data.groep.push({
          id: groupId,
          school_id: schoolId,
          schooljaar_id: sjId,
          name: label,
          jaargroep: spec.jaargroepen.length > 1 ? 'C' : String(spec.jaargroepen[0]),
          kind: 'stamgroep',
          las_key: `${year}-${label}`,
          created_at: iso,
          updated_at: iso,
        });
        data.groep_leerkracht.push({ groep_id: groupId, medewerker_id: teacherOf.get(label) ?? '' });
      }

      // Test dates per group and moment: each group takes the test on its own day.
      const testDate = new Map<string, string>();
      for (const label of layout.labels) {
        testDate.set(`${label}|M`, `${start + 1}-01-${String(rng.int(19, 31)).padStart(2, '0')}`);
        testDate.set(`${label}|E`, `${start + 1}-06-${String(rng.int(1, 14)).padStart(2, '0')}`);
      }

      // A few pupils join mid-year in the upper groups.
      const joiners = rng.int(0, Math.max(1, Math.round(layout.cohort / 10)));
      const joinedOn = new Map<string, string>();
      for (let k = 0; k < joiners; k++) {
        const p = newPupil(schoolId, rng.int(3, 8), rng.int(0, layout.cohort), year);
        pupils.push(p);
        joinedOn.set(p.id, `${start + 1}-0${rng.int(1, 3)}-${String(rng.int(10, 28)).padStart(2, '0')}`);
      }

      const resultYear = resultYears.includes(year);
      for (const p of pupils) {
        const label = layout.labelFor(p.jaargroep, p.stream);
        const groupId = groupIds.get(label);
        if (!groupId) continue;
        const startDate = joinedOn.get(p.id) ?? `${start}-08-01`;
        const leaves = rng.chance(0.025);
        const endDate = leaves
          ? `${start + 1}-0${rng.int(2, 5)}-${String(rng.int(10, 28)).padStart(2, '0')}`
          : null;
        // Leaving is only known once it has happened.
        const knownEnd = endDate !== null && endDate <= today ? endDate : null;
        if (knownEnd) p.left = true;
        data.plaatsing.push({
          id: id(),
          leerling_id: p.id,
          groep_id: groupId,
          jaargroep: String(p.jaargroep),
          start_date: startDate,
          // Only a mid-year departure ends a placement; the schooljaar itself bounds the rest.
          end_date: knownEnd,
        });

        if (!resultYear || p.jaargroep < 3) continue;
        for (const kind of ['M', 'E'] as const) {
          const date = testDate.get(`${label}|${kind}`) ?? '';
          if (date > today || date < startDate || (knownEnd !== null && date > knownEnd)) continue;
          for (const t of DEMO_TOETSEN) {
            if (rng.chance(0.025)) continue; // absent on the day
            const norm = demoNorm(t.vak, kind, p.jaargroep);
            const time = p.jaargroep - 3 + (kind === 'M' ? 0.45 : 0.85);
            const z = (p.ability[t.vak] ?? 0) + p.drift * (time - 2.5) + 0.3 * rng.normal();
            const score = Math.round(norm.mean + norm.sd * z);
            data.toetsresultaat.push({
              id: id(),
              leerling_id: p.id,
              toets_id: toetsIds.get(t.vak) ?? '',
              schooljaar: year,
              moment: `${kind}${p.jaargroep}`,
              afnamedatum: date,
              ruwe_score: null,
              vaardigheidsscore: score,
              // Now and then the LVS export carries no level; the engine computes it from the norms.
              niveau: rng.chance(0.06) ? null : demoLevel(score, norm.mean, norm.sd),
              functioneringsniveau: null,
              dle: null,
              import_id: null,
              created_at: iso,
              updated_at: iso,
            });
          }
        }
      }
      // Groep 8 sits the doorstroomtoets in February, one day for the whole school.
      const doorstroomDate = `${start + 1}-02-${String(refRng.int(3, 14)).padStart(2, '0')}`;
      if (resultYear && doorstroomDate <= today) {
        for (const p of pupils) {
          if (p.jaargroep !== 8 || p.left || (joinedOn.get(p.id) ?? '') > doorstroomDate) continue;
          for (const t of DEMO_DOORSTROOMTOETSEN) {
            const z = (p.ability[t.vak] ?? 0) + 0.35 * refRng.normal();
            data.toetsresultaat.push({
              id: refId(),
              leerling_id: p.id,
              toets_id: doorstroomIds.get(t.code) ?? '',
              schooljaar: year,
              moment: 'M8',
              afnamedatum: doorstroomDate,
              ruwe_score: null,
              vaardigheidsscore: null,
              niveau: z < DEMO_BELOW_1F ? '<1F' : z < t.streef ? '1F' : '2F/1S',
              functioneringsniveau: null,
              dle: null,
              import_id: null,
              created_at: iso,
              updated_at: iso,
            });
          }
        }
      }
      // Pupils who left during an earlier year are gone; everyone else moves on next year.
      pupils = pupils.filter((p) => !p.left);
    });

    if (s === 0) addSchoolAccounts(data, s, layout, teacherOf, id, 'Groep 5', 'Groep 7');
    if (s === 1) addOtherSchoolAccounts(data, s, layout, teacherOf, id);
  }

  data.accounts.push({
    id: id(),
    name: 'Bas Bestuurder',
    email: `bestuur@${DEMO_EMAIL_DOMAIN}`,
    role: 'bestuur',
    schoolIndex: null,
    label: 'bestuur (kwaliteitszorg)',
  });
  data.accounts.push({
    id: id(),
    name: 'Bea Beheer',
    email: `beheer@${DEMO_EMAIL_DOMAIN}`,
    role: 'beheerder',
    schoolIndex: null,
    label: 'beheerder',
  });
  for (const account of data.accounts) {
    data.role_assignment.push({
      id: id(),
      user_id: account.id,
      role: account.role,
      school_id: account.schoolIndex === null ? null : (data.summary.schoolIds[account.schoolIndex] ?? null),
      bestuur_id: account.schoolIndex === null ? bestuurId : null,
      created_at: iso,
    });
  }
  const beheer = data.accounts.find((a) => a.role === 'beheerder')?.id ?? '';
  data.ogw = ogwDemo({
    schoolIds: data.summary.schoolIds,
    schooljaren,
    authorOf: (s) =>
      data.accounts.find((a) => a.schoolIndex === s && a.role === 'schoolleider')?.id ?? beheer,
    id,
    iso,
  });
  return data;
}

function linkTeacher(data: DemoData, account: DemoAccount, medewerkerId: string | undefined): void {
  const staff = data.medewerker.find((m) => m.id === medewerkerId);
  if (!staff) return;
  staff.user_id = account.id;
  const [roepnaam, ...rest] = account.name.split(' ');
  staff.roepnaam = roepnaam ?? null;
  staff.achternaam = rest.join(' ');
  staff.email = account.email;
}

function addSchoolAccounts(
  data: DemoData,
  schoolIndex: number,
  layout: Layout,
  teacherOf: Map<string, string>,
  id: () => string,
  ownGroup: string,
  otherGroup: string,
): void {
  const teacher: DemoAccount = {
    id: id(),
    name: 'Sanne de Wit',
    email: `leerkracht@${DEMO_EMAIL_DOMAIN}`,
    role: 'leerkracht',
    schoolIndex,
    label: `leerkracht van ${ownGroup}`,
  };
  const colleague: DemoAccount = {
    id: id(),
    name: 'Joris Kramer',
    email: `leerkracht7@${DEMO_EMAIL_DOMAIN}`,
    role: 'leerkracht',
    schoolIndex,
    label: `leerkracht van ${otherGroup}`,
  };
  data.accounts.push(teacher, colleague);
  if (layout.labels.includes(ownGroup)) linkTeacher(data, teacher, teacherOf.get(ownGroup));
  if (layout.labels.includes(otherGroup)) linkTeacher(data, colleague, teacherOf.get(otherGroup));
  data.accounts.push({
    id: id(),
    name: 'Ingrid Bakker',
    email: `ib@${DEMO_EMAIL_DOMAIN}`,
    role: 'ib',
    schoolIndex,
    label: 'intern begeleider',
  });
  data.accounts.push({
    id: id(),
    name: 'Dirk Smit',
    email: `directie@${DEMO_EMAIL_DOMAIN}`,
    role: 'schoolleider',
    schoolIndex,
    label: 'schoolleider',
  });
}

function addOtherSchoolAccounts(
  data: DemoData,
  schoolIndex: number,
  layout: Layout,
  teacherOf: Map<string, string>,
  id: () => string,
): void {
  const label = layout.labels.find((l) => l.includes('5')) ?? layout.labels[0] ?? '';
  const teacher: DemoAccount = {
    id: id(),
    name: 'Kees Kompas',
    email: `leerkracht.kompas@${DEMO_EMAIL_DOMAIN}`,
    role: 'leerkracht',
    schoolIndex,
    label: `leerkracht van ${label} (tweede school)`,
  };
  data.accounts.push(teacher);
  linkTeacher(data, teacher, teacherOf.get(label));
  data.accounts.push({
    id: id(),
    name: 'Iris Kompas',
    email: `ib.kompas@${DEMO_EMAIL_DOMAIN}`,
    role: 'ib',
    schoolIndex,
    label: 'intern begeleider (tweede school)',
  });
}
