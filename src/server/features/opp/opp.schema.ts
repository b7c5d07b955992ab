/**
 * The OPP's content (versioned in opp_versie) and the requests that change it. The content is what
 * the IB writes; every figure the server works out (the expected line, the real leerrendement, an
 * evaluation's figures) is computed, never taken from the browser.
 */
import { z } from 'zod';
import { levelsOf, type AviLevel } from '../../../domain/levels';
import { UITSTROOMPROFIELEN } from '../../../domain/opp';

const Id = z.string().min(1).max(64);
const Day = z.iso.date('moet een datum zijn, zoals 2026-02-12');
const Schooljaar = z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026');
const Moment = z.string().regex(/^[BME][1-8]$/i, 'moet een toetsmoment zijn, zoals M5 of E5');
const Version = z.number().int().min(1);
const Text = z.string().max(10_000);
const Line = z.string().max(500);

const AVI_LEVELS = levelsOf('AVI') as readonly AviLevel[] as [AviLevel, ...AviLevel[]];

const Factor = z.object({ bevorderend: Text, belemmerend: Text });

/** Where the pupil stood for a vak when the OPP set its expectation. */
export const BaselineSchema = z.object({
  /** Null when the IB entered a baseline that is not one of the pupil's results. */
  toetsId: Id.nullable(),
  toetsName: Line,
  schooljaar: Schooljaar,
  /** M5, E5 …, or the date for a continuously normed toets. */
  moment: z.string().trim().min(1).max(20),
  score: z.number().nullable(),
  dl: z.number().min(0).max(60),
  dle: z.number().min(0).max(100),
});
export type Baseline = z.infer<typeof BaselineSchema>;

export const OppVakSchema = z.object({
  vak: z.string().trim().min(1).max(60),
  baseline: BaselineSchema.nullable(),
  /** Leerrendementsverwachting in %: months of DLE expected per month of education. */
  lrv: z.number().min(0).max(300).nullable(),
  /** Only for technisch lezen: the AVI level expected per moment (AVI has no DLE to hold an LRV to). */
  avi: z.array(z.object({ moment: Moment, level: z.enum(AVI_LEVELS) })).max(12),
  toelichting: Text,
});
export type OppVak = z.infer<typeof OppVakSchema>;

const Doel = z.object({
  id: z.string().min(1).max(40),
  domein: z.enum(['leren', 'gedrag']),
  text: z.string().max(2000),
});

export const OppContentSchema = z
  .object({
    reden: Text,
    uitstroomprofiel: z.enum(UITSTROOMPROFIELEN).nullable(),
    onderbouwing: Text,
    factoren: z.object({ kind: Factor, onderwijs: Factor, thuis: Factor }),
    vakken: z.array(OppVakSchema).max(12),
    handelingsdeel: z.object({
      doelen: z.array(Doel).max(40),
      aanbod: Text,
      wie: Text,
      tijdPerWeek: Line,
      externeOndersteuning: Text,
    }),
  })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    content.vakken.forEach((v, i) => {
      if (seen.has(v.vak))
        ctx.addIssue({ code: 'custom', path: ['vakken', i, 'vak'], message: 'staat al in het OPP' });
      seen.add(v.vak);
    });
    const ids = new Set<string>();
    content.handelingsdeel.doelen.forEach((d, i) => {
      if (ids.has(d.id))
        ctx.addIssue({
          code: 'custom',
          path: ['handelingsdeel', 'doelen', i, 'id'],
          message: 'komt twee keer voor',
        });
      ids.add(d.id);
    });
  });
export type OppContent = z.infer<typeof OppContentSchema>;

export const OppIdParams = z.object({ oppId: Id });

export const NewOppBody = z.object({
  /** The day the school decided an OPP is needed: the term for vaststelling runs from here. */
  decidedOn: Day,
  reden: Text.optional(),
});
export type NewOppBody = z.infer<typeof NewOppBody>;

export const SaveOppBody = z.object({ version: Version, content: OppContentSchema });
export type SaveOppBody = z.infer<typeof SaveOppBody>;

export const OVERLEG_OUTCOMES = ['instemming', 'geen_overeenstemming', 'besproken'] as const;

export const OverlegBody = z
  .object({
    heldOn: Day,
    /** Who took part, as written down (verzorgers, IB, leerkracht …). */
    participants: z.string().trim().min(1).max(1000),
    /** The verzorgers' view in their own words. */
    parentsView: Text,
    outcome: z.enum(OVERLEG_OUTCOMES),
    note: Text.default(''),
  })
  .superRefine((body, ctx) => {
    if (body.outcome === 'geen_overeenstemming' && body.note.trim() === '')
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'is verplicht als er geen overeenstemming is: leg vast waarover niet',
      });
  });
export type OverlegBody = z.infer<typeof OverlegBody>;

export const OPP_STEPS = ['vaststellen', 'bijstellen', 'beeindigen'] as const;

export const StepBody = z
  .object({
    version: Version,
    step: z.enum(OPP_STEPS),
    reason: z.string().trim().max(2000).optional(),
    /** For beëindigen: the last day of the OPP; today when left out. */
    endedOn: Day.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.step === 'bijstellen' && !body.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is verplicht bij een bijstelling' });
  });
export type StepBody = z.infer<typeof StepBody>;

export const EvaluatieBody = z
  .object({
    evaluatedOn: Day,
    withParents: z.boolean(),
    vakken: z
      .array(
        z.object({
          vak: z.string().trim().min(1).max(60),
          reason: Text,
          /** Whether the perspective (LRV, uitstroomprofiel) is adjusted for this vak. */
          adjusted: z.boolean(),
        }),
      )
      .max(12),
    note: Text.default(''),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.vakken.forEach((v, i) => {
      if (seen.has(v.vak))
        ctx.addIssue({ code: 'custom', path: ['vakken', i, 'vak'], message: 'komt twee keer voor' });
      seen.add(v.vak);
    });
  });
export type EvaluatieBody = z.infer<typeof EvaluatieBody>;

export const NoteBody = z.object({ note: z.string().trim().min(1).max(10_000) });
export type NoteBody = z.infer<typeof NoteBody>;
