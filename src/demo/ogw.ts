/**
 * OGW demo data: each school's ambitions for every schooljaar, set in September (with one ambition of
 * this schooljaar raised after last June's teambespreking, where the results were well above it, so
 * the history shows), and an invented table of 2F/1S signaleringswaarden, clearly labelled: the real
 * table is the Inspectie's and is loaded by the school.
 */
import type { Insertable } from 'kysely';
import type { AmbitieTable, AmbitieWijzigingTable, SignaleringswaardeTable } from '../server/db/schema';
import { parseMoment } from '../domain/moments';
import { isVak, VAKKEN } from '../shared/vakken';
import type { DemoData } from './generator';
import { demoLevel, demoNorm } from './norms';

export const DEMO_SIGNALERINGSWAARDEN_SOURCE =
  'Verzonnen voor de demo: laad voor echt gebruik de tabel van de Inspectie van het Onderwijs.';

/** Different bars per vak, so the demo grid shows met, not met and not distinguishable side by side. */
const DEMO_SHARE: Record<string, number> = {
  'rekenen-wiskunde': 0.5,
  spelling: 0.65,
  'begrijpend-lezen': 0.85,
  'technisch-lezen': 0.45,
};

export interface OgwDemo {
  ambitie: Insertable<AmbitieTable>[];
  ambitie_wijziging: Insertable<AmbitieWijzigingTable>[];
  signaleringswaarde: Insertable<SignaleringswaardeTable>[];
}

interface Context {
  schoolIds: string[];
  schooljaren: string[];
  /** Per school index the account that "decided" the ambitions. */
  authorOf: (schoolIndex: number) => string;
  /** The share at III or higher of a school's jaargroep in a vak at a schooljaar's E; null without. */
  shareAtIII: (cell: {
    schoolId: string;
    schooljaar: string;
    vak: string;
    jaargroep: number;
  }) => number | null;
  id: () => string;
  iso: string;
}

/** A day of the schooljaar as ISO text, never after now (the demo does not know the future). */
function onDay(ctx: Context, schooljaar: string, monthDay: string): string {
  const day = `${Number(schooljaar.slice(0, 4))}-${monthDay}T14:00:00.000Z`;
  return day < ctx.iso ? day : ctx.iso;
}

type Cell = { vak: string | null; jaargroep: number | null; moment: 'M' | 'E' | null };
type AddAmbition = (schooljaar: string, cell: Cell, target: object, reason: string) => void;

/** The share at III or higher each ambition of `DEMO_SHARE` asks for. */
const minShareOf = (vak: string) => DEMO_SHARE[vak] ?? 0.65;

/** An invented table of 2F/1S signaleringswaarden by schoolweging. */
function addSignaleringswaarden(out: OgwDemo, ctx: Context): void {
  const bands: [number | null, number | null, number][] = [
    [null, 28, 0.6],
    [28, 31, 0.55],
    [31, 34, 0.5],
    [34, null, 0.45],
  ];
  for (const [from, to, share] of bands) {
    out.signaleringswaarde.push({
      id: ctx.id(),
      indicator: '2F/1S',
      from_weging: from,
      to_weging: to,
      share,
      source: DEMO_SIGNALERINGSWAARDEN_SOURCE,
      created_at: ctx.iso,
    });
  }
}

/** Adds an ambition of the school with its first history row ("aangemaakt"). */
function ambitionWriter(out: OgwDemo, ctx: Context, schoolId: string, author: string): AddAmbition {
  return (schooljaar, cell, target, reason) => {
    // The team sets the year's ambitions at the start of the schooljaar.
    const set = onDay(ctx, schooljaar, '09-10');
    const row = {
      id: ctx.id(),
      school_id: schoolId,
      schooljaar,
      ...cell,
      kind: (target as { kind: string }).kind,
      target: JSON.stringify(target),
      evaluation: null,
      status: 'actief' as const,
      version: 1,
      created_by: author,
      created_at: set,
      updated_by: author,
      updated_at: set,
    };
    out.ambitie.push(row);
    out.ambitie_wijziging.push({
      id: ctx.id(),
      ambitie_id: row.id,
      version: 1,
      action: 'aangemaakt',
      target: row.target,
      evaluation: null,
      reason,
      decided_by: 'Teambespreking september',
      changed_by: author,
      changed_at: set,
    });
  };
}

