/**
 * The agenda of a bespreking, filled from the data: what the IB and the teacher look at together.
 * Frozen into the bespreking when it is vastgesteld, so a change to this schema must keep reading the
 * snapshots already stored (add optional fields; never rename).
 */
import { z } from 'zod';
import { PupilRef } from '../../http/audit-pupils';
import { EnrichedResultSchema, SignalSchema, VakAnalysisSchema } from '../analysis/analysis.schema';
import { GoalSpec } from '../plans/plans.schema';
import { FigureSchema } from '../schooloverzicht/schooloverzicht.schema';
import { OppSummarySchema, OppVakProgressSchema } from '../zorg/opp-summary';
import { ToestemmingSchema, VerzorgerSchema, ZorgniveauEntrySchema } from '../zorg/zorg.schema';
import { BesprekingSummarySchema } from './bespreking-summary.schema';

const Named = z.object({ id: z.string(), name: z.string() });

/** One jaargroep × vak of the group at the closing meetpunt, against the school's ambitions. */
export const GroupCellSchema = z.object({
  jaargroep: z.number().int(),
  vak: z.string(),
  n: z.number().int(),
  toets: z.string().nullable(),
  figures: z.array(FigureSchema),
});

const Count = z.number().int();

export const PlanOnAgendaSchema = z.object({
  id: z.string(),
  vak: z.string(),
  vorm: z.enum(['groepsplan', 'blokplan']),
  status: z.enum(['concept', 'geevalueerd']),
  basisdoel: z.string(),
  goals: z.array(z.object({ subgroep: z.string(), goal: GoalSpec })),
  /** The teacher's evaluation: confirmed statuses over pupils and goals, and the why. */
  evaluation: z
    .object({
      counts: z.object({ behaald: Count, deels: Count, niet: Count, onbekend: Count }),
      waarom: z.object({ leerling: z.string(), onderwijs: z.string(), thuis: z.string() }),
    })
    .nullable(),
});

export const OppOnAgendaSchema = z.object({
  pupil: PupilRef,
  opp: OppSummarySchema,
  /** False when a vak is under its LRV, true when all measured vakken are on it, null when unknown. */
  onTrack: z.boolean().nullable(),
  vakken: z.array(OppVakProgressSchema),
});

export const GroupAgendaSchema = z.object({
  kind: z.literal('groep'),
  group: z.object({ id: z.string(), name: z.string(), jaargroep: z.string(), schooljaar: z.string() }),
  periode: z.object({ id: z.string(), name: z.string(), closingKind: z.string().nullable() }).nullable(),
  /** The closing meetpunt of the period, e.g. "2025-2026 M". */
  meetpunt: z.string().nullable(),
  results: z.array(GroupCellSchema),
  plans: z.array(PlanOnAgendaSchema),
  signalled: z.array(z.object({ pupil: PupilRef, signals: z.array(SignalSchema) })),
  opps: z.array(OppOnAgendaSchema),
});

export const PupilAgendaSchema = z.object({
  kind: z.literal('leerling'),
  pupil: PupilRef,
  group: z.object({ id: z.string(), name: z.string(), jaargroep: z.string() }).nullable(),
  /** Per vak: results over time (level, score, DL, DLE, leerrendement) and leerwinst among peers. */
  vakken: z.array(VakAnalysisSchema.extend({ history: z.array(EnrichedResultSchema) })),
  signals: z.array(SignalSchema),
  /** The groepsoverzicht row of the pupil's latest period. */
  groepsoverzicht: z
    .object({
      group: Named,
      periode: Named,
      stimulerend: z.string(),
      belemmerend: z.string(),
      behoeftePedagogisch: z.string(),
      behoefteDidactisch: z.string(),
    })
    .nullable(),
  observations: z.array(
    z.object({
      aspect: z.string(),
      waardering: z.number().nullable(),
      toelichting: z.string().nullable(),
      observedOn: z.string(),
    }),
  ),
  opp: OppOnAgendaSchema.nullable(),
  earlier: z.array(BesprekingSummarySchema),
  zorgniveau: ZorgniveauEntrySchema.nullable(),
});

export const OuderAgendaSchema = z.object({
  kind: z.literal('ouder'),
  pupil: PupilRef,
  verzorgers: z.array(VerzorgerSchema),
  toestemmingen: z.array(ToestemmingSchema),
  opp: OppOnAgendaSchema.nullable(),
  zorgniveau: ZorgniveauEntrySchema.nullable(),
});

export const AgendaSchema = z.discriminatedUnion('kind', [
  GroupAgendaSchema,
  PupilAgendaSchema,
  OuderAgendaSchema,
]);
export type Agenda = z.infer<typeof AgendaSchema>;
export type GroupAgenda = z.infer<typeof GroupAgendaSchema>;
export type PupilAgenda = z.infer<typeof PupilAgendaSchema>;
export type OppOnAgenda = z.infer<typeof OppOnAgendaSchema>;
