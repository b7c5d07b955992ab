/**
 * The demo's results look like a real school's: the same seed and day give the same data; a later day
 * only adds the toetsen taken since; levels are fifths of the norm group; scores correlate across
 * vakken and from year to year as LVS toetsen do; a few pupils are weak throughout; and every test day
 * that has passed has its results, none to come. Figures are worked out here from the rows and the
 * invented norm tables the demo ships, not with the generator's own model.
 */
import { describe, expect, it } from 'vitest';
import { parseMoment } from '../domain/moments';
import { shiftSchooljaar } from '../domain/schooljaar';
import { VAKKEN, type Vak } from '../shared/vakken';
import { DEFAULT_DEMO, generateDemo, type DemoData } from './generator';

const at = (day: string) => new Date(`${day}T12:00:00.000Z`);
const demo = (day: string, seed: number = DEFAULT_DEMO.seed) =>
  generateDemo({ ...DEFAULT_DEMO, seed, now: at(day), hgw: false });

/** Per result of the four LVS toetsen: pupil (by LAS key), schooljaar, moment, vak, score, level, z. */
function lvsResults(data: DemoData) {
  const lasKey = new Map(data.leerling.map((l) => [l.id, l.las_key]));
  const toets = new Map(data.toets.filter((t) => t.level_system === 'I-V').map((t) => [t.id, t]));
  const norms = new Map(data.norm_row.map((n) => [`${n.toets_id}|${n.moment}`, n]));
  return data.toetsresultaat.flatMap((r) => {
    const t = toets.get(r.toets_id);
    const norm = norms.get(`${r.toets_id}|${r.moment}`);
    const moment = parseMoment(r.moment);
    if (!t || !norm || !moment || r.vaardigheidsscore == null) return [];
    // The spread of the invented norm group from its cut scores: II starts 0.2533 sd above the mean.
    const cuts = JSON.parse(norm.cuts) as { II: number; III: number };
    const sd = (cuts.II - cuts.III) / (2 * 0.2533);
    return [
      {
        pupil: lasKey.get(r.leerling_id) ?? '',
        schooljaar: r.schooljaar,
        kind: moment.kind,
        jaargroep: moment.jaargroep,
        vak: t.vak as Vak,
        date: r.afnamedatum ?? '',
        score: r.vaardigheidsscore,
        level: r.niveau,
        z: (r.vaardigheidsscore - (norm.mean ?? 0)) / sd,
      },
    ];
  });
}

