/**
 * OGW demo data: each school's ambitions for every schooljaar (with one ambition raised after a
 * teambespreking, so the history shows), and an invented table of 2F/1S signaleringswaarden, clearly
 * labelled: the real table is the Inspectie's and is loaded by the school.
 */
import type { Insertable } from 'kysely';
import type { AmbitieTable, AmbitieWijzigingTable, SignaleringswaardeTable } from '../server/db/schema';
import { VAKKEN } from '../shared/vakken';

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
  id: () => string;
  iso: string;
}

type Cell = { vak: string | null; jaargroep: number | null; moment: 'M' | 'E' | null };
type AddAmbition = (schooljaar: string, cell: Cell, target: object, reason: string) => void;

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
      created_at: ctx.iso,
      updated_by: author,
      updated_at: ctx.iso,
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
      changed_at: ctx.iso,
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
          { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: DEMO_SHARE[vak] ?? 0.65 },
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

/** One ambition raised after the teambespreking, so its history shows the old value and why. */
function raiseOneAmbition(out: OgwDemo, ctx: Context, schoolId: string, author: string): void {
  const raised = out.ambitie.find(
    (a) =>
      a.school_id === schoolId &&
      a.schooljaar === ctx.schooljaren.at(-1) &&
      a.vak === 'spelling' &&
      a.jaargroep === 5 &&
      a.moment === 'E',
  );
  if (!raised) return;
  const target = JSON.stringify({ kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.75 });
  raised.version = 2;
  raised.target = target;
  out.ambitie_wijziging.push({
    id: ctx.id(),
    ambitie_id: raised.id,
    version: 2,
    action: 'gewijzigd',
    target,
    evaluation: null,
    reason: 'Drie jaar op rij ruim boven de ambitie: het team legt de lat hoger.',
    decided_by: 'Teambespreking februari',
    changed_by: author,
    changed_at: ctx.iso,
  });
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
