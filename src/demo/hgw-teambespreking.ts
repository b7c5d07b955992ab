/**
 * Last June's teambespreking of each demo school: the team's answers to the three questions of the
 * 1-zorgroute, beside the schooloverzicht as it stood that day (the frozen snapshot the app keeps).
 *
 * The snapshot is made by the same pure functions the server runs when a team freezes one
 * (schooloverzicht/overview-cells.ts: the grid and the referentieniveaus from rows, ambitions and
 * signaleringswaarden; no database, no access check, no clock), fed with the demo's own results up to
 * that day, read the way the server reads them. So what the demo stores is what the app would have
 * stored on that day, in the shape it reads back, and it cannot drift from the live figures as a
 * second copy of those rules would. Only the services (which read the database) are left out.
 */
import { verdictTone } from '../domain/ambitions-verdict';
import { parseMoment } from '../domain/moments';
import { signaleringswaarde2F, SIGNALERINGSWAARDE_1F } from '../domain/referentie';
import { schooljaarStartYear, shiftSchooljaar } from '../domain/schooljaar';
import type { AmbitionResponse } from '../server/features/ambitions/ambitions.schema';
import { gridOf, referentieOf } from '../server/features/schooloverzicht/overview-cells';
import type { OverviewRow } from '../server/features/schooloverzicht/overview-data';
import type { SchooloverzichtResponse } from '../server/features/schooloverzicht/schooloverzicht.schema';
import { isVak, vakNaam } from '../shared/vakken';
import type { DemoAccount } from './generator';
import { at, type HgwContext } from './hgw-context';
import { levelOf } from './zorg-figures';
import { schoolDayBefore } from './zorg-dates';

type Snapshot = Omit<SchooloverzichtResponse, 'abilities' | 'groups'>;

/** The school's results up to `day`, one row per pupil, vak and meetpunt, as the overview reads them. */
function rowsUpTo(ctx: HgwContext, schoolId: string, day: string): OverviewRow[] {
  const ofSchool = new Set(ctx.data.leerling.filter((l) => l.school_id === schoolId).map((l) => l.id));
  const rows: OverviewRow[] = [];
  for (const r of ctx.data.toetsresultaat) {
    const toets = ctx.idx.toets.get(r.toets_id);
    const moment = parseMoment(r.moment);
    if (!ofSchool.has(r.leerling_id) || !toets || !moment || !isVak(toets.vak)) continue;
    if ((r.afnamedatum ?? '') > day) continue;
    const ref = toets.level_system === 'REF';
    const norm = ref
      ? undefined
      : ctx.data.norm_row.find((n) => n.toets_id === r.toets_id && n.moment === r.moment);
    rows.push({
      leerlingId: r.leerling_id,
      schooljaar: r.schooljaar,
      kind: moment.kind,
      jaargroep: moment.jaargroep,
      vak: toets.vak,
      scaleKey: toets.scale_key,
      toetsName: toets.name,
      normMean: norm?.mean ?? null,
      system: ref ? 'REF' : 'I-V',
      level: ref ? ((r.niveau ?? null) as OverviewRow['level']) : levelOf(ctx.idx, r),
      score: r.vaardigheidsscore ?? null,
      // The demo's ambitions ask for levels, never for growth: no figure reads this.
      growthAsExpected: null,
    });
  }
  return rows;
}

/** The school's active ambitions of the schooljaar as the ambitions list gives them. */
function activeAmbitions(ctx: HgwContext, schoolId: string, schooljaar: string): AmbitionResponse[] {
  return ctx.data.ogw.ambitie
    .filter((a) => a.school_id === schoolId && a.schooljaar === schooljaar && a.status === 'actief')
    .map((a) => ({
      id: a.id,
      schooljaar,
      vak: a.vak ?? null,
      jaargroep: a.jaargroep ?? null,
      moment: a.moment ?? null,
      target: JSON.parse(a.target) as AmbitionResponse['target'],
      // Not read by the grid; the ambitions screen works it out itself.
      reference: { kind: 'none', reason: 'onbekend' },
      evaluation: a.evaluation ?? null,
      status: 'actief',
      version: a.version,
      updatedBy: '',
      updatedAt: a.updated_at,
      history: [],
    }));
}

function snapshotOf(ctx: HgwContext, schoolId: string, schooljaar: string, day: string): Snapshot {
  const school = ctx.data.school.find((s) => s.id === schoolId);
  const rows = rowsUpTo(ctx, schoolId, day);
  const active = activeAmbitions(ctx, schoolId, schooljaar);
  const table = ctx.data.ogw.signaleringswaarde.map((s) => ({
    fromSchoolweging: s.from_weging ?? null,
    toSchoolweging: s.to_weging ?? null,
    share: s.share,
  }));
  const waarden = {
    ref1F: SIGNALERINGSWAARDE_1F,
    ref2F: signaleringswaarde2F(school?.schoolweging ?? null, table),
  };
  const schooljaren = ctx.data.schooljaar
    .filter((s) => s.school_id === schoolId && s.name <= schooljaar)
    .map((s) => s.name)
    .sort()
    .reverse();
  const moments = (['B', 'M', 'E'] as const).filter((k) =>
    rows.some((r) => r.schooljaar === schooljaar && r.kind === k),
  );
  return {
    schoolId,
    schoolName: school?.name ?? '',
    schooljaar,
    moment: 'E',
    schooljaren,
    moments,
    ...gridOf(rows, { schooljaar, moment: 'E' }, active, 1),
    referentie: referentieOf(rows, schooljaar, active, waarden, 1),
    words: active.flatMap((a) =>
      a.target.kind === 'woorden' ? [{ id: a.id, text: a.target.text, evaluation: a.evaluation }] : [],
    ),
    minCellSize: 1,
  };
}

