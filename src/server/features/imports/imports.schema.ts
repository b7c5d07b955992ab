import { z } from 'zod';
import { VAKKEN } from '../../../shared/vakken';
import { fileRows, PupilKey, PupilName } from '../../http/audit-pupils';

/** Text from a request that is stored: no control characters (PostgreSQL refuses NUL in text). */
const NO_CONTROL_CHARACTERS = /^\P{Cc}*$/u;
export const storedText = (max: number) =>
  z.string().max(max).regex(NO_CONTROL_CHARACTERS, 'mag geen stuurtekens bevatten');

export const Problem = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
  key: z.string().optional(),
  path: z.string().optional(),
});

export const EdexmlImportQuery = z.object({
  mode: z.enum(['preview', 'apply']),
  /** The school the user is working in; the file must be of that school. */
  schoolId: z.string().min(1).max(64).optional(),
  /** Create an unknown school under this bestuur (after the user confirmed). */
  createInBestuurId: z.string().min(1).max(64).optional(),
  filename: storedText(255).optional(),
});

const Counts3 = z.object({ new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() });

export const EdexmlReportSchema = z.object({
  status: z.enum(['preview', 'imported', 'refused']),
  school: z.object({
    id: z.string().nullable(),
    brin: z.string().nullable(),
    vestiging: z.string().nullable(),
    name: z.string().nullable(),
    exists: z.boolean(),
  }),
  needsSchoolCreation: z.boolean(),
  schooljaar: z.string().nullable(),
  version: z.string().nullable(),
  scope: z.string(),
  counts: z.object({
    groups: Counts3,
    pupils: Counts3.extend({ leaving: z.number().int(), missing: z.number().int() }),
    staff: Counts3.extend({ linkedAccounts: z.number().int() }),
  }),
  leaving: z.array(z.object({ key: PupilKey, name: PupilName, date: z.string() })),
  missing: z.array(z.object({ key: PupilKey, name: PupilName })),
  problems: z.array(Problem),
  importId: z.string().nullable(),
});
export type EdexmlReportSchema = z.infer<typeof EdexmlReportSchema>;

export const ResultsConstantsSchema = z
  .object({
    toets: z.string().max(200).optional(),
    versie: z.string().max(50).optional(),
    moment: z
      .string()
      .regex(/^[BMEbme][1-8]$/, 'moet een toetsmoment zijn, zoals M5')
      .optional(),
    afnamedatum: z.string().max(20).optional(),
    schooljaar: z
      .string()
      .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026')
      .optional(),
  })
  .strict();

const MappingSchema = z.record(z.string(), z.number().int().min(0).max(500));

/** "Spelling" "2014" is cito-3.0-spelling: how to read a version label the catalog does not know. */
export const VersionChoiceSchema = z
  .object({
    toets: storedText(200).min(1),
    versie: storedText(50).min(1),
    instrument: storedText(200).min(1),
  })
  .strict();

/** The line of the header row (1-based), when it is not the one Leerwinst found. */
const HeaderRowSchema = z.number().int().min(1).max(10_000_000);

export const ResultsImportConfig = z.object({
  mapping: MappingSchema.optional(),
  constants: ResultsConstantsSchema.optional(),
  versions: z.array(VersionChoiceSchema).max(100).optional(),
  headerRow: HeaderRowSchema.optional(),
});

export const ResultsImportQuery = z.object({
  mode: z.enum(['preview', 'apply']),
  schoolId: z.string().min(1).max(64),
  skipInvalid: z.enum(['true', 'false']).optional(),
  filename: storedText(255).optional(),
  /** JSON of { mapping, constants }: small, so it travels in the URL next to the file in the body. */
  config: z.string().max(10_000).optional(),
});

export const ResultsReportSchema = z.object({
  status: z.enum(['preview', 'imported', 'refused']),
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  headers: z.array(z.string()),
  mapping: MappingSchema,
  rows: z.object({ total: z.number().int(), valid: z.number().int(), invalid: z.number().int() }),
  counts: Counts3,
  newToetsen: z.array(z.string()),
  problems: z.array(Problem),
  importId: z.string().nullable(),
  /** The line the header was read from (a title block above it is skipped). */
  headerRow: z.number().int().nullable(),
  /** Version labels that wait for a choice, one per label whatever the number of rows. */
  versionQuestions: z.array(
    z.object({
      toets: z.string(),
      versie: z.string(),
      rows: z.number().int(),
      firstLine: z.number().int(),
      candidates: z.array(z.object({ code: z.string(), name: z.string(), version: z.string() })),
    }),
  ),
});

export const InspectQuery = z.object({
  schoolId: z.string().min(1).max(64),
  /** The header row the user picked in the preview. */
  headerRow: z.coerce.number().int().min(1).max(10_000_000).optional(),
});

/** A row of the file as it came in, with its line: the title block above the header. */
const FileRow = z.object({ line: z.number().int(), cells: z.array(z.string()) });

export const InspectResponse = z.object({
  format: z.string().nullable(),
  encoding: z.string().nullable(),
  separator: z.string().nullable(),
  headers: z.array(z.string()),
  /** The line of the header row, found by its words or picked; null for an empty file. */
  headerRow: z.number().int().nullable(),
  /** The rows above the header, so the user can see the title block and pick another row. */
  above: fileRows(z.array(FileRow)),
  sample: fileRows(z.array(z.array(z.string()))),
  /** The names of the sample rows as read from a name column ("Berg, van der, Daan" → "Daan van der Berg"). */
  sampleNames: z.array(PupilName),
  suggestion: z.object({
    mapping: MappingSchema,
    confidence: z.record(z.string(), z.number()),
  }),
  fields: z.array(z.object({ field: z.string(), label: z.string(), displayOnly: z.boolean() })),
  problems: z.array(Problem),
  savedMappings: z.array(
    z.object({
      name: z.string(),
      mapping: MappingSchema,
      headers: z.array(z.string()),
      matchesHeaders: z.boolean(),
    }),
  ),
});
export type InspectResponse = z.infer<typeof InspectResponse>;

export const SavedMappingBody = z.object({
  mapping: MappingSchema,
  headers: z.array(z.string().max(200)).max(200),
  constants: ResultsConstantsSchema.optional(),
  versions: z.array(VersionChoiceSchema).max(100).optional(),
  headerRow: HeaderRowSchema.optional(),
});

export const MappingNameParams = z.object({
  schoolId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(80).regex(NO_CONTROL_CHARACTERS, 'mag geen stuurtekens bevatten'),
});

export const SavedMappingList = z.object({
  mappings: z.array(SavedMappingBody.extend({ name: z.string(), updatedAt: z.string() })),
});

export const NewInstrumentBody = z.object({
  name: z.string().trim().min(2).max(120).regex(NO_CONTROL_CHARACTERS, 'mag geen stuurtekens bevatten'),
  vak: z.enum(VAKKEN),
  version: z.string().trim().min(1).max(30).regex(NO_CONTROL_CHARACTERS, 'mag geen stuurtekens bevatten'),
  levelSystem: z.enum(['I-V', 'A-E', 'REF', 'AVI']).nullable(),
  scaleKind: z.enum(['vaardigheid', 'ordinaal']),
});

export const InstrumentList = z.object({
  instruments: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      vak: z.string(),
      version: z.string(),
      publisher: z.string(),
      levelSystem: z.string().nullable(),
      source: z.enum(['catalogus', 'school']),
      synonyms: z.array(z.string()),
    }),
  ),
});
