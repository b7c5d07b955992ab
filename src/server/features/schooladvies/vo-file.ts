/**
 * The VO-terugkoppeling file: what the VO schools report back about the school's former pupils in VO
 * year 1, 2 and 3. One line per pupil and leerjaar; the layout (README "VO-terugkoppeling"):
 *
 *   leerlingnummer;leerjaar;niveau;cohort;vo-school;geboortedatum
 *   10234;1;havo/vwo;2023-2024;Het Baken;14-05-2012
 *   10234;3;vwo;;Het Baken;14-05-2012
 *
 * - leerlingnummer (the pupil's number in the school's LAS) or eckid: which pupil; one of them;
 * - leerjaar: 1, 2 or 3; niveau: the level of the pupil's class (havo, vmbo-kb, havo/vwo …, as
 *   domain/vo-advies.ts reads them);
 * - cohort (optional): the schooljaar of groep 8; without it, the schooljaar of the pupil's
 *   schooladvies in Leerwinst;
 * - vo-school (optional), geboortedatum (optional: when given it must match, a check on the number).
 * Pure: the pupils and their advice years come in, the lines to store and the problems go out.
 */
import { parseAdvice, type AdviceCode } from '../../../domain/vo-advies';
import { isSchooljaar } from '../../../domain/schooljaar';
import { parseDutchDate } from '../../../imports/sheet/dutch-values';
import type { ColumnSpec, CsvTable, LineProblem, TableLine } from './csv-table';

export type VoColumn =
  'leerlingnummer' | 'eckid' | 'leerjaar' | 'niveau' | 'cohort' | 'school' | 'geboortedatum';

export const VO_COLUMNS: readonly ColumnSpec<VoColumn>[] = [
  {
    key: 'leerlingnummer',
    names: ['leerlingnummer', 'leerling nummer', 'leerlingnr', 'llnr', 'nummer', 'las nummer'],
    required: false,
  },
  { key: 'eckid', names: ['eckid', 'eck-id'], required: false },
  { key: 'leerjaar', names: ['leerjaar', 'leerjaar vo', 'vo leerjaar', 'jaar'], required: true },
  {
    key: 'niveau',
    names: [
      'niveau',
      'onderwijsniveau',
      'positie',
      'onderwijssoort',
      'schoolsoort',
      'schooltype',
      'afdeling',
    ],
    required: true,
  },
  {
    key: 'cohort',
    names: ['cohort', 'schooljaar groep 8', 'groep 8', 'uitstroomjaar', 'jaar van uitstroom'],
    required: false,
  },
  { key: 'school', names: ['vo-school', 'vo school', 'school', 'vestiging'], required: false },
  { key: 'geboortedatum', names: ['geboortedatum', 'geb datum', 'geboren'], required: false },
];

/** What the importer knows of the school's pupils. */
export interface VoPupil {
  id: string;
  geboortedatum: string | null;
  /** The schooljaren of the pupil's schooladvies records (normally one). */
  adviceYears: readonly string[];
}

export interface VoLookup {
  byNumber(key: string): VoPupil | undefined;
  byEckid(eckid: string): VoPupil | undefined;
}

export interface VoLine {
  line: number;
  leerlingId: string;
  cohort: string;
  leerjaar: 1 | 2 | 3;
  niveau: AdviceCode;
  voSchool: string | null;
}

const LEERJAAR = /^\s*(?:leerjaar\s*)?([123])\s*(?:e|ste|de)?\s*$/i;

/** "2023-2024", "2023/2024" → "2023-2024"; null when it is no schooljaar. */
function schooljaarOf(text: string): string | null {
  const candidate = text.trim().replace('/', '-');
  return isSchooljaar(candidate) ? candidate : null;
}

