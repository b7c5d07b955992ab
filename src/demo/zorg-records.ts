/**
 * Writers for the demo's care records, each shaped as the app writes it: verzorgers with their
 * consents, the zorgniveau history, a bespreking about a pupil with its participants, a pupil raised in
 * a groepsbespreking, and an afspraak.
 */
import { schooljaarOfDate } from '../domain/schooljaar';
import type { AfspraakLink, BesprekingKind, ToestemmingScope } from '../server/db/schema';
import type { DemoAccount } from './generator';
import { LAST_NAMES } from './names';
import type { Pupil, ZorgContext, ZorgSchool } from './zorg-context';
import { at } from './zorg-dates';

const MOTHERS = [
  'Marieke',
  'Sandra',
  'Fatima',
  'Ayşe',
  'Linda',
  'Esther',
  'Naima',
  'Kim',
  'Petra',
  'Samira',
  'Mirjam',
  'Hatice',
  'Joyce',
  'Priya',
] as const;
const FATHERS = [
  'Jeroen',
  'Mark',
  'Hamid',
  'Mehmet',
  'Erik',
  'Bart',
  'Rachid',
  'Dennis',
  'Sander',
  'Ahmed',
  'Martijn',
  'Murat',
  'Paul',
  'Ricardo',
] as const;

export interface Verzorger {
  id: string;
  name: string;
  relation: string;
  gezag: boolean;
}

const surnameOf = (p: Pupil) => [p.voorvoegsel, p.achternaam].filter(Boolean).join(' ');

/** One or two verzorgers, in the family forms a school meets; invented names, example addresses. */
export function addVerzorgers(ctx: ZorgContext, school: ZorgSchool, pupil: Pupil, day: string): Verzorger[] {
  const { rng } = ctx;
  const own = surnameOf(pupil);
  const other = rng.pick(LAST_NAMES);
  const mother = rng.pick(MOTHERS);
  const father = rng.pick(FATHERS);
  const forms: [string, string, boolean][][] = [
    [
      [`${mother} ${own}`, 'moeder', true],
      [`${father} ${own}`, 'vader', true],
    ],
    [
      [`${mother} ${other}`, 'moeder', true],
      [`${father} ${own}`, 'vader', true],
    ],
    [
      [`${mother} ${own}`, 'moeder', true],
      [`${rng.pick(MOTHERS)} ${other}`, 'grootouder', false],
    ],
    [
      [`${father} ${own}`, 'vader', true],
      [`${mother} ${other}`, 'moeder', true],
    ],
    [
      [`${mother} ${own}`, 'ouder', true],
      [`${rng.pick(MOTHERS)} ${other}`, 'ouder', true],
    ],
  ];
  const entered = at(day, '09:00') < ctx.iso ? at(day, '09:00') : ctx.iso;
  return rng.pick(forms).map(([name, relation, gezag]) => {
    const id = ctx.id();
    const [first = '', ...rest] = name.split(' ');
    const plain = rest
      .join('')
      .normalize('NFD')
      .replace(/ı/g, 'i')
      .replace(/[^a-z]/gi, '');
    const mail = `${first.charAt(0)}.${plain}`.toLowerCase();
    ctx.out.verzorger.push({
      id,
      leerling_id: pupil.id,
      school_id: school.schoolId,
      name,
      relation,
      phone: `06-${String(rng.int(10_000_000, 99_999_999))}`,
      email: `${mail}@example.org`,
      gezag: gezag ? 1 : 0,
      source: 'hand',
      las_key: null,
      created_at: entered,
      updated_at: entered,
    });
    return { id, name, relation, gezag };
  });
}

export function addConsent(
  ctx: ZorgContext,
  school: ZorgSchool,
  c: {
    pupilId: string;
    by: Verzorger | undefined;
    scope: ToestemmingScope;
    description: string;
    givenOn: string;
    validUntil: string | null;
  },
): void {
  ctx.out.toestemming.push({
    id: ctx.id(),
    leerling_id: c.pupilId,
    school_id: school.schoolId,
    verzorger_id: c.by?.id ?? null,
    scope: c.scope,
    description: c.description,
    given: 1,
    given_on: c.givenOn,
    valid_until: c.validUntil,
    withdrawn_on: null,
    recorded_by: school.ib.id,
    recorded_at: at(c.givenOn, '16:00'),
  });
}

