/**
 * Beyond the toets vakken: the groepsoverzicht's group section for every group and period whose
 * overview the demo filled (so the one group behind in the running period shows last period's section
 * carried over), and one plan for sociaal-emotioneel in the running period, in Groep 6 of the first
 * school: goals as observable behaviour and as a ZIEN! target, with observations that are its evidence.
 *
 * It only adds rows, after the rest of the HGW cycle, from its own seeded source: every earlier row of
 * the demo stays the same to the byte.
 */
import type { PlanContent } from '../server/features/plans/plans.schema';
import type { DemoData } from './generator';
import { GROEP_VRAAGT, GROEPSFACTOREN, LEERKRACHT_BEHOEFTEN, SEO_PLAN } from './hgw-gedrag-texts';
import { at } from './hgw-context';
import { Random } from './random';
import { indexDemo } from './zorg-context';
import { addDays, schoolDayAfter } from './zorg-dates';

interface Ctx {
  data: DemoData;
  rng: Random;
  id: () => string;
  today: string;
}

/** A section for every group and period the demo wrote a groepsoverzicht for, saved on its last row's day. */
function addGroupSections(ctx: Ctx): void {
  const latest = new Map<string, { groep: string; periode: string; by: string; at: string }>();
  for (const r of ctx.data.hgw.groepsoverzicht_rij) {
    const key = `${r.groep_id}|${r.periode_id}`;
    const seen = latest.get(key);
    if (!seen || r.updated_at > seen.at)
      latest.set(key, { groep: r.groep_id, periode: r.periode_id, by: r.updated_by, at: r.updated_at });
  }
  for (const s of [...latest.values()].sort(
    (a, b) => a.at.localeCompare(b.at) || a.groep.localeCompare(b.groep),
  ))
    ctx.data.hgw.groepsoverzicht_groep.push({
      id: ctx.id(),
      groep_id: s.groep,
      periode_id: s.periode,
      groep_vraagt: ctx.rng.pick(GROEP_VRAAGT),
      groepsfactoren: ctx.rng.pick(GROEPSFACTOREN),
      leerkracht_behoeften: ctx.rng.pick(LEERKRACHT_BEHOEFTEN),
      version: ctx.rng.int(1, 4),
      updated_by: s.by,
      updated_at: s.at,
    });
}

const goalId = (ctx: Ctx) => ctx.id().slice(-12);

/** The running period's plan for sociaal-emotioneel in Groep 6 of the first school, with its evidence. */
function addSeoPlan(ctx: Ctx): void {
  const { data } = ctx;
  const schoolId = data.summary.schoolIds[0];
  const idx = indexDemo(data);
  const periode = data.zorg.periode
    .filter((p) => p.school_id === schoolId && p.start_date <= ctx.today)
    .sort((a, b) => a.start_date.localeCompare(b.start_date))
    .at(-1);
  if (!periode) return;
  const group = data.groep.find(
    (g) =>
      g.school_id === schoolId && g.name === 'Groep 6' && idx.yearOfGroup.get(g.id) === periode.schooljaar,
  );
  const author = data.accounts.find((a) => a.schoolIndex === 0 && a.role === 'ib');
  const made = schoolDayAfter(addDays(periode.start_date, 40));
  if (!group || !author || made >= ctx.today) return;
  const pupils = data.plaatsing
    .filter(
      (p) => p.groep_id === group.id && p.start_date <= made && (p.end_date == null || p.end_date >= made),
    )
    .map((p) => p.leerling_id);
  if (pupils.length < 6) return;
  // Pupils with an observation this year keep it as their latest (the concern signals rest on it).
  const observed = new Set(
    data.hgw.observatie.filter((o) => o.schooljaar === periode.schooljaar).map((o) => o.leerling_id),
  );
  const extra = pupils
    .filter((p) => !observed.has(p))
    .map((p) => ({ p, key: ctx.rng.next() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, 3)
    .map((x) => x.p);
  const rest = pupils.filter((p) => !extra.includes(p));
  const [groepGoal, extraGoal, zienGoal] = [goalId(ctx), goalId(ctx), goalId(ctx)];
  const content: PlanContent = {
    basisdoel: SEO_PLAN.basisdoel,
    basisdoelen: [
      {
        id: zienGoal,
        kind: 'instrument',
        instrument: 'zien',
        schaal: 'betrokkenheid',
        band: 'gemiddeld',
        percentiel: null,
      },
    ],
    subgroepen: [
      {
        key: 'groep',
        naam: 'Hele groep',
        leerlingen: rest,
        doelen: [{ id: groepGoal, kind: 'gedrag', ...SEO_PLAN.groepGoal }],
        aanbod: 'Kanjertraining, één les per week.',
        aanpak: SEO_PLAN.groepAanpak,
        organisatie: 'In de lessen coöperatief leren, dinsdag en donderdag.',
        minutenPerWeek: 45,
      },
      {
        key: 'extra',
        naam: 'Extra begeleiding',
        leerlingen: extra,
        doelen: [{ id: extraGoal, kind: 'gedrag', ...SEO_PLAN.extraGoal }],
        aanbod: '',
        aanpak: SEO_PLAN.extraAanpak,
        organisatie: 'Dagelijks een kort gesprekje met de leerkracht.',
        minutenPerWeek: 25,
      },
    ],
    leerlingdoelen: {},
  };
  const planId = ctx.id();
  const created = at(made, '15:30');
  const recorded = at(schoolDayAfter(addDays(made, 2)), '16:00');
  const version = (n: number, reason: 'aangemaakt' | 'vastgelegd', when: string, c: PlanContent) =>
    data.hgw.groepsplan_versie.push({
      id: ctx.id(),
      plan_id: planId,
      version: n,
      status: 'concept',
      content: JSON.stringify(c),
      evaluation: null,
      saved_by: author.id,
      saved_at: when,
      reden: reason,
    });
  data.hgw.groepsplan.push({
    id: planId,
    groep_id: group.id,
    periode_id: periode.id,
    vak: 'sociaal-emotioneel',
    vorm: 'groepsplan',
    status: 'concept',
    version: 3,
    content: JSON.stringify(content),
    evaluation: null,
    created_by: author.id,
    created_at: created,
    updated_by: author.id,
    updated_at: recorded,
  });
  const bare = {
    ...content,
    basisdoel: '',
    basisdoelen: [],
    subgroepen: content.subgroepen.map((s) => ({ ...s, doelen: [] })),
  };
  version(1, 'aangemaakt', created, bare);
  version(3, 'vastgelegd', recorded, content);
  // The teacher's observations since: the evidence the evaluation will show.
  for (const [i, pupil] of extra.entries()) {
    for (const weeks of [3, 6]) {
      const day = schoolDayAfter(addDays(made, weeks * 7 + i));
      if (day >= ctx.today) continue;
      data.hgw.observatie.push({
        id: ctx.id(),
        leerling_id: pupil,
        schooljaar: periode.schooljaar,
        moment: null,
        aspect: 'sociaal_gedrag',
        waardering: ctx.rng.int(3, 4),
        toelichting: ctx.rng.pick(SEO_PLAN.observations),
        observed_on: day,
        author_user_id: author.id,
        created_at: at(day, '15:15'),
        updated_at: at(day, '15:15'),
      });
    }
  }
}

export function addGedragDemo(data: DemoData, options: { seed: number; now: Date }): void {
  const rng = new Random(options.seed + 23);
  const nowMs = options.now.getTime();
  const ctx: Ctx = { data, rng, id: () => rng.uuid(nowMs), today: options.now.toISOString().slice(0, 10) };
  addGroupSections(ctx);
  addSeoPlan(ctx);
}
