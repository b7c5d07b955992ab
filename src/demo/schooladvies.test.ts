/**
 * The demo's groep-8 cohorts: an advice only for pupils who finished groep 8 at the school, nothing
 * dated after today, a heroverweging only where the toets advised higher than the definitive advice
 * (and then only upward when bijgesteld), the outflow only once the year has ended, and the VO's
 * feedback only on VO years that ended. The rules are the law's order and the domain's ladder, checked
 * on the generated rows with their own definitions.
 */
import { describe, expect, it } from 'vitest';
import { ADVICE_CODES } from '../domain/vo-advies';
import { generateDemo } from './generator';

const rank = (code: string | null | undefined) => ADVICE_CODES.indexOf(code as (typeof ADVICE_CODES)[number]);

describe.each(['2026-12-03', '2027-03-20', '2027-08-15'])('the demo’s schooladvies on %s', (today) => {
  const data = generateDemo({ seed: 2026, schools: 2, years: 3, now: new Date(`${today}T10:00:00Z`) });
  const years = new Map(data.schooljaar.map((y) => [y.id, y]));
  const groups = new Map(data.groep.map((g) => [g.id, g]));
  /** school|schooljaar|pupil of everyone who stayed in groep 8 to the end of that year. */
  const finishedGroep8 = new Set(
    data.plaatsing.flatMap((p) => {
      const group = groups.get(p.groep_id);
      const year = group ? years.get(group.schooljaar_id) : undefined;
      if (p.jaargroep !== '8' || !group || !year || (p.end_date && p.end_date < year.end_date)) return [];
      return [`${group.school_id}|${year.name}|${p.leerling_id}`];
    }),
  );

  it('gives advice only to pupils who stayed in groep 8, most of them, once per cohort', () => {
    const keys = data.advies.schooladvies.map((a) => `${a.school_id}|${a.schooljaar}|${a.leerling_id}`);
    expect(keys.every((k) => finishedGroep8.has(k))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(40);
  });

  it('dates nothing after today and keeps the year’s order: voorlopig, definitief, heroverweging', () => {
    for (const a of data.advies.schooladvies) {
      for (const d of [a.voorlopig_op, a.definitief_op, a.heroverweging_op])
        if (d) expect(d <= today).toBe(true);
      if (a.definitief_op) expect((a.voorlopig_op ?? '') < a.definitief_op).toBe(true);
      if (a.heroverweging_op) expect((a.definitief_op ?? '9') < a.heroverweging_op).toBe(true);
    }
  });

  it('reconsiders only where the toets advised higher, and only raises', () => {
    for (const a of data.advies.schooladvies) {
      if (a.heroverweging) expect(rank(a.toets_advies)).toBeGreaterThan(rank(a.definitief_advies));
      if (a.heroverweging === 'bijgesteld')
        expect(rank(a.heroverwogen_advies)).toBeGreaterThan(rank(a.definitief_advies));
      else expect(a.heroverwogen_advies).toBeNull();
    }
  });

  it('records the outflow once the year ended, and VO feedback only for VO years that ended', () => {
    const yearEnd = new Map(data.schooljaar.map((y) => [`${y.school_id}|${y.name}`, y.end_date]));
    for (const a of data.advies.schooladvies) {
      const ended = (yearEnd.get(`${a.school_id}|${a.schooljaar}`) ?? '9') <= today;
      expect(a.uitstroom_niveau !== null).toBe(ended);
    }
    for (const v of data.advies.vo_terugkoppeling) {
      const start = Number(v.cohort.slice(0, 4));
      expect(`${start + 1 + v.leerjaar}-07-01` <= today).toBe(true);
      expect(finishedGroep8.has(`${v.school_id}|${v.cohort}|${v.leerling_id}`)).toBe(true);
    }
  });
});
