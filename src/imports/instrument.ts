/**
 * What an LVS instrument is, as the catalog describes it. Its own module, so the catalog and its list
 * of instruments both depend on it and not on each other.
 */
import type { Vak } from '../shared/vakken';

/** How a toets's scores compare: an ability scale ('vaardigheid') or ordered levels only (AVI). */
export type ScaleKind = 'vaardigheid' | 'ordinaal';

export type Generation = 'cito-lovs' | 'cito-3.0' | 'cito-lib' | 'iep' | 'boom';
type LevelSystem = 'I-V' | 'A-E' | 'REF' | 'AVI';

export interface Instrument {
  code: string;
  vak: Vak;
  name: string;
  publisher: 'Cito' | 'Bureau ICE' | 'Boom';
  /** Product line: 'Cito LOVS', 'Cito LOVS 3.0', 'Leerling in Beeld', 'IEP LVS', 'Boom LVS'. */
  generation: string;
  /** Short version label stored with every result ('2.0', '3.0', 'LiB', …). */
  version: string;
  scaleKey: string;
  scaleKind: ScaleKind;
  levelSystem: LevelSystem | null;
  /** Continuously normed: the afnamedatum is the moment. */
  continuous: boolean;
  /** The moments results may carry ('M3' … 'E8'), or 'datum' for continuously normed tests. */
  moments: readonly string[] | 'datum';
  /** Export names that identify this instrument on their own. */
  synonyms: readonly string[];
  /** Names of the subject alone; they identify the instrument together with a generation marker. */
  subjects: readonly string[];
  /** Which generation markers ("3.0", "LiB", "IEP", "Cito") fit this instrument. */
  generations: readonly Generation[];
  /**
   * Where the publisher documents what a score can be: a result outside is refused with this range in
   * the message. Without one, the general bounds of the results import apply.
   */
  ranges?: Partial<Record<RangedScore, ScoreRange>>;
  assumptions?: readonly string[];
}

export type RangedScore = 'vaardigheidsscore' | 'ruweScore';

/** Inclusive bounds; max null: no upper bound is documented. */
export interface ScoreRange {
  min: number;
  max: number | null;
}
