/**
 * The demo's ZIEN!: every row held against the SEO catalog (instrument, list, scale) and read back
 * through the SEO import's row reader as a school's export would hold it; bands and signals
 * worked out here from the percentile by the lines the module documents, and who was scored worked out
 * from the placements: every pupil of groep 1–8 on the teachers' list twice a year, groep 5–8 on the
 * pupils' list each November, nothing after today, the same data for the same seed.
 */
import { describe, expect, it } from 'vitest';
import { schooljaarOfDate } from '../domain/schooljaar';
import { seoInstrumentByCode } from '../imports/seo/catalog';
import { SeoRowReader } from '../imports/seo/read-rows';
import { generateDemo, type DemoData } from './generator';

const OPTIONS = { seed: 2026, schools: 2, years: 3 };
const demoOn = (day: string) => generateDemo({ ...OPTIONS, now: new Date(`${day}T10:00:00Z`) });

type Row = DemoData['seo'][number];

/** Pupils of the school placed in one of the jaargroepen on the day, from that year's groups. */
function placedOn(
  data: DemoData,
  schoolId: string,
  day: string,
  jaargroepen: readonly string[],
): Set<string> {
  const year = data.schooljaar.find((y) => y.school_id === schoolId && y.name === schooljaarOfDate(day));
  const groups = new Set(data.groep.filter((g) => g.schooljaar_id === year?.id).map((g) => g.id));
  return new Set(
    data.plaatsing
      .filter(
        (p) =>
          groups.has(p.groep_id) &&
          jaargroepen.includes(p.jaargroep) &&
          p.start_date <= day &&
          (p.end_date === null || p.end_date === undefined || p.end_date >= day),
      )
      .map((p) => p.leerling_id),
  );
}

