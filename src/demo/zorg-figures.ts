/**
 * The figures the IB's texts in the demo rest on, read from the generated results the way the app reads
 * them: the level as the LVS gave it (else from the norms), DL from the start of groep 3 to the test
 * date, DLE from the toets's DLE table. So what the demo's answers say matches what the screens show.
 */
import { didactischeLeeftijd, DEFAULT_DL_CONVENTION } from '../domain/dl';
import { parseMoment } from '../domain/moments';
import { schooljaarStartYear } from '../domain/schooljaar';
import { vakNaam, VAKKEN, type Vak } from '../shared/vakken';
import type { DemoIndex, Pupil, Result } from './zorg-context';
import { demoLevel, demoNorm } from './norms';

export type Level = 'I' | 'II' | 'III' | 'IV' | 'V';
export type Kind = 'M' | 'E';

/** A meetpunt of the demo: a schooljaar and M or E. */
export interface Meetpunt {
  schooljaar: string;
  kind: Kind;
}

export const meetpuntName = (m: Meetpunt) => `${m.kind === 'M' ? 'midden' : 'eind'} ${m.schooljaar}`;

export function sameMeetpunt(r: Result, m: Meetpunt): boolean {
  return r.schooljaar === m.schooljaar && r.moment.startsWith(m.kind);
}

/** Chronological order of meetpunten. */
export function meetpuntOrder(m: Meetpunt): number {
  return schooljaarStartYear(m.schooljaar) * 2 + (m.kind === 'E' ? 1 : 0);
}

/** The vak of a result of one of the four LVS toetsen; null for the doorstroomtoets. */
export function vakOf(idx: DemoIndex, r: Result): Vak | null {
  const toets = idx.toets.get(r.toets_id);
  if (!toets || toets.level_system !== 'I-V') return null;
  return VAKKEN.find((v) => v === toets.vak) ?? null;
}

export function levelOf(idx: DemoIndex, r: Result): Level | null {
  const given = r.niveau;
  if (given === 'I' || given === 'II' || given === 'III' || given === 'IV' || given === 'V') return given;
  const vak = vakOf(idx, r);
  const moment = parseMoment(r.moment);
  if (!vak || !moment || moment.kind === 'B' || r.vaardigheidsscore == null) return null;
  const norm = demoNorm(vak, moment.kind, moment.jaargroep);
  return demoLevel(r.vaardigheidsscore, norm.mean, norm.sd);
}

export const atOrAboveIII = (level: Level | null) => level === 'I' || level === 'II' || level === 'III';

/** The pupil's result per vak at a meetpunt (the four LVS toetsen). */
export function resultsAt(idx: DemoIndex, pupilId: string, m: Meetpunt): Map<Vak, Result> {
  const out = new Map<Vak, Result>();
  for (const r of idx.resultsOfPupil.get(pupilId) ?? []) {
    const vak = vakOf(idx, r);
    if (vak && sameMeetpunt(r, m)) out.set(vak, r);
  }
  return out;
}

/** DL and DLE of a result, as the analysis engine works them out. */
export function dlDle(idx: DemoIndex, pupil: Pupil, r: Result): { dl: number | null; dle: number | null } {
  const dl =
    pupil.groep3_start && r.afnamedatum
      ? didactischeLeeftijd(pupil.groep3_start, r.afnamedatum, DEFAULT_DL_CONVENTION)
      : null;
  const dle = idx.dleOf.get(r.toets_id)?.(r.vaardigheidsscore ?? null) ?? null;
  return { dl, dle };
}

/** Pupils placed in the group when the period closed: the group the teacher had at that meetpunt. */
export function pupilsInGroupOn(idx: DemoIndex, groupId: string, day: string): string[] {
  return (idx.placementsOfGroup.get(groupId) ?? [])
    .filter((p) => p.end_date == null || p.end_date >= day)
    .map((p) => p.leerling_id);
}

/** How worrying a pupil's results at a meetpunt are: levels V and IV count, a low score breaks ties. */
export function concern(idx: DemoIndex, pupilId: string, m: Meetpunt): number {
  let score = 0;
  for (const [vak, r] of resultsAt(idx, pupilId, m)) {
    const level = levelOf(idx, r);
    score += level === 'V' ? 2 : level === 'IV' ? 1 : 0;
    const moment = parseMoment(r.moment);
    if (moment && moment.kind !== 'B' && r.vaardigheidsscore != null) {
      const norm = demoNorm(vak, moment.kind, moment.jaargroep);
      score -= ((r.vaardigheidsscore - norm.mean) / norm.sd) * 0.1;
    }
  }
  return score;
}

/** "rekenen-wiskunde op V, spelling op IV": the weak vakken of a pupil at a meetpunt, in words. */
export function weakVakken(idx: DemoIndex, pupilId: string, m: Meetpunt): { vak: Vak; level: Level }[] {
  return [...resultsAt(idx, pupilId, m)]
    .map(([vak, r]) => ({ vak, level: levelOf(idx, r) }))
    .filter((v): v is { vak: Vak; level: Level } => v.level === 'IV' || v.level === 'V')
    .sort((a, b) =>
      a.level === b.level ? VAKKEN.indexOf(a.vak) - VAKKEN.indexOf(b.vak) : a.level > b.level ? -1 : 1,
    );
}

export function vakLower(vak: Vak): string {
  return vakNaam(vak).toLowerCase();
}

/** "a, b en c". */
export function listNl(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

export const percent = (share: number) => `${Math.round(share * 100)} %`;
