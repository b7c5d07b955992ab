import { z } from 'zod';
import { OBSERVATIE_ASPECTEN } from '../../../shared/observations';
import { PupilId, PupilKey, PupilName } from '../../http/audit-pupils';
import { PermissionSchema } from '../auth/auth.schema';

export const PupilIdParams = z.object({ pupilId: z.string().min(1).max(64) });

export const PupilResult = z.object({
  id: z.string(),
  toets: z.object({
    id: z.string(),
    name: z.string(),
    vak: z.string(),
    publisher: z.string(),
    version: z.string(),
    levelSystem: z.string().nullable(),
  }),
  schooljaar: z.string(),
  moment: z.string(),
  afnamedatum: z.string().nullable(),
  ruweScore: z.number().nullable(),
  vaardigheidsscore: z.number().nullable(),
  niveau: z.string().nullable(),
  functioneringsniveau: z.string().nullable(),
  dle: z.number().nullable(),
});

export const Observation = z.object({
  id: z.string(),
  schooljaar: z.string(),
  moment: z.string().nullable(),
  aspect: z.enum(OBSERVATIE_ASPECTEN),
  waardering: z.number().int().nullable(),
  toelichting: z.string().nullable(),
  observedOn: z.string(),
  author: z.string(),
});

export const PupilDetailResponse = z.object({
  pupil: z.object({
    id: PupilId,
    name: PupilName,
    roepnaam: PupilName,
    voorvoegsel: z.string().nullable(),
    achternaam: PupilName,
    geboortedatum: z.string().nullable(),
    lasKey: PupilKey,
    lasKeyStable: z.boolean(),
    groep3Start: z.string().nullable(),
    oppSince: z.string().nullable(),
    school: z.object({ id: z.string(), name: z.string() }),
    groups: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        schooljaar: z.string(),
        jaargroep: z.string(),
        startDate: z.string(),
        endDate: z.string().nullable(),
      }),
    ),
  }),
  results: z.array(PupilResult),
  observations: z.array(Observation),
  abilities: z.array(PermissionSchema),
});
export type PupilDetailResponse = z.infer<typeof PupilDetailResponse>;

export const NewObservationBody = z
  .object({
    aspect: z.enum(OBSERVATIE_ASPECTEN),
    waardering: z.number().int().min(1).max(4).nullable().optional(),
    toelichting: z.string().trim().max(2000).nullable().optional(),
    moment: z
      .string()
      .regex(/^[BME][1-8]$/)
      .nullable()
      .optional(),
  })
  .refine((o) => (o.waardering ?? null) !== null || (o.toelichting ?? '') !== '', {
    message: 'geef een waardering of een toelichting',
    path: ['waardering'],
  });

export type NewObservationBody = z.infer<typeof NewObservationBody>;

export const ObservationResponse = z.object({ observation: Observation });
