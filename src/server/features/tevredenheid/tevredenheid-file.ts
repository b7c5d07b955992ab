/**
 * The results file of a satisfaction survey, as aggregates per theme (README "Tevredenheid"):
 *
 *   datum;groep;thema;n;gemiddelde;schaal;positief;instrument
 *   12-03-2026;ouders;Veiligheid;126;3,4;1-4;88;Vensters
 *   12-03-2026;leerlingen;Welbevinden;143;;;91;Vensters
 *
 * - datum: when the survey was held (dd-mm-jjjj); groep: leerlingen, ouders or team;
 * - thema: the theme as the survey tool names it (the same name next year makes a trend);
 * - n: the number of respondents; gemiddelde (with its schaal, e.g. 1-4) and/or positief (the share
 *   that answered positively, 0–100, with or without %); instrument (optional).
 * Single answers are never read: a line is an aggregate. Pure: rows in, lines and problems out.
 */
import { schooljaarOfDate } from '../../../domain/schooljaar';
import {
  parseRespondentGroup,
  parseScale,
  themeKey,
  type RespondentGroup,
  type Scale,
} from '../../../domain/tevredenheid';
import { parseDutchDate, parseDutchNumber } from '../../../imports/sheet/dutch-values';
import type { ColumnSpec, CsvTable, LineProblem, TableLine } from '../schooladvies/csv-table';

export type SurveyColumn =
  'datum' | 'groep' | 'thema' | 'n' | 'gemiddelde' | 'schaal' | 'positief' | 'instrument';

export const SURVEY_COLUMNS: readonly ColumnSpec<SurveyColumn>[] = [
  { key: 'datum', names: ['datum', 'afnamedatum', 'peildatum', 'afgenomen op'], required: true },
  { key: 'groep', names: ['groep', 'respondenten', 'doelgroep'], required: true },
  { key: 'thema', names: ['thema', 'onderwerp', 'rubriek', 'categorie'], required: true },
  { key: 'n', names: ['n', 'aantal', 'aantal respondenten'], required: true },
  { key: 'gemiddelde', names: ['gemiddelde', 'gemiddelde score', 'score', 'gem'], required: false },
  { key: 'schaal', names: ['schaal', 'antwoordschaal'], required: false },
  {
    key: 'positief',
    names: ['positief', '% positief', 'percentage positief', 'tevreden', '% tevreden'],
    required: false,
  },
  { key: 'instrument', names: ['instrument', 'peiling', 'enquete'], required: false },
];

export interface SurveyLine {
  line: number;
  afgenomenOp: string;
  schooljaar: string;
  groep: RespondentGroup;
  thema: string;
  themaKey: string;
  instrument: string | null;
  n: number;
  gemiddelde: number | null;
  scale: Scale | null;
  positief: number | null;
}

class LineError extends Error {}

function numberOf(
  line: TableLine<SurveyColumn>,
  column: SurveyColumn,
  raw = line.cell(column),
): number | null {
  const parsed = parseDutchNumber(raw);
  if (!parsed.ok) throw new LineError(`${column}: ${parsed.error}`);
  return parsed.value;
}

function measuresOf(line: TableLine<SurveyColumn>) {
  const gemiddelde = numberOf(line, 'gemiddelde');
  const positief = numberOf(line, 'positief', line.cell('positief').replace(/%\s*$/, ''));
  if (gemiddelde === null && positief === null)
    throw new LineError('vul het gemiddelde (met de schaal) of het percentage positief in, of beide.');
  const scaleText = line.cell('schaal');
  const scale = scaleText === '' ? null : parseScale(scaleText);
  if (scaleText !== '' && !scale)
    throw new LineError(`schaal '${scaleText}' is geen schaal zoals 1-4 of 1-10.`);
  if (gemiddelde !== null && !scale) throw new LineError('bij een gemiddelde hoort de schaal (zoals 1-4).');
  if (gemiddelde !== null && scale && (gemiddelde < scale.min || gemiddelde > scale.max))
    throw new LineError(`gemiddelde ${gemiddelde} ligt buiten de schaal ${scale.min}-${scale.max}.`);
  if (positief !== null && (positief < 0 || positief > 100))
    throw new LineError(`positief moet een percentage van 0 tot 100 zijn, niet ${positief}.`);
  return { gemiddelde, scale, positief };
}

function parseLine(line: TableLine<SurveyColumn>): SurveyLine {
  const date = parseDutchDate(line.cell('datum'));
  if (!date.ok) throw new LineError(`datum: ${date.error}`);
  if (!date.value) throw new LineError('de datum is leeg.');
  const groep = parseRespondentGroup(line.cell('groep'));
  if (!groep) throw new LineError(`groep '${line.cell('groep')}' moet leerlingen, ouders of team zijn.`);
  const thema = line.cell('thema');
  if (thema === '' || thema.length > 200) throw new LineError('het thema is leeg of langer dan 200 tekens.');
  const n = numberOf(line, 'n');
  if (n === null || !Number.isInteger(n) || n < 1 || n > 100_000)
    throw new LineError(`n (het aantal respondenten) moet een heel getal van 1 of meer zijn.`);
  const instrument = line.cell('instrument');
  if (instrument.length > 120) throw new LineError('de naam van het instrument is langer dan 120 tekens.');
  return {
    line: line.line,
    afgenomenOp: date.value,
    schooljaar: schooljaarOfDate(date.value),
    groep,
    thema,
    themaKey: themeKey(thema),
    instrument: instrument === '' ? null : instrument,
    n,
    ...measuresOf(line),
  };
}

export function parseSurveyLines(table: CsvTable<SurveyColumn>): {
  lines: SurveyLine[];
  problems: LineProblem[];
} {
  const problems: LineProblem[] = [...table.problems];
  if (problems.length > 0) return { lines: [], problems };
  const lines: SurveyLine[] = [];
  const seen = new Map<string, number>();
  for (const line of table.lines) {
    try {
      const parsed = parseLine(line);
      const key = `${parsed.afgenomenOp}|${parsed.groep}|${parsed.themaKey}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        throw new LineError(`hetzelfde thema van dezelfde peiling staat ook op regel ${earlier}.`);
      seen.set(key, line.line);
      lines.push(parsed);
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      problems.push({ line: line.line, message: `Regel ${line.line}: ${error.message}` });
    }
  }
  return { lines: problems.length > 0 ? [] : lines, problems };
}