/** Per schooljaar: III or higher per jaargroep, vak and moment, a cap on V, and one on teaching. */
function addYearAmbitions(add: AddAmbition, schooljaar: string): void {
  for (let jaargroep = 3; jaargroep <= 8; jaargroep++) {
    for (const vak of VAKKEN) {
      for (const moment of ['M', 'E'] as const) {
        add(
          schooljaar,
          { vak, jaargroep, moment },
          { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: minShareOf(vak) },
          'Ambitie van het team voor het aandeel op III of hoger.',
        );
      }
    }
    add(
      schooljaar,
      { vak: 'rekenen-wiskunde', jaargroep, moment: 'E' },
      { kind: 'atMostLowest', system: 'I-V', maxShare: 0.1 },
      'Niet meer dan één op de tien op niveau V.',
    );
  }
  add(
    schooljaar,
    { vak: null, jaargroep: null, moment: null },
    {
      kind: 'woorden',
      text: 'Elke leerkracht geeft instructie volgens het directe-instructiemodel; bij de flitsbezoeken zien we dat in negen van de tien lessen.',
    },
    'Verbeterpunt uit de teambespreking.',
  );
}

/**
 * The ambition of this schooljaar the team raised at last June's teambespreking: the jaargroep and vak
 * furthest above its bar at last year's E, raised by ten points (at most to 90 %).
 */
function raiseOneAmbition(out: OgwDemo, ctx: Context, schoolId: string, author: string): void {
  const current = ctx.schooljaren.at(-1);
  const last = ctx.schooljaren.at(-2);
  if (!current || !last) return;
  let best: { vak: string; jaargroep: number; margin: number } | null = null;
  for (let jaargroep = 3; jaargroep <= 8; jaargroep++) {
    for (const vak of VAKKEN) {
      const share = ctx.shareAtIII({ schoolId, schooljaar: last, vak, jaargroep });
      const margin = share === null ? null : share - minShareOf(vak);
      if (margin !== null && (!best || margin > best.margin)) best = { vak, jaargroep, margin };
    }
  }
  const raised = out.ambitie.find(
    (a) =>
      a.school_id === schoolId &&
      a.schooljaar === current &&
      a.vak === best?.vak &&
      a.jaargroep === best?.jaargroep &&
      a.moment === 'E' &&
      a.kind === 'atOrAbove',
  );
  if (!raised || !best) return;
  const minShare = Math.min(0.9, Math.round((minShareOf(best.vak) + 0.1) * 100) / 100);
  const target = JSON.stringify({ kind: 'atOrAbove', system: 'I-V', level: 'III', minShare });
  const changed = onDay(ctx, current, '09-24');
  raised.version = 2;
  raised.target = target;
  raised.updated_at = changed;
  out.ambitie_wijziging.push({
    id: ctx.id(),
    ambitie_id: raised.id,
    version: 2,
    action: 'gewijzigd',
    target,
    evaluation: null,
    reason:
      best.margin >= 0.1
        ? 'Vorig schooljaar ruim boven de ambitie: het team legt de lat hoger.'
        : 'Vorig schooljaar boven de ambitie: het team legt de lat iets hoger.',
    decided_by: 'Teambespreking juni',
    changed_by: author,
    changed_at: changed,
  });
}

/** Per school, schooljaar, vak and jaargroep the share at III or higher at E, as the app counts it. */
export function sharesAtIII(data: DemoData): Context['shareAtIII'] {
  const schoolOf = new Map(data.leerling.map((l) => [l.id, l.school_id]));
  const toets = new Map(data.toets.filter((t) => t.level_system === 'I-V').map((t) => [t.id, t.vak]));
  const counts = new Map<string, { n: number; ok: number }>();
  for (const r of data.toetsresultaat) {
    const vak = toets.get(r.toets_id);
    const moment = parseMoment(r.moment);
    if (!vak || !isVak(vak) || moment?.kind !== 'E' || r.vaardigheidsscore == null) continue;
    const norm = demoNorm(vak, 'E', moment.jaargroep);
    const level = r.niveau ?? demoLevel(r.vaardigheidsscore, norm.mean, norm.sd);
    const key = `${schoolOf.get(r.leerling_id) ?? ''}|${r.schooljaar}|${vak}|${moment.jaargroep}`;
    const c = counts.get(key) ?? { n: 0, ok: 0 };
    c.n += 1;
    if (level === 'I' || level === 'II' || level === 'III') c.ok += 1;
    counts.set(key, c);
  }
  return (cell) => {
    const c = counts.get(`${cell.schoolId}|${cell.schooljaar}|${cell.vak}|${cell.jaargroep}`);
    return c && c.n > 0 ? c.ok / c.n : null;
  };
}

export function ogwDemo(ctx: Context): OgwDemo {
  const out: OgwDemo = { ambitie: [], ambitie_wijziging: [], signaleringswaarde: [] };
  addSignaleringswaarden(out, ctx);
  ctx.schoolIds.forEach((schoolId, s) => {
    const author = ctx.authorOf(s);
    const add = ambitionWriter(out, ctx, schoolId, author);
    for (const schooljaar of ctx.schooljaren) addYearAmbitions(add, schooljaar);
    raiseOneAmbition(out, ctx, schoolId, author);
  });
  return out;
}