export function setZorgniveau(
  ctx: ZorgContext,
  school: ZorgSchool,
  pupilId: string,
  change: { niveau: number; reason: string; day: string },
): void {
  ctx.out.zorgniveau.push({
    id: ctx.id(),
    leerling_id: pupilId,
    school_id: school.schoolId,
    niveau: change.niveau,
    reason: change.reason,
    set_by: school.ib.id,
    set_at: at(change.day, '16:45'),
  });
}

export interface Extern {
  name: string;
  role: string;
  organisation: string;
}

export interface PupilTalk {
  kind: Exclude<BesprekingKind, 'groepsbespreking'>;
  pupilId: string;
  day: string;
  held: boolean;
  answers: Record<string, string>;
  decision: { code: string; toelichting: string } | null;
  staff: DemoAccount[];
  externs: Extern[];
  verzorgers: Verzorger[];
}

/** A bespreking about one pupil with its participants; returns its id. */
export function addPupilTalk(ctx: ZorgContext, school: ZorgSchool, t: PupilTalk): string {
  const id = ctx.id();
  const made = at(t.held ? t.day : ctx.today, '08:30');
  ctx.out.bespreking.push({
    id,
    school_id: school.schoolId,
    kind: t.kind,
    schooljaar: schooljaarOfDate(t.day),
    periode_id: null,
    groep_id: null,
    leerling_id: t.pupilId,
    planned_on: t.day,
    held_on: t.held ? t.day : null,
    status: t.held ? 'gehouden' : 'gepland',
    answers: JSON.stringify(t.answers),
    decision: t.decision ? JSON.stringify(t.decision) : null,
    snapshot: null,
    version: t.held ? 4 : 1,
    created_by: school.ib.id,
    created_at: made < ctx.iso ? made : ctx.iso,
    updated_by: school.ib.id,
    updated_at: t.held ? at(t.day, '17:00') : made < ctx.iso ? made : ctx.iso,
  });
  const staff = t.staff.filter((p, i) => t.staff.findIndex((q) => q.id === p.id) === i);
  const rows = [
    ...staff.map((s) => ({
      kind: 'medewerker' as const,
      user_id: s.id,
      verzorger_id: null,
      name: s.name,
      role: null,
      organisation: null,
    })),
    ...t.externs.map((e) => ({ kind: 'extern' as const, user_id: null, verzorger_id: null, ...e })),
    ...t.verzorgers.map((v) => ({
      kind: 'verzorger' as const,
      user_id: null,
      verzorger_id: v.id,
      name: v.name,
      role: v.relation,
      organisation: null,
    })),
  ];
  for (const row of rows) ctx.out.bespreking_deelnemer.push({ id: ctx.id(), bespreking_id: id, ...row });
  return id;
}

/** A pupil a groepsbespreking sent on to a leerlingbespreking, on the day it was held. */
export function raisePupil(
  ctx: ZorgContext,
  besprekingId: string,
  pupilId: string,
  reason: string,
  day: string,
): void {
  ctx.out.bespreking_leerling.push({
    id: ctx.id(),
    bespreking_id: besprekingId,
    leerling_id: pupilId,
    reason,
    created_at: at(day, '16:15'),
  });
}

export interface AfspraakSpec {
  text: string;
  owner: DemoAccount;
  deadline: string | null;
  /** The day it was agreed; with `doneOn`, it is gedaan since that day. */
  madeOn: string;
  doneOn?: string;
  besprekingId?: string;
  groepId?: string;
  leerlingId?: string;
  link?: { kind: AfspraakLink; id: string };
}

export function addAfspraak(ctx: ZorgContext, school: ZorgSchool, a: AfspraakSpec): void {
  const made = at(a.madeOn, '17:10');
  const closed = a.doneOn ? at(a.doneOn, '12:00') : null;
  ctx.out.afspraak.push({
    id: ctx.id(),
    school_id: school.schoolId,
    bespreking_id: a.besprekingId ?? null,
    groep_id: a.groepId ?? null,
    leerling_id: a.leerlingId ?? null,
    text: a.text,
    owner_user_id: a.owner.id,
    deadline: a.deadline,
    status: closed ? 'gedaan' : 'open',
    link_kind: a.link?.kind ?? null,
    link_id: a.link?.id ?? null,
    version: closed ? 2 : 1,
    created_by: school.ib.id,
    created_at: made,
    updated_by: closed ? a.owner.id : school.ib.id,
    updated_at: closed ?? made,
    closed_at: closed,
  });
}
