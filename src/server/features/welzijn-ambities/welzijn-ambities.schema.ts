import { z } from 'zod';
import { VERDICTS } from '../../../domain/ambitions-verdict';
import { RESPONDENT_GROUPS } from '../../../domain/tevredenheid';
import { MONITORING_DOMAINS } from '../../../domain/veiligheid-monitoring';
import { figure } from '../../http/small-cells';
import { PermissionSchema } from '../auth/auth.schema';

const Schooljaar = z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026');

export const WelzijnAmbitionQuery = z.object({ schooljaar: Schooljaar });

export const WelzijnAmbitionIdParams = z.object({ ambitionId: z.string().min(1).max(64) });

/** What the ambition counts: a monitoring domain, or a survey group's theme. */
export const WelzijnMeasureSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('seo'), domain: z.enum(MONITORING_DOMAINS) }),
  z.object({
    source: z.literal('tevredenheid'),
    groep: z.enum(RESPONDENT_GROUPS),
    /** The theme as the survey names it; stored by its normalised key. */
    thema: z.string().trim().min(1, 'mag niet leeg zijn').max(200),
  }),
]);

export const SetWelzijnAmbitionBody = z.object({
  schooljaar: Schooljaar,
  measure: WelzijnMeasureSchema,
  /** At least this percentage favourable or positive. */
  minPercent: z
    .number()
    .int('moet een heel percentage zijn')
    .min(1, 'moet tussen 1 en 100 liggen')
    .max(100, 'moet tussen 1 en 100 liggen'),
});

export const WelzijnOutcomeSchema = z.object({
  /** Pupils with a band, or respondents; null without a measurement this schooljaar. */
  n: z.number().int().nullable(),
  share: figure(z.number().nullable()),
  interval: figure(z.object({ low: z.number(), high: z.number() }).nullable()),
  verdict: z.enum([...VERDICTS, 'te-weinig']),
});

export const WelzijnAmbitionSchema = z.object({
  id: z.string(),
  schooljaar: z.string(),
  measure: z.discriminatedUnion('source', [
    z.object({ source: z.literal('seo'), domain: z.enum(MONITORING_DOMAINS) }),
    z.object({
      source: z.literal('tevredenheid'),
      groep: z.enum(RESPONDENT_GROUPS),
      themaKey: z.string(),
      thema: z.string(),
    }),
  ]),
  minPercent: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  outcome: WelzijnOutcomeSchema,
});
export type WelzijnAmbitionResponse = z.infer<typeof WelzijnAmbitionSchema>;

export const WelzijnAmbitionListResponse = z.object({
  schoolId: z.string(),
  schooljaar: z.string(),
  abilities: z.array(PermissionSchema),
  minCellSize: z.number().int(),
  ambitions: z.array(WelzijnAmbitionSchema),
  /** The survey themes the school has, per respondent group: what a satisfaction ambition can be about. */
  themas: z.array(z.object({ groep: z.enum(RESPONDENT_GROUPS), key: z.string(), thema: z.string() })),
});
export type WelzijnAmbitionListResponse = z.infer<typeof WelzijnAmbitionListResponse>;

export const DeletedResponse = z.object({ id: z.string() });
