/**
 * INVENTED norms for the invented demo tests. They look like an LVS's ability scales (rising means,
 * five levels of 20 % each) but belong to no publisher and must never be used for real pupils.
 */
import type { Vak } from '../shared/vakken';

export const DEMO_NORMS_LABEL =
  'Verzonnen normen voor de demo: van geen enkele uitgever, niet voor echte leerlingen';
export const DEMO_PUBLISHER = 'Demo-LVS (verzonnen)';

export interface DemoToets {
  code: string;
  vak: Vak;
  name: string;
  version: string;
  scaleKey: string;
}

export const DEMO_TOETSEN: readonly DemoToets[] = [
  {
    code: 'demo-rw',
    vak: 'rekenen-wiskunde',
    name: 'Rekenen-Wiskunde (demo)',
    version: '1.0',
    scaleKey: 'demo-rw-1',
  },
  { code: 'demo-sp', vak: 'spelling', name: 'Spelling (demo)', version: '1.0', scaleKey: 'demo-sp-1' },
  {
    code: 'demo-bl',
    vak: 'begrijpend-lezen',
    name: 'Begrijpend lezen (demo)',
    version: '1.0',
    scaleKey: 'demo-bl-1',
  },
  {
    code: 'demo-tl',
    vak: 'technisch-lezen',
    name: 'Technisch lezen (demo)',
    version: '1.0',
    scaleKey: 'demo-tl-1',
  },
];

/** Start level and yearly growth per vak, with growth slowing in the upper groups as real scales do. */
const SCALE: Record<Vak, { start: number; growth: number; sd: number }> = {
  'rekenen-wiskunde': { start: 25, growth: 22, sd: 12 },
  spelling: { start: 100, growth: 12, sd: 8 },
  'begrijpend-lezen': { start: 10, growth: 14, sd: 11 },
  'technisch-lezen': { start: 20, growth: 18, sd: 9 },
};

/** Years of education since the start of groep 3 at a moment: M3 = 0.45, E3 = 0.85, M4 = 1.45 … */
export function educationYears(kind: 'M' | 'E', jaargroep: number): number {
  return jaargroep - 3 + (kind === 'M' ? 0.45 : 0.85);
}

/** The mean score after `years` of education since the start of groep 3. */
export function demoMeanAt(vak: Vak, years: number): number {
  const s = SCALE[vak];
  // Concave growth: about `growth` points in the first year, less later on.
  return Math.round((s.start + s.growth * 2.2 * Math.log1p(years / 1.2)) * 10) / 10;
}

export function demoNorm(vak: Vak, kind: 'M' | 'E', jaargroep: number): { mean: number; sd: number } {
  return { mean: demoMeanAt(vak, educationYears(kind, jaargroep)), sd: SCALE[vak].sd };
}

/**
 * Invented DLE conversion: the DL (months of education) at which the average pupil reaches a score,
 * one point per month from DLE 1 to 60, following the same invented mean curve.
 */
export function demoDlePoints(vak: Vak): { minScore: number; dle: number }[] {
  return Array.from({ length: 60 }, (_, i) => ({
    minScore: demoMeanAt(vak, (i + 1) / 10 - 0.05),
    dle: i + 1,
  }));
}

// z-scores that split a normal distribution into five groups of 20 %.
const CUT_Z = { I: 0.8416, II: 0.2533, III: -0.2533, IV: -0.8416 } as const;

/** The lowest score of each level I–IV (V is everything below IV). */
export function demoCutScores(mean: number, sd: number) {
  const cut = (z: number) => Math.round((mean + z * sd) * 10) / 10;
  return { I: cut(CUT_Z.I), II: cut(CUT_Z.II), III: cut(CUT_Z.III), IV: cut(CUT_Z.IV) };
}

export function demoLevel(score: number, mean: number, sd: number): 'I' | 'II' | 'III' | 'IV' | 'V' {
  const cuts = demoCutScores(mean, sd);
  if (score >= cuts.I) return 'I';
  if (score >= cuts.II) return 'II';
  if (score >= cuts.III) return 'III';
  if (score >= cuts.IV) return 'IV';
  return 'V';
}

/**
 * The invented doorstroomtoets of groep 8: referentieniveaus only (<1F, 1F, 2F/1S), taken in February,
 * one toets per domain, reported on the vak it belongs to. `streef` is the ability above which a pupil
 * reaches 2F/1S, set so that the shares look like national ones (lezen high, rekenen lower).
 */
export interface DemoDoorstroomtoets extends DemoToets {
  streef: number;
}
export const DEMO_DOORSTROOMTOETSEN: readonly DemoDoorstroomtoets[] = [
  {
    code: 'demo-dt-rw',
    vak: 'rekenen-wiskunde',
    name: 'Doorstroomtoets rekenen (demo)',
    version: '2024',
    scaleKey: 'demo-dt-rw',
    streef: 0.1,
  },
  {
    code: 'demo-dt-le',
    vak: 'begrijpend-lezen',
    name: 'Doorstroomtoets lezen (demo)',
    version: '2024',
    scaleKey: 'demo-dt-le',
    streef: -0.7,
  },
  {
    code: 'demo-dt-tv',
    vak: 'spelling',
    name: 'Doorstroomtoets taalverzorging (demo)',
    version: '2024',
    scaleKey: 'demo-dt-tv',
    streef: -0.25,
  },
];
/** Below this ability a pupil stays under 1F (about 5 %). */
export const DEMO_BELOW_1F = -1.65;