describe('the demo’s ZIEN! on 2026-11-28', () => {
  const data = demoOn('2026-11-28');
  const rows = data.seo;
  const zien = seoInstrumentByCode('zien');

  it('holds only ZIEN! rows on the catalog’s lists and scales, with the list each scale belongs to', () => {
    expect(zien).not.toBeNull();
    expect(rows.length).toBeGreaterThan(1000);
    for (const r of rows) {
      expect(r.instrument).toBe('zien');
      expect(zien?.lists).toContain(r.lijst);
      const scale = zien?.scales.find((s) => s.code === r.schaal);
      expect(scale?.lists).toContain(r.lijst);
    }
    const teacherScales = new Set(rows.filter((r) => r.lijst === 'leerkracht').map((r) => r.schaal));
    expect([...teacherScales].sort()).toEqual(
      [
        'betrokkenheid',
        'welbevinden',
        'sociaal-initiatief',
        'sociale-flexibiliteit',
        'sociale-autonomie',
        'impulsbeheersing',
        'inlevingsvermogen',
      ].sort(),
    );
    const pupilScales = new Set(rows.filter((r) => r.lijst === 'leerling').map((r) => r.schaal));
    expect([...pupilScales].sort()).toEqual(['veiligheidsbeleving', 'welbevinden']);
  });

  it('gives each percentile its band (under 25 laag, over 75 hoog) and a signal only under 10 on the core scales', () => {
    for (const r of rows) {
      const p = r.percentiel ?? NaN;
      expect(Number.isInteger(p) && p >= 1 && p <= 99).toBe(true);
      expect(r.band).toBe(p < 25 ? 'laag' : p > 75 ? 'hoog' : 'gemiddeld');
      const core = ['betrokkenheid', 'welbevinden', 'veiligheidsbeleving'].includes(r.schaal);
      expect(r.signaal).toBe(!core || p >= 10 ? null : p < 4 ? 'zorg' : 'aandacht');
      expect(r.schooljaar).toBe(schooljaarOfDate(r.afnamedatum));
      expect(r.afnamedatum <= '2026-11-28').toBe(true);
    }
  });

  it('reads back through the SEO import’s row reader as a long export, every score unchanged', () => {
    const schoolA = data.summary.schoolIds[0];
    const own = rows.filter((r) => r.school_id === schoolA);
    const byKey = new Map(data.leerling.map((l) => [l.las_key, l.id]));
    const keyOf = new Map(data.leerling.map((l) => [l.id, l.las_key]));
    const reader = new SeoRowReader({
      headers: ['Leerlingnummer', 'Datum', 'Lijst', 'Schaal', 'Percentiel', 'Signaal'],
      mapping: { leerlingKey: 0, afnamedatum: 1, lijst: 2, schaal: 3, percentiel: 4, signaal: 5 },
      scaleColumns: [],
      constants: { instrument: 'ZIEN!' },
      pupilOf: (key) => byKey.get(key) ?? { code: 'seo.leerling', one: `onbekende leerling '${key}'.` },
    });
    own.forEach((r, i) =>
      reader.read(i + 2, [
        keyOf.get(r.leerling_id) ?? '',
        r.afnamedatum.split('-').reverse().join('-'),
        r.lijst,
        r.schaal,
        String(r.percentiel),
        r.signaal ?? '',
      ]),
    );
    expect(reader.finish()).toEqual([]);
    expect(
      reader.scores.map((s) => [
        s.leerlingId,
        s.instrument,
        s.lijst,
        s.schaal,
        s.afnamedatum,
        s.schooljaar,
        s.percentiel,
        s.band,
        s.signaal,
      ]),
    ).toEqual(
      own.map((r) => [
        r.leerling_id,
        'zien',
        r.lijst,
        r.schaal,
        r.afnamedatum,
        r.schooljaar,
        r.percentiel,
        r.band,
        r.signaal,
      ]),
    );
  });

  it('looks like a school: most scores gemiddeld, fewer laag than hoog, a few pupils with a signal', () => {
    const share = (band: string) => rows.filter((r) => r.band === band).length / rows.length;
    expect(share('gemiddeld')).toBeGreaterThan(0.45);
    expect(share('laag')).toBeGreaterThan(0.1);
    expect(share('laag')).toBeLessThan(share('hoog'));
    const current = rows.filter((r) => r.schooljaar === '2026-2027');
    const pupils = new Set(current.map((r) => r.leerling_id));
    const signalled = new Set(current.filter((r) => r.signaal !== null).map((r) => r.leerling_id));
    expect(signalled.size).toBeGreaterThan(0.03 * pupils.size);
    expect(signalled.size).toBeLessThan(0.2 * pupils.size);
    expect(current.some((r) => r.signaal === 'zorg')).toBe(true);
  });

  it('scores every pupil placed on the date once per scale: groep 1–8 by the teacher, groep 5–8 themselves', () => {
    const rounds = new Map<string, Row[]>();
    for (const r of rows) {
      const key = `${r.school_id}|${r.lijst}|${r.afnamedatum}`;
      rounds.set(key, [...(rounds.get(key) ?? []), r]);
    }
    let checked = 0;
    for (const [key, list] of rounds) {
      const [schoolId = '', lijst, day = ''] = key.split('|');
      const jaargroepen =
        lijst === 'leerling' ? ['5', '6', '7', '8'] : ['1', '2', '3', '4', '5', '6', '7', '8'];
      const placed = placedOn(data, schoolId, day, jaargroepen);
      const scales = lijst === 'leerling' ? 2 : 7;
      for (const id of new Set(list.map((r) => r.leerling_id))) {
        expect(placed.has(id)).toBe(true);
        expect(list.filter((r) => r.leerling_id === id)).toHaveLength(scales);
      }
      checked += list.length;
    }
    expect(checked).toBe(rows.length);
    // Each school's round is spread over days per group: together they score every placed pupil.
    for (const schoolId of data.summary.schoolIds) {
      const novemberTeacher = rows.filter(
        (r) => r.school_id === schoolId && r.lijst === 'leerkracht' && r.afnamedatum.startsWith('2026-11'),
      );
      const scored = new Set(novemberTeacher.map((r) => r.leerling_id));
      expect(scored.size).toBe(
        placedOn(data, schoolId, '2026-11-13', ['1', '2', '3', '4', '5', '6', '7', '8']).size,
      );
    }
  });

  it('has two teachers’ rounds (November, April) and one pupils’ round (November) a year, April only in the past', () => {
    const rounds = [
      ...new Set(rows.map((r) => `${r.schooljaar} ${r.lijst} ${r.afnamedatum.slice(5, 7)}`)),
    ].sort();
    expect(rounds).toEqual([
      '2023-2024 leerkracht 04',
      '2023-2024 leerkracht 11',
      '2023-2024 leerling 11',
      '2024-2025 leerkracht 04',
      '2024-2025 leerkracht 11',
      '2024-2025 leerling 11',
      '2025-2026 leerkracht 04',
      '2025-2026 leerkracht 11',
      '2025-2026 leerling 11',
      '2026-2027 leerkracht 11',
      '2026-2027 leerling 11',
    ]);
  });
});

describe('the demo’s ZIEN! over time and seeds', () => {
  /** What a score says, without what carries the day it was made: the pupil by key, the date. */
  const contentOf = (data: DemoData) => {
    const keys = new Map(data.leerling.map((l) => [l.id, l.las_key]));
    return (r: Row) =>
      `${keys.get(r.leerling_id)}|${r.lijst}|${r.schaal}|${r.afnamedatum}|${r.percentiel}|${r.signaal}`;
  };

  it('is the same for the same seed and day', () => {
    expect(demoOn('2026-11-28').seo).toEqual(demoOn('2026-11-28').seo);
  });

  it('holds nothing after today, and a later day adds rounds without changing those before', () => {
    const early = demoOn('2026-11-05');
    const late = demoOn('2026-11-28');
    for (const r of early.seo) expect(r.afnamedatum <= '2026-11-05').toBe(true);
    const later = new Set(late.seo.map(contentOf(late)));
    const earlier = early.seo.map(contentOf(early));
    expect(earlier.some((c) => c.includes('|2026-11-'))).toBe(true);
    for (const c of earlier) expect(later.has(c)).toBe(true);
    expect(late.seo.length).toBeGreaterThan(early.seo.length);
  });
});
