/**
 * One row of a results file to one validated result, with the engine's rules: the pupil is known (by
 * LAS key, then ECK-iD; never by name), the toets is known, the moment fits the toets, the level can
 * be read, the score is a number in range, the date is real. Every problem names the line.
 */
import type { z } from 'zod';
import { parseLevel, type LevelSystem, LEVEL_SYSTEMS } from '../../../domain/levels';
import { isDateMoment, parseMoment } from '../../../domain/moments';
import { schooljaarOfDate } from '../../../domain/schooljaar';
import {
  parseDutchDate,
  parseDutchNumber,
  type ColumnMapping,
  type ImportProblem,
  type RangedScore,
  type ResultField,
  type ScoreRange,
} from '../../../imports';
import type { ResultsConstantsSchema } from './imports.schema';
import { momentProblem, type ResolvedToets, type ToetsResolver } from './toets-resolver';
import { isAwaiting } from './version-labels';

type ResultsConstants = z.infer<typeof ResultsConstantsSchema>;

export interface ValidRow {
  line: number;
  leerlingId: string;
  toetsId: string;
  schooljaar: string;
  moment: string;
  afnamedatum: string | null;
  ruweScore: number | null;
  vaardigheidsscore: number | null;
  niveau: string | null;
  functioneringsniveau: string | null;
  dle: number | null;
}

export interface PupilIndex {
  byKey: Map<string, string[]>;
  byEckid: Map<string, string[]>;
  /** Per pupil: jaargroep → schooljaren in which the pupil was placed in that jaargroep, newest last. */
  yearsByJaargroep: Map<string, Map<string, string[]>>;
}

// Ability scales of the common LVS run within this range; anything outside is a typing or export error.
// An instrument that documents its own range (catalog `ranges`) is held to that one instead.
const GENERAL_RANGES: Record<RangedScore, ScoreRange> = {
  vaardigheidsscore: { min: -100, max: 1000 },
  ruweScore: { min: 0, max: null },
};

/** One row's cells, read through the mapping (and the constants), and the problems found so far. */
interface RowCells {
  cell(field: ResultField): string;
  value(field: ResultField & keyof ResultsConstants): string;
  fail(code: string, message: string): void;
  /** The row waits for a version choice: invalid, without a problem of its own (it is asked once). */
  wait(): void;
  line: number;
}

/**
 * The pupil by LAS key, else by ECK-iD; never guessed between several. The id, or the problem (code
 * and Dutch text without the line), so the SEO import reads pupils the same way.
 */
export function matchPupil(
  pupils: PupilIndex,
  key: string,
  eckid: string,
): string | { code: string; message: string } {
  const byKey = key ? (pupils.byKey.get(key) ?? []) : [];
  const byEckid = eckid ? (pupils.byEckid.get(eckid) ?? []) : [];
  const found = byKey.length > 0 ? byKey : byEckid;
  if (found.length === 1 && found[0]) return found[0];
  if (found.length > 1)
    return {
      code: 'resultaat.leerling-dubbel',
      message: `leerlingnummer '${key}' komt op meer scholen voor; kies de school.`,
    };
  if (!key && !eckid)
    return { code: 'resultaat.leerling-ontbreekt', message: 'het leerlingnummer ontbreekt.' };
  return {
    code: 'resultaat.leerling-onbekend',
    message: `onbekende leerling '${key || eckid}'. Importeer eerst de leerlingen (EDEX.XML).`,
  };
}

function pupilOf(row: RowCells, pupils: PupilIndex): string | null {
  const found = matchPupil(pupils, row.cell('leerlingKey'), row.cell('eckid'));
  if (typeof found === 'string') return found;
  row.fail(found.code, found.message);
  return null;
}

function toetsOf(row: RowCells, toetsen: ToetsResolver): ResolvedToets | null {
  const resolved = toetsen.resolve(row.value('toets'), row.value('versie') || null);
  if (isAwaiting(resolved)) {
    toetsen.versions.countRow(resolved, row.line);
    row.wait();
    return null;
  }
  if (typeof resolved !== 'string') return resolved;
  row.fail('resultaat.toets', resolved);
  return null;
}

function dateOf(row: RowCells): string | null {
  const dateText = row.value('afnamedatum');
  if (!dateText) return null;
  const parsed = parseDutchDate(dateText);
  if (parsed.ok) return parsed.value;
  row.fail('resultaat.datum', parsed.error);
  return null;
}

function momentOf(row: RowCells, toets: ResolvedToets | null, afnamedatum: string | null): string {
  // A continuously normed test has no M/E moment: its date is the moment.
  const moment = toets?.moments === 'datum' ? (afnamedatum ?? '') : row.value('moment').toUpperCase();
  if (!moment)
    row.fail(
      'resultaat.moment',
      'het toetsmoment ontbreekt (bijvoorbeeld M5), en voor deze toets is een datum niet genoeg.',
    );
  else if (toets) {
    const reason = momentProblem(toets, moment);
    if (reason) row.fail('resultaat.moment', reason);
  }
  return moment;
}

function numberOf(row: RowCells, field: ResultField, label: string): number | null {
  const text = row.cell(field);
  if (!text) return null;
  const parsed = parseDutchNumber(text);
  if (parsed.ok) return parsed.value;
  row.fail('resultaat.getal', `${label} '${text}': ${parsed.error}`);
  return null;
}

