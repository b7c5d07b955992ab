/**
 * What the HGW steps of the demo share: the rows they make (groepsplannen with their history, the
 * steps a teacher ticks off, groepsoverzicht rows, observations, the June teambespreking), their own
 * seeded source, and per group and period the facts the texts rest on.
 */
import type { Insertable } from 'kysely';
import type {
  CyclusStapTable,
  GroepsoverzichtGroepTable,
  GroepsoverzichtRijTable,
  GroepsplanTable,
  GroepsplanVersieTable,
  GroepTable,
  ObservatieTable,
  TeambesprekingTable,
} from '../server/db/schema';
import type { DemoAccount, DemoData } from './generator';
import type { Random } from './random';
import type { DemoIndex } from './zorg-context';
import type { Kind, Meetpunt } from './zorg-figures';

export interface HgwDemo {
  groepsplan: Insertable<GroepsplanTable>[];
  groepsplan_versie: Insertable<GroepsplanVersieTable>[];
  cyclus_stap: Insertable<CyclusStapTable>[];
  groepsoverzicht_rij: Insertable<GroepsoverzichtRijTable>[];
  /** The group section of the groepsoverzicht (hgw-gedrag.ts). */
  groepsoverzicht_groep: Insertable<GroepsoverzichtGroepTable>[];
  observatie: Insertable<ObservatieTable>[];
  teambespreking: Insertable<TeambesprekingTable>[];
}

export function emptyHgw(): HgwDemo {
  return {
    groepsplan: [],
    groepsplan_versie: [],
    cyclus_stap: [],
    groepsoverzicht_rij: [],
    groepsoverzicht_groep: [],
    observatie: [],
    teambespreking: [],
  };
}

export interface HgwContext {
  data: DemoData;
  out: HgwDemo;
  idx: DemoIndex;
  rng: Random;
  id: () => string;
  /** Today, YYYY-MM-DD, and now as ISO text. */
  today: string;
  iso: string;
}

/** A period of the school's jaarplanning, with the meetpunt that starts it and the one that closes it. */
export interface HgwPeriod {
  id: string;
  schooljaar: string;
  volgnummer: number;
  start: string;
  end: string;
  closing: Kind;
  /** The results a plan of this period starts from: the previous period's closing toetsen. */
  startMeetpunt: Meetpunt;
  closingMeetpunt: Meetpunt;
}

/** A stamgroep in a period, with the login that does its paperwork. */
export interface HgwGroup {
  group: Insertable<GroepTable>;
  schoolIndex: number;
  /** The group's teacher when they have a login, else the school's IB. */
  author: DemoAccount;
  /** Pupils placed in the group on `day`. */
  pupilsOn(day: string): string[];
  /** The day the group took the toetsen of a meetpunt (its latest result then), or null. */
  testedOn(m: Meetpunt): string | null;
}

/** An hour of the day as ISO text, for created_at and friends. */
export const at = (day: string, time: string) => `${day}T${time}:00.000Z`;

/** A goal id in the form the app gives one (the tail of a UUIDv7). */
export const goalId = (ctx: HgwContext) => ctx.id().slice(-12);
