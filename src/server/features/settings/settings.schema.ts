import { z } from 'zod';
import { INSTRUCTIES } from '../../../domain/placement';
import { LEVEL_SYSTEMS } from '../../../domain/levels';

const Instructie = z.enum(INSTRUCTIES as ['verkort', 'basis', 'verlengd']);
const LEVELS = ['I+', 'I', 'II', 'III', 'IV', 'V', 'A', 'B', 'C', 'D', 'E', '2F/1S', '1F', '<1F'] as const;

const Rule = z.object({ enabled: z.boolean() });

/** What a school can change about the engine; everything left out keeps the documented default. */
export const EngineSettings = z
  .object({
    dlConvention: z.object({ firstMonth: z.union([z.literal(8), z.literal(9)]) }).strict(),
    placementMapping: z.partialRecord(z.enum(LEVELS), Instructie),
    signalering: z
      .object({
        niveaudaling: Rule.extend({ minLevels: z.number().int().min(1).max(4) }).partial(),
        eerste_laagste: Rule.partial(),
        twee_keer_laagste: Rule.extend({ stallBelowPercentile: z.number().min(1).max(50) }).partial(),
        lage_groei: Rule.extend({
          belowPercentile: z.number().min(1).max(50),
          times: z.union([z.literal(1), z.literal(2)]),
        }).partial(),
        onder_lrv: Rule.partial(),
        ontbrekend_resultaat: Rule.partial(),
        zorgelijke_observatie: Rule.extend({
          aspects: z.array(z.enum(['werkhouding', 'welbevinden', 'sociaal_gedrag'])).max(3),
        }).partial(),
        // Social-emotional rules (domain/seo-signals.ts): "zien:welbevinden:ongunstig", "zien:signaal:zorg".
        seo: Rule.extend({
          rules: z
            .array(
              z
                .string()
                .regex(
                  /^[a-z0-9-]+:([a-z0-9-]+:ongunstig|signaal:(aandacht|zorg))$/,
                  'moet een regel zijn zoals "zien:welbevinden:ongunstig" of "zien:signaal:zorg"',
                ),
            )
            .max(200),
        }).partial(),
      })
      .partial()
      .strict(),
    /** Leerlingzorg: the school's names of ondersteuningsniveau 1–5, and the OPP's term in weeks. */
    zorg: z
      .object({
        niveauLabels: z.array(z.string().trim().min(1).max(120)).length(5),
        oppTermWeeks: z.number().int().min(1).max(52),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type EngineSettings = z.infer<typeof EngineSettings>;

export const SettingsResponse = z.object({
  /** The school's own choices. */
  settings: EngineSettings,
  /** The settings in force: the school's choices on top of the defaults. */
  effective: z.object({
    dlConvention: z.object({ firstMonth: z.number() }),
    placementMapping: z.record(z.string(), Instructie),
    signalering: z.record(z.string(), z.record(z.string(), z.unknown())),
  }),
  levelSystems: z.array(z.enum(LEVEL_SYSTEMS as ['I-V', 'A-E', 'REF', 'AVI'])),
});
export type SettingsResponse = z.infer<typeof SettingsResponse>;
