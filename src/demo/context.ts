/** What every step of the demo generator shares: the data so far, the seeded sources and the dates. */
import type { Ability } from './ability';
import type { DemoData } from './generator';
import type { Random } from './random';

export interface DemoContext {
  data: DemoData;
  rng: Random;
  /** An id from `rng`. */
  id: () => string;
  /** The doorstroomtoets's own stream, so the rest of the demo stays as it was without it. */
  refRng: Random;
  refId: () => string;
  iso: string;
  today: string;
  /** Schooljaren with M and E results (the current one up to today). */
  resultYears: string[];
  /** Per vak, the id of its demo toets. */
  toetsIds: Map<string, string>;
  /** Per code, the id of a doorstroomtoets. */
  doorstroomIds: Map<string, string>;
  /** The LAS key of the last pupil made: each new one gets a higher one. */
  lasKeyCounter: number;
}

/** A pupil as the simulation moves them through the years. */
export interface SimPupil {
  id: string;
  jaargroep: number;
  stream: number;
  /** YYYY-MM-DD: the start of groep 3, as on the leerling row. */
  groep3Start: string;
  ability: Ability;
  /** The pupil's own seeded stream: waves, test noise, absences and result ids. */
  rng: Random;
  repeated: boolean;
  left: boolean;
}