function pupilOf(line: TableLine<VoColumn>, lookup: VoLookup): VoPupil | string {
  const number = line.cell('leerlingnummer');
  const eckid = line.cell('eckid');
  if (number === '' && eckid === '') return 'leerlingnummer en eckid zijn allebei leeg.';
  const pupil = number !== '' ? lookup.byNumber(number) : lookup.byEckid(eckid);
  if (!pupil) return 'deze leerling staat niet in Leerwinst bij deze school (controleer het leerlingnummer).';
  const born = line.cell('geboortedatum');
  if (born !== '') {
    const date = parseDutchDate(born);
    if (!date.ok) return `geboortedatum: ${date.error}`;
    if (pupil.geboortedatum && date.value !== pupil.geboortedatum)
      return 'de geboortedatum past niet bij de leerling met dit leerlingnummer.';
  }
  return pupil;
}

function cohortOf(line: TableLine<VoColumn>, pupil: VoPupil): string {
  const written = line.cell('cohort');
  if (written !== '') {
    const cohort = schooljaarOf(written);
    if (!cohort) throw new LineError(`cohort '${written}' is geen schooljaar (zoals 2023-2024).`);
    if (pupil.adviceYears.length > 0 && !pupil.adviceYears.includes(cohort))
      throw new LineError(
        `cohort ${cohort} past niet bij het schooladvies (${pupil.adviceYears.join(', ')}).`,
      );
    return cohort;
  }
  if (pupil.adviceYears.length === 1) return pupil.adviceYears[0] ?? '';
  if (pupil.adviceYears.length === 0)
    throw new LineError(
      'van deze leerling is geen schooladvies vastgelegd; vul de kolom cohort (schooljaar van groep 8).',
    );
  throw new LineError('deze leerling heeft schooladviezen in meer jaren; vul de kolom cohort.');
}

class LineError extends Error {}

function parseLine(line: TableLine<VoColumn>, lookup: VoLookup): VoLine {
  const pupil = pupilOf(line, lookup);
  if (typeof pupil === 'string') throw new LineError(pupil);
  const leerjaar = LEERJAAR.exec(line.cell('leerjaar'))?.[1];
  if (!leerjaar) throw new LineError(`leerjaar '${line.cell('leerjaar')}' moet 1, 2 of 3 zijn.`);
  const niveau = parseAdvice(line.cell('niveau'));
  if (!niveau)
    throw new LineError(
      `niveau '${line.cell('niveau')}' is onbekend; schrijf bijvoorbeeld pro, vmbo-bb, vmbo-kb, vmbo-gl/tl, havo, vwo of havo/vwo.`,
    );
  const school = line.cell('school');
  if (school.length > 200) throw new LineError('de naam van de vo-school is langer dan 200 tekens.');
  return {
    line: line.line,
    leerlingId: pupil.id,
    cohort: cohortOf(line, pupil),
    leerjaar: Number(leerjaar) as 1 | 2 | 3,
    niveau,
    voSchool: school === '' ? null : school,
  };
}

/** Every line as it will be stored, or the problems that refuse the file. */
export function parseVoLines(
  table: CsvTable<VoColumn>,
  lookup: VoLookup,
): { lines: VoLine[]; problems: LineProblem[] } {
  const problems: LineProblem[] = [...table.problems];
  if (problems.length === 0 && !table.present.has('leerlingnummer') && !table.present.has('eckid')) {
    problems.push({ line: 1, message: "De kopregel heeft geen kolom 'leerlingnummer' (of 'eckid')." });
  }
  if (problems.length > 0) return { lines: [], problems };
  const lines: VoLine[] = [];
  const seen = new Map<string, number>();
  for (const line of table.lines) {
    try {
      const parsed = parseLine(line, lookup);
      const key = `${parsed.leerlingId}|${parsed.leerjaar}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw new LineError(`dezelfde leerling en hetzelfde leerjaar staan ook op regel ${earlier}.`);
      seen.set(key, line.line);
      lines.push(parsed);
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      problems.push({ line: line.line, message: `Regel ${line.line}: ${error.message}` });
    }
  }
  return { lines: problems.length > 0 ? [] : lines, problems };
}