const vakWord = (vak: string) => (isVak(vak) ? vakNaam(vak) : vak);
const percent = (share: number | null) => (share === null ? '?' : `${Math.round(share * 100)} %`);

function shareOf(snapshot: Snapshot, cell: { vak: string; jaargroep: number }): number | null {
  const found = snapshot.cells.find((c) => c.vak === cell.vak && c.jaargroep === cell.jaargroep);
  const value = found?.figures[0]?.value;
  return typeof value === 'number' ? value : null;
}

/** The team's answers, from the figures of the day: what was met, what was not, and what changes. */
function answersOf(
  snapshot: Snapshot,
  raised: { vak: string; jaargroep: number; minShare: number } | null,
): { behaald: string; maatregelen: string; ambities: string } {
  const headline = snapshot.cells.map((c) => ({ c, f: c.figures[0] })).filter((x) => x.f?.verdict);
  const named = (xs: typeof headline) =>
    xs.map((x) => `${vakWord(x.c.vak).toLowerCase()} groep ${x.c.jaargroep}`).slice(0, 3);
  const tone = (x: (typeof headline)[number]) => (x.f?.verdict ? verdictTone(x.f.verdict) : 'geen');
  const met = headline.filter((x) => tone(x) === 'behaald');
  const missed = headline.filter((x) => tone(x) === 'niet-behaald');
  const behaald = [
    `Van de ${headline.length} ambities voor het aandeel op III of hoger zijn er ${met.length} behaald en ${missed.length} duidelijk niet; bij de rest valt het binnen de toevalsmarge.`,
    missed.length > 0
      ? `Niet behaald: ${named(missed).join(', ')}. Bij de groepsbesprekingen bleek dat de verlengde instructie daar vaak uitviel door vervanging.`
      : 'Geen enkele ambitie is duidelijk gemist.',
  ].join(' ');
  return {
    behaald,
    maatregelen:
      'Verlengde instructie krijgt een vaste plek in het rooster, ook bij vervanging. Flitsbezoeken van IB en directie richten zich op de instructietafel. Technisch lezen: herhaald lezen met leesouders in groep 4 en 5.',
    ambities: raised
      ? `${vakWord(raised.vak)} groep ${raised.jaargroep} zit ruim boven de ambitie (${percent(shareOf(snapshot, raised))} op III of hoger): het team legt de lat voor volgend schooljaar hoger, op ${percent(raised.minShare)}. De andere ambities blijven staan.`
      : 'De ambities blijven staan; in september kijkt het team er opnieuw naar met de nieuwe groepen.',
  };
}

/** Each school's teambespreking after the latest E toetsen that passed, on a day late in June. */
export function addTeambesprekingen(ctx: HgwContext): void {
  const years = [
    ...new Set(ctx.data.toetsresultaat.filter((r) => r.moment.startsWith('E')).map((r) => r.schooljaar)),
  ].sort();
  ctx.data.summary.schoolIds.forEach((schoolId, s) => {
    const by: DemoAccount | undefined =
      ctx.data.accounts.find((a) => a.schoolIndex === s && a.role === 'schoolleider') ??
      ctx.data.accounts.find((a) => a.schoolIndex === s && a.role === 'ib');
    if (!by) return;
    const day = [...years]
      .reverse()
      .map((y) => ({
        y,
        day: schoolDayBefore(`${schooljaarStartYear(y) + 1}-06-${String(ctx.rng.int(23, 30))}`),
      }))
      .find((x) => x.day < ctx.today);
    if (!day) return;
    const snapshot = snapshotOf(ctx, schoolId, day.y, day.day);
    // The one ambition the demo raises (ogw.ts) was decided here when it belongs to the next year.
    const next = ctx.data.ogw.ambitie.find(
      (a) => a.school_id === schoolId && a.schooljaar === shiftSchooljaar(day.y, 1) && a.version > 1,
    );
    const target = next ? (JSON.parse(next.target) as { minShare?: number }) : null;
    const raised =
      next?.vak && next.jaargroep && target?.minShare !== undefined
        ? { vak: next.vak, jaargroep: next.jaargroep, minShare: target.minShare }
        : null;
    const written = at(day.day, '16:45');
    ctx.out.teambespreking.push({
      id: ctx.id(),
      school_id: schoolId,
      schooljaar: day.y,
      moment: 'E',
      held_on: day.day,
      answers: JSON.stringify(answersOf(snapshot, raised)),
      snapshot: JSON.stringify(snapshot),
      version: 3,
      created_by: by.id,
      created_at: at(day.day, '15:30'),
      updated_by: by.id,
      updated_at: written,
    });
  });
}
