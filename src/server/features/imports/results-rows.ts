/**
 * One row of a results file to one validated result, with the engine's rules: the pupil is known (by
 * LAS key, then ECK-iD; never by name), the toets is known, the moment fits the toets, the level can
 * be read, the score is a number in range, the date is real. Every problem names the line.
 */
import { parseLevel, type LevelSystem, LEVEL_SYSTEMS } from '../../../domain/levels';
import { isDateMoment, parseMoment } from '../../../domain/moments';
import { schooljaarOfDate } from '../../../domain/schooljaar';
import {
  parseDutchDate,
  parseDutchNumber,
  type ColumnMapping,
  type ImportProblem,
  type ResultField,
} from '../../../imports';
import { momentProblem, type ResolvedToets, type ToetsResolver } from './toets-resolver';

export interface ResultsConstants {
  toets?: string | undefined;
  versie?: string | undefined;
  moment?: string | undefined;
  afnamedatum?: string | undefined;
  schooljaar?: string | undefined;
}

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
const SCORE_MIN = -100;
const SCORE_MAX = 1000;

export function rowValidator(
  mapping: ColumnMapping,
  constants: ResultsConstants,
  pupils: PupilIndex,
  toetsen: ToetsResolver,
) {
  const cell = (cells: string[], field: ResultField) => {
    const column = mapping[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };
  const value = (cells: string[], field: ResultField & keyof ResultsConstants) =>
    cell(cells, field) || (constants[field] ?? '').trim();

  return (line: number, cells: string[]): ValidRow | ImportProblem[] => {
    const problems: ImportProblem[] = [];
    const fail = (code: string, message: string) =>
      problems.push({ severity: 'error', code, message: `Regel ${line}: ${message}`, line });

    const key = cell(cells, 'leerlingKey');
    const eckid = cell(cells, 'eckid');
    let leerlingId: string | null = null;
    const byKey = key ? (pupils.byKey.get(key) ?? []) : [];
    const byEckid = eckid ? (pupils.byEckid.get(eckid) ?? []) : [];
    const found = byKey.length > 0 ? byKey : byEckid;
    if (found.length === 1) leerlingId = found[0] ?? null;
    else if (found.length > 1)
      fail('resultaat.leerling-dubbel', `leerlingnummer '${key}' komt op meer scholen voor; kies de school.`);
    else if (!key && !eckid) fail('resultaat.leerling-ontbreekt', 'het leerlingnummer ontbreekt.');
    else
      fail(
        'resultaat.leerling-onbekend',
        `onbekende leerling '${key || eckid}'. Importeer eerst de leerlingen (EDEX.XML).`,
      );

    const toetsName = value(cells, 'toets');
    const resolved: ResolvedToets | string = toetsen.resolve(toetsName, value(cells, 'versie') || null);
    const toets = typeof resolved === 'string' ? null : resolved;
    if (typeof resolved === 'string') fail('resultaat.toets', resolved);

    const dateText = value(cells, 'afnamedatum');
    let afnamedatum: string | null = null;
    if (dateText) {
      const parsed = parseDutchDate(dateText);
      if (!parsed.ok) fail('resultaat.datum', parsed.error);
      else afnamedatum = parsed.value;
    }

    // A continuously normed test has no M/E moment: its date is the moment.
    const moment = toets?.moments === 'datum' ? (afnamedatum ?? '') : value(cells, 'moment').toUpperCase();
    if (!moment)
      fail(
        'resultaat.moment',
        'het toetsmoment ontbreekt (bijvoorbeeld M5), en voor deze toets is een datum niet genoeg.',
      );
    else if (toets) {
      const reason = momentProblem(toets, moment);
      if (reason) fail('resultaat.moment', reason);
    }

    const number = (field: ResultField, label: string) => {
      const text = cell(cells, field);
      if (!text) return null;
      const parsed = parseDutchNumber(text);
      if (!parsed.ok) {
        fail('resultaat.getal', `${label} '${text}': ${parsed.error}`);
        return null;
      }
      return parsed.value;
    };
    const vaardigheidsscore = number('vaardigheidsscore', 'vaardigheidsscore');
    if (vaardigheidsscore !== null && (vaardigheidsscore < SCORE_MIN || vaardigheidsscore > SCORE_MAX)) {
      fail(
        'resultaat.bereik',
        `vaardigheidsscore ${vaardigheidsscore} ligt buiten het bereik van een toetsschaal (${SCORE_MIN} tot ${SCORE_MAX}).`,
      );
    }
    const ruweScore = number('ruweScore', 'ruwe score');
    if (ruweScore !== null && ruweScore < 0)
      fail('resultaat.bereik', `ruwe score ${ruweScore} kan niet negatief zijn.`);
    const dle = number('dle', 'DLE');
    if (dle !== null && (dle < 0 || dle > 70))
      fail('resultaat.bereik', `DLE ${dle} ligt buiten 0 tot 70 maanden.`);

    let niveau: string | null = null;
    const levelText = cell(cells, 'niveau');
    if (levelText) {
      const system = LEVEL_SYSTEMS.find((s) => s === toets?.levelSystem) as LevelSystem | undefined;
      const parsed = parseLevel(levelText, system);
      if (!parsed.ok) fail('resultaat.niveau', parsed.reason);
      else niveau = parsed.level;
    }
    if (vaardigheidsscore === null && niveau === null) {
      fail('resultaat.leeg', 'er staat geen vaardigheidsscore en geen niveau in.');
    }

    let schooljaar: string | null = null;
    if (afnamedatum) schooljaar = schooljaarOfDate(afnamedatum);
    else if (isDateMoment(moment)) schooljaar = schooljaarOfDate(moment);
    else if (constants.schooljaar) schooljaar = constants.schooljaar;
    else if (leerlingId) {
      const jaargroep = parseMoment(moment)?.jaargroep;
      schooljaar =
        jaargroep === undefined
          ? null
          : (pupils.yearsByJaargroep.get(leerlingId)?.get(String(jaargroep))?.at(-1) ?? null);
      if (!schooljaar)
        fail(
          'resultaat.schooljaar',
          `het schooljaar is onbekend: geef de afnamedatum of kies het schooljaar voor het hele bestand.`,
        );
    }

    if (problems.length > 0 || !leerlingId || !toets || !schooljaar) return problems;
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
        cell(cells, 'functioneringsniveau')
          .replace(/\p{Cc}/gu, '')
          .trim()
          .toUpperCase() || null,
      dle,
    };
  };
}