function correlation(pairs: readonly [number, number][]): number {
  const n = pairs.length;
  const mx = pairs.reduce((s, p) => s + p[0], 0) / n;
  const my = pairs.reduce((s, p) => s + p[1], 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('the demo’s results', () => {
  const data = demo('2026-11-28');
  const results = lvsResults(data);
  const zOf = new Map(results.map((r) => [`${r.pupil}|${r.schooljaar}|${r.kind}|${r.vak}`, r.z]));

  it('are the same for the same seed and day, and others for another seed', () => {
    expect(demo('2026-11-28')).toEqual(data);
    const other = lvsResults(demo('2026-11-28', DEFAULT_DEMO.seed + 1)).map((r) => r.score);
    expect(other).not.toEqual(results.map((r) => r.score));
  });

  it('only grow with the days: a later day keeps every earlier result and adds the toetsen taken since', () => {
    const key = (r: (typeof results)[number]) => `${r.pupil}|${r.schooljaar}|${r.kind}|${r.vak}`;
    const earlier = lvsResults(demo('2026-09-20'));
    const later = lvsResults(demo('2027-01-31'));
    const laterByKey = new Map(later.map((r) => [key(r), r]));
    for (const r of [...earlier, ...results]) expect(laterByKey.get(key(r))).toEqual(r);
    const known = new Set(results.map(key));
    const added = later.filter((r) => !known.has(key(r)));
    expect(added.length).toBeGreaterThan(500);
    expect(new Set(added.map((r) => `${r.schooljaar} ${r.kind}`))).toEqual(new Set(['2026-2027 M']));
  });

  it('put about a fifth of the results at each level, per vak', () => {
    for (const vak of VAKKEN) {
      const levels = results.filter((r) => r.vak === vak && r.level !== null).map((r) => r.level);
      for (const level of ['I', 'II', 'III', 'IV', 'V']) {
        const share = levels.filter((l) => l === level).length / levels.length;
        expect(share, `${vak} ${level}`).toBeGreaterThan(0.14);
        expect(share, `${vak} ${level}`).toBeLessThan(0.27);
      }
    }
  });

  it('correlate 0.55–0.8 across vakken at one sitting and 0.7–0.9 from one year to the next', () => {
    for (const [i, a] of VAKKEN.entries()) {
      for (const b of VAKKEN.slice(i + 1)) {
        const pairs = results.flatMap((r): [number, number][] => {
          const other = r.vak === a ? zOf.get(`${r.pupil}|${r.schooljaar}|${r.kind}|${b}`) : undefined;
          return other === undefined ? [] : [[r.z, other]];
        });
        expect(pairs.length).toBeGreaterThan(800);
        const r = correlation(pairs);
        expect(r, `${a} × ${b}`).toBeGreaterThan(0.55);
        expect(r, `${a} × ${b}`).toBeLessThan(0.8);
      }
    }
    for (const vak of VAKKEN) {
      const pairs = results.flatMap((r): [number, number][] => {
        const next = zOf.get(`${r.pupil}|${shiftSchooljaar(r.schooljaar, 1)}|${r.kind}|${vak}`);
        return r.vak === vak && next !== undefined ? [[r.z, next]] : [];
      });
      expect(pairs.length).toBeGreaterThan(400);
      const r = correlation(pairs);
      expect(r, vak).toBeGreaterThan(0.7);
      expect(r, vak).toBeLessThan(0.9);
    }
  });

  it('hold a few pupils who are at V every time in a vak, and pupils who drop two levels or more', () => {
    const rank = (level: string | null | undefined) => ['I', 'II', 'III', 'IV', 'V'].indexOf(level ?? '');
    let drops = 0;
    for (const vak of VAKKEN) {
      const series = new Map<string, (typeof results)[number][]>();
      for (const r of results.filter((x) => x.vak === vak && x.level !== null))
        series.set(r.pupil, [...(series.get(r.pupil) ?? []), r]);
      const long = [...series.values()].filter((s) => s.length >= 4);
      const alwaysV = long.filter((s) => s.every((r) => r.level === 'V')).length / long.length;
      expect(alwaysV, vak).toBeGreaterThan(0.02);
      expect(alwaysV, vak).toBeLessThan(0.1);
      drops += long.filter((s) => {
        const sorted = [...s].sort((x, y) => x.date.localeCompare(y.date));
        return sorted.some((r, i) => i > 0 && rank(r.level) - rank(sorted[i - 1]?.level ?? null) >= 2);
      }).length;
    }
    expect(drops).toBeGreaterThan(0);
  });

  it('exist for every group day that has passed, and none lies after today', () => {
    const today = '2027-01-25';
    const mid = demo(today);
    const all = lvsResults(mid);
    expect(all.every((r) => r.date <= today)).toBe(true);
    const lasKey = new Map(mid.leerling.map((l) => [l.id, l.las_key]));
    const placed = new Set(mid.plaatsing.map((p) => `${lasKey.get(p.leerling_id) ?? ''}|${p.groep_id}`));
    for (const group of mid.groep) {
      const year = mid.schooljaar.find((s) => s.id === group.schooljaar_id)?.name ?? '';
      const pupils = mid.plaatsing.filter((p) => p.groep_id === group.id && Number(p.jaargroep) >= 3);
      if (pupils.length === 0) continue;
      for (const kind of ['M', 'E'] as const) {
        const dates = all
          .filter((r) => r.schooljaar === year && r.kind === kind && placed.has(`${r.pupil}|${group.id}`))
          .map((r) => r.date);
        const end = Number(year.slice(5));
        // Every group tests between 19 and 31 January (M) and 1 and 14 June (E).
        const first = kind === 'M' ? `${end}-01-19` : `${end}-06-01`;
        const last = kind === 'M' ? `${end}-01-31` : `${end}-06-14`;
        if (last < today)
          expect(dates.length, `${group.name} ${year} ${kind}`).toBeGreaterThan(pupils.length * 2);
        if (first > today) expect(dates, `${group.name} ${year} ${kind}`).toEqual([]);
        // One test day per group and moment.
        expect(new Set(dates).size).toBeLessThanOrEqual(1);
      }
    }
  });
});
