/**
 * A bespreking in a list (the school's list, the pupil's care page, the home page) and the codes of its
 * kinds, questions and decisions. The browser words every code; the server writes no question text.
 */
import { z } from 'zod';
import { PupilRef } from '../../http/audit-pupils';

export const BESPREKING_KINDS = [
  'groepsbespreking',
  'leerlingbespreking',
  'zorgteam',
  'oudergesprek',
] as const;
export type BesprekingKindCode = (typeof BESPREKING_KINDS)[number];
export const BESPREKING_STATUSES = ['gepland', 'gehouden', 'vastgesteld'] as const;

const GROEP_QUESTIONS = [
  'doelenBereikt',
  'ambitiesBereikt',
  'kwaliteitOnderwijs',
  'gevolgenGroepsplan',
  'ondersteuningLeerkracht',
] as const;
const LEERLING_QUESTIONS = ['ontwikkeling', 'doelenKomendePeriode', 'oppAanpassen'] as const;
const OUDER_QUESTIONS = ['aanleiding', 'inbrengOuders', 'afspraken'] as const;
export const QUESTION_CODES = [...GROEP_QUESTIONS, ...LEERLING_QUESTIONS, ...OUDER_QUESTIONS] as const;
export type QuestionCode = (typeof QUESTION_CODES)[number];

/** The questions of the 1-zorgroute per kind of bespreking, in the order the form asks them. */
export const QUESTIONS_OF: Record<BesprekingKindCode, readonly QuestionCode[]> = {
  groepsbespreking: GROEP_QUESTIONS,
  leerlingbespreking: LEERLING_QUESTIONS,
  zorgteam: LEERLING_QUESTIONS,
  oudergesprek: OUDER_QUESTIONS,
};

export const DECISION_CODES = [
  'geen',
  'extra_ondersteuning_groep',
  'bovenschoolse_zorg',
  'swv_arrangement',
  'opp_opstellen',
  'opp_bijstellen',
  'onderzoek',
  'anders',
] as const;

export const DecisionSchema = z.object({
  code: z.enum(DECISION_CODES),
  toelichting: z.string().max(5000),
});
export type Decision = z.infer<typeof DecisionSchema>;

const Named = z.object({ id: z.string(), name: z.string() });

export const BesprekingSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(BESPREKING_KINDS),
  status: z.enum(BESPREKING_STATUSES),
  schoolId: z.string(),
  schooljaar: z.string(),
  periode: Named.nullable(),
  group: Named.nullable(),
  pupil: PupilRef.nullable(),
  plannedOn: z.string(),
  heldOn: z.string().nullable(),
  decision: DecisionSchema.nullable(),
  version: z.number().int(),
});
export type BesprekingSummary = z.infer<typeof BesprekingSummarySchema>;
