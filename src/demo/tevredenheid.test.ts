/**
 * The demo's satisfaction surveys: what a school would get back from its survey tool, in the form the
 * import reads. Written out as the tool's CSV file, the rows go through the real file reader unchanged;
 * the pupils ask every spring, parents and team every other year; nothing lies after today, and a
 * later today only adds surveys. Counts of pupils are made here from the placements, not by the module.
 */
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../server/features/schooladvies/csv-table';
import { parseSurveyLines, SURVEY_COLUMNS } from '../server/features/tevredenheid/tevredenheid-file';
import { generateDemo, type DemoData } from './generator';

const OPTIONS = { seed: 2026, schools: 2, years: 3 };
const demoOn = (day: string) => generateDemo({ ...OPTIONS, now: new Date(`${day}T10:00:00Z`) });

type Row = DemoData['tevredenheid'][number];
const decimal = (v: number | null | undefined) => (v == null ? '' : String(v).replace('.', ','));
const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** The rows as the tool's export: one line per theme of a survey. */
function csvOf(rows: readonly Row[]): string {
  const lines = rows.map((r) =>
    [
      dutchDate(r.afgenomen_op),
      r.groep,
      r.thema,
      r.n,
      decimal(r.gemiddelde),
      `${r.schaal_min ?? ''}-${r.schaal_max ?? ''}`,
      `${r.positief ?? ''}%`,
      r.instrument ?? '',
    ].join(';'),
  );
  return ['datum;groep;thema;n;gemiddelde;schaal;positief;instrument', ...lines].join('\r\n');
}

/** Pupils in groep 5–8 of the school on the day, from the placements in that year's groups. */
function groep5to8(data: DemoData, schoolId: string, day: string): number {
  const spring = Number(day.slice(0, 4));
  const year = data.schooljaar.find((y) => y.school_id === schoolId && y.name === `${spring - 1}-${spring}`);
  const groups = new Set(data.groep.filter((g) => g.schooljaar_id === year?.id).map((g) => g.id));
  const pupils = data.plaatsing.filter(
    (p) =>
      groups.has(p.groep_id) &&
      ['5', '6', '7', '8'].includes(p.jaargroep) &&
      p.start_date <= day &&
      (p.end_date === null || p.end_date === undefined || p.end_date >= day),
  );
  return new Set(pupils.map((p) => p.leerling_id)).size;
}

describe('the demo’s satisfaction surveys on 2026-11-28', () => {
  const data = demoOn('2026-11-28');
  const rows = data.tevredenheid;
  const surveys = (schoolId: string) =>
    [
      ...new Set(rows.filter((r) => r.school_id === schoolId).map((r) => `${r.groep} ${r.afgenomen_op}`)),
    ].sort();

  it('reads back through the survey file reader with every figure unchanged, one file per school', async () => {
    for (const schoolId of data.summary.schoolIds) {
      const own = rows.filter((r) => r.school_id === schoolId);
      const table = await readCsvTable(csvOf(own), SURVEY_COLUMNS);
      const { lines, problems } = parseSurveyLines(table);
      expect(problems).toEqual([]);
      expect(
        lines.map((l) => [l.afgenomenOp, l.schooljaar, l.groep, l.themaKey, l.n, l.gemiddelde, l.positief]),
      ).toEqual(
        own.map((r) => [r.afgenomen_op, r.schooljaar, r.groep, r.thema_key, r.n, r.gemiddelde, r.positief]),
      );
    }
  });

  it('asks the pupils every spring, parents and team in the even years, for both schools', () => {
    for (const schoolId of data.summary.schoolIds) {
      expect(surveys(schoolId).map((s) => s.replace(/-\d\d-\d\d$/, ''))).toEqual([
        'leerlingen 2024',
        'leerlingen 2025',
        'leerlingen 2026',
        'ouders 2024',
        'ouders 2026',
        'team 2024',
        'team 2026',
      ]);
    }
  });

  it('counts at most the pupils of groep 5–8 as respondents, and most of them', () => {
    const pupils = rows.filter((r) => r.groep === 'leerlingen');
    expect(pupils.length).toBe(2 * 3 * 5);
    for (const r of pupils) {
      const invited = groep5to8(data, r.school_id, r.afgenomen_op);
      expect(r.n).toBeLessThanOrEqual(invited);
      expect(r.n).toBeGreaterThanOrEqual(Math.floor(invited * 0.9) - 1);
    }
  });

  it('keeps means on their scale and shares between 0 and 100', () => {
    for (const r of rows) {
      expect(r.positief).toBeGreaterThanOrEqual(0);
      expect(r.positief).toBeLessThanOrEqual(100);
      expect(r.gemiddelde).toBeGreaterThanOrEqual(r.schaal_min ?? Infinity);
      expect(r.gemiddelde).toBeLessThanOrEqual(r.schaal_max ?? -Infinity);
    }
  });

  it('gives the small school a team of fewer than ten respondents, which the bestuur sees without figures', () => {
    const small = data.summary.schoolIds[1];
    const team = rows.filter((r) => r.school_id === small && r.groep === 'team');
    expect(team.length).toBeGreaterThan(0);
    expect(team.every((r) => r.n < 10)).toBe(true);
  });
});

describe('the demo’s satisfaction surveys over time', () => {
  /** A row without what carries the day it was made (ids hold their moment): the school by its place. */
  const contentOf = (data: DemoData) => (r: Row) => ({
    ...r,
    id: undefined,
    imported_at: undefined,
    imported_by: undefined,
    school_id: data.summary.schoolIds.indexOf(r.school_id),
  });

  it('holds nothing after today, and a later day of the same year adds surveys without changing those before', () => {
    const marchDemo = demoOn('2026-03-20');
    const juneDemo = demoOn('2026-06-30');
    const march = marchDemo.tevredenheid;
    const june = juneDemo.tevredenheid;
    for (const r of march) expect(r.afgenomen_op <= '2026-03-20').toBe(true);
    for (const r of june) expect(r.afgenomen_op <= '2026-06-30').toBe(true);
    expect(june.map(contentOf(juneDemo))).toEqual(expect.arrayContaining(march.map(contentOf(marchDemo))));
    // By 20 March the team (April) has not been asked yet; by June it has, at both schools (4 themes).
    const team2026 = (rows: Row[]) => rows.filter((r) => r.groep === 'team' && r.schooljaar === '2025-2026');
    expect(team2026(march)).toEqual([]);
    expect(team2026(june)).toHaveLength(2 * 4);
  });
});
