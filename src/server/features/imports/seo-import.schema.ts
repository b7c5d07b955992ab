/** The SEO import's requests and answers: inspect a file, then preview or apply it with a mapping. */
import { z } from 'zod';
import { SEO_DOMAINS, SEO_FIELDS, SEO_LISTS, SEO_MEASURES } from '../../../imports';
import { fileRows, PupilKey, PupilName } from '../../http/audit-pupils';
import { Problem, storedText } from './imports.schema';

const Column = z.number().int().min(0).max(500);
export const SeoMappingSchema = z.partialRecord(z.enum(SEO_FIELDS), Column);

export const SeoScaleColumnSchema = z
  .object({ column: Column, schaal: storedText(80).min(1), measure: z.enum(SEO_MEASURES) })
  .strict();

export const SeoConstantsSchema = z
  .object({
    instrument: storedText(120).optional(),
    versie: storedText(50).optional(),
    lijst: storedText(20).optional(),
    afnamedatum: storedText(20).optional(),
  })
  .strict();

export const SeoImportConfig = z
  .object({
    mapping: SeoMappingSchema.optional(),
    scaleColumns: z.array(SeoScaleColumnSchema).max(200).optional(),
    constants: SeoConstantsSchema.optional(),
    headerRow: z.number().int().min(1).max(10_000_000).optional(),
  })
  .strict();

export const SeoImportQuery = z.object({
  mode: z.enum(['preview', 'apply']),
  schoolId: z.string().min(1).max(64),
  filename: storedText(255).optional(),
  /** JSON of { mapping, scaleColumns, constants, headerRow }: small, in the URL next to the file. */
  config: z.string().max(10_000).optional(),
});

export const SeoInspectQuery = z.object({
  schoolId: z.string().min(1).max(64),
  headerRow: z.coerce.number().int().min(1).max(10_000_000).optional(),
  filename: storedText(255).optional(),
});

const SeoInstrumentInfo = z.object({
  code: z.string(),
  name: z.string(),
  source: z.enum(['catalogus', 'school']),
  lists: z.array(z.enum(SEO_LISTS)),
  scales: z.array(z.object({ code: z.string(), name: z.string(), lists: z.array(z.enum(SEO_LISTS)) })),
});

export const SeoInspectResponse = z.object({
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  headers: z.array(z.string()),
  headerRow: z.number().int().nullable(),
  above: fileRows(z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) }))),
  sample: fileRows(z.array(z.array(z.string()))),
  suggestion: z.object({
    mapping: SeoMappingSchema,
    scaleColumns: z.array(SeoScaleColumnSchema),
    constants: SeoConstantsSchema,
  }),
  instruments: z.array(SeoInstrumentInfo),
  problems: z.array(Problem),
});
export type SeoInspectResponse = z.infer<typeof SeoInspectResponse>;

const Bands = z.object({ laag: z.number().int(), gemiddeld: z.number().int(), hoog: z.number().int() });

export const SeoReportSchema = z.object({
  status: z.enum(['preview', 'imported', 'refused']),
  format: z.string().nullable(),
  headerRow: z.number().int().nullable(),
  rows: z.object({
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    empty: z.number().int(),
  }),
  scores: z.object({
    total: z.number().int(),
    new: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
  }),
  pupils: z.number().int(),
  /** Per instrument, list and scale: how many scores, in which band, with the instrument's signal. */
  perScale: z.array(
    z.object({
      instrument: z.string(),
      lijst: z.enum(SEO_LISTS),
      schaal: z.string(),
      scores: z.number().int(),
      bands: Bands,
      signals: z.number().int(),
    }),
  ),
  /** The pupils the instrument signals, shown only to a role that may read pupils (not a beheerder). */
  signalled: z.array(z.object({ key: PupilKey, name: PupilName, signals: z.number().int() })),
  problems: z.array(Problem),
  importId: z.string().nullable(),
});
export type SeoReport = z.infer<typeof SeoReportSchema>;

/** A school's own list: its name and the names of its scales (with what each is about). */
export const NewSeoListBody = z
  .object({
    name: storedText(120).trim().min(2),
    scales: z
      .array(
        z
          .object({ name: storedText(80).trim().min(1), domain: z.enum(SEO_DOMAINS).default('overig') })
          .strict(),
      )
      .min(1)
      .max(40),
  })
  .strict();

export const SeoListsResponse = z.object({ instruments: z.array(SeoInstrumentInfo) });