const SCORE_LABELS: Record<RangedScore, string> = {
  vaardigheidsscore: 'vaardigheidsscore',
  ruweScore: 'ruwe score',
};

/** A score outside its range, refused with the range: the toets's own where it documents one. */
function checkRange(row: RowCells, field: RangedScore, value: number | null, toets: ResolvedToets | null) {
  if (value === null) return;
  const own = toets?.ranges?.[field];
  const { min, max } = own ?? GENERAL_RANGES[field];
  if (value >= min && (max === null || value <= max)) return;
  const range = max === null ? `${min} of meer` : `${min} tot en met ${max}`;
  const of = own && toets ? `van ${toets.name}` : field === 'vaardigheidsscore' ? 'van een toetsschaal' : '';
  row.fail(
    'resultaat.bereik',
    `${SCORE_LABELS[field]} ${value} ligt buiten het bereik${of ? ` ${of}` : ''} (${range}).`,
  );
}

/** The scores, each a number in its range. */
function scoresOf(row: RowCells, toets: ResolvedToets | null) {
  const vaardigheidsscore = numberOf(row, 'vaardigheidsscore', 'vaardigheidsscore');
  checkRange(row, 'vaardigheidsscore', vaardigheidsscore, toets);
  const ruweScore = numberOf(row, 'ruweScore', 'ruwe score');
  checkRange(row, 'ruweScore', ruweScore, toets);
  const dle = numberOf(row, 'dle', 'DLE');
  if (dle !== null && (dle < 0 || dle > 70))
    row.fail('resultaat.bereik', `DLE ${dle} ligt buiten 0 tot 70 maanden.`);
  return { vaardigheidsscore, ruweScore, dle };
}

function levelOf(row: RowCells, toets: ResolvedToets | null): string | null {
  const levelText = row.cell('niveau');
  if (!levelText) return null;
  const system = LEVEL_SYSTEMS.find((s) => s === toets?.levelSystem) as LevelSystem | undefined;
  const parsed = parseLevel(levelText, system);
  if (parsed.ok) return parsed.level;
  row.fail('resultaat.niveau', parsed.reason);
  return null;
}

/**
 * The schooljaar: of the date, else of a date moment, else the file's constant, else the year the pupil
 * was placed in the moment's jaargroep (the latest such year).
 */
function schooljaarOfRow(
  row: RowCells,
  context: { afnamedatum: string | null; moment: string; leerlingId: string | null },
  constants: ResultsConstants,
  pupils: PupilIndex,
): string | null {
  const { afnamedatum, moment, leerlingId } = context;
  if (afnamedatum) return schooljaarOfDate(afnamedatum);
  if (isDateMoment(moment)) return schooljaarOfDate(moment);
  if (constants.schooljaar) return constants.schooljaar;
  if (!leerlingId) return null;
  const jaargroep = parseMoment(moment)?.jaargroep;
  const schooljaar =
    jaargroep === undefined
      ? null
      : (pupils.yearsByJaargroep.get(leerlingId)?.get(String(jaargroep))?.at(-1) ?? null);
  if (!schooljaar)
    row.fail(
      'resultaat.schooljaar',
      `het schooljaar is onbekend: geef de afnamedatum of kies het schooljaar voor het hele bestand.`,
    );
  return schooljaar;
}

export function rowValidator(
  mapping: ColumnMapping,
  constants: ResultsConstants,
  pupils: PupilIndex,
  toetsen: ToetsResolver,
) {
  return (line: number, cells: string[]): ValidRow | ImportProblem[] => {
    const problems: ImportProblem[] = [];
    let waiting = false;
    const cell = (field: ResultField) => {
      const column = mapping[field];
      return column === undefined ? '' : (cells[column] ?? '').trim();
    };
    const row: RowCells = {
      cell,
      value: (field) => cell(field) || (constants[field] ?? '').trim(),
      fail: (code, message) =>
        problems.push({ severity: 'error', code, message: `Regel ${line}: ${message}`, line }),
      wait: () => {
        waiting = true;
      },
      line,
    };
    const leerlingId = pupilOf(row, pupils);
    const toets = toetsOf(row, toetsen);
    const afnamedatum = dateOf(row);
    const moment = momentOf(row, toets, afnamedatum);
    const { vaardigheidsscore, ruweScore, dle } = scoresOf(row, toets);
    const niveau = levelOf(row, toets);
    if (vaardigheidsscore === null && niveau === null) {
      row.fail('resultaat.leeg', 'er staat geen vaardigheidsscore en geen niveau in.');
    }
    const schooljaar = schooljaarOfRow(row, { afnamedatum, moment, leerlingId }, constants, pupils);

    if (problems.length > 0 || waiting || !leerlingId || !toets || !schooljaar) return problems;
    return {
      line,
      leerlingId,
      toetsId: toets.id,
      schooljaar,
      moment,
      afnamedatum,
      ruweScore,
      vaardigheidsscore,
      niveau,
      // The one free text stored from the file: no control characters (PostgreSQL refuses NUL in text).
      functioneringsniveau:
        cell('functioneringsniveau')
          .replace(/\p{Cc}/gu, '')
          .trim()
          .toUpperCase() || null,
      dle,
    };
  };
}
