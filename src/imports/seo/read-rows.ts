/**
 * The rows of a social-emotional export to scores: per pupil, instrument, list, scale and date the raw
 * score, percentile, band (the export's, else the percentile's) and the instrument's own signal.
 * Pure: the pupil is found by the caller's `pupilOf` (the database's pupils, matched as for results).
 * Problems name the line and column and are grouped by kind (grouped-problems.ts).
 */
import { schooljaarOfDate } from '../../domain/schooljaar';
import type { ImportProblem } from '../problems';
import { parseDutchDate } from '../sheet/dutch-values';
import {
  readSeoList,
  SEO_INSTRUMENTS,
  seoInstrumentByCode,
  seoInstrumentByName,
  seoScaleByName,
  seoScaleInHeader,
} from './catalog';
import { GroupedProblems, type RowProblem } from './grouped-problems';
import { SEO_LISTS, type SeoBand, type SeoInstrument, type SeoList, type SeoSignal } from './instrument';
import { ReadMemo, SeoRowCells, type SeoConstants, type SeoReadMapping } from './row-cells';
import { valuesOf, type Measures } from './row-values';

export type { SeoConstants, SeoReadMapping };

export interface SeoScore {
  line: number;
  leerlingId: string;
  instrument: string;
  versie: string | null;
  lijst: SeoList;
  schaal: string;
  afnamedatum: string;
  schooljaar: string;
  ruweScore: number | null;
  percentiel: number | null;
  band: SeoBand | null;
  signaal: SeoSignal | null;
}

export interface SeoReadOptions extends SeoReadMapping {
  instruments?: readonly SeoInstrument[];
  /** Names to show per instrument code (a school's own list by its name); the code otherwise. */
  names?: Readonly<Record<string, string>>;
  /** The pupil of a row by its number or ECK-iD: the pupil's id, or what is wrong. */
  pupilOf(key: string, eckid: string): string | RowProblem;
}

/** How the catalog's instruments are named in a message. */
export const SEO_INSTRUMENT_NAMES: Readonly<Record<string, string>> = {
  zien: 'ZIEN!',
  kanvas: 'KanVAS',
  scol: 'SCOL',
  kindbegrip: 'Kindbegrip',
  'lib-sef': 'Leerling in Beeld sociaal-emotioneel',
};

const LIST_NAMES: Record<SeoList, string> = {
  leerkracht: 'leerkrachtlijst',
  leerling: 'leerlinglijst',
  ouder: 'ouderlijst',
};

/** The instrument a cell or a chosen value names: by its code, else by a name the exports use. */
export function seoInstrumentOf(text: string, instruments: readonly SeoInstrument[]) {
  return (
    seoInstrumentByCode(text.trim().toLowerCase(), instruments) ?? seoInstrumentByName(text, instruments)
  );
}

/** The list a cell or a chosen value names. */
export function seoListOf(text: string): SeoList | null {
  const code = text.trim().toLowerCase();
  return (SEO_LISTS as readonly string[]).includes(code) ? (code as SeoList) : readSeoList(text);
}

/**
 * Reads the rows one by one (`read`), keeps the valid scores, and groups the problems. A row with any
 * error gives no score at all; the import writes nothing while any row has one.
 */
export class SeoRowReader {
  readonly scores: SeoScore[] = [];
  readonly rows = { total: 0, valid: 0, invalid: 0, empty: 0 };
  /** Problems of the chosen values for the whole file: when there are any, no row is read. */
  readonly fileProblems: ImportProblem[] = [];
  private readonly problems = new GroupedProblems();
  private readonly firstLine = new Map<string, number>();
  private readonly instruments: readonly SeoInstrument[];
  private readonly memo = new ReadMemo();

  constructor(private readonly options: SeoReadOptions) {
    this.instruments = options.instruments ?? SEO_INSTRUMENTS;
    this.checkConstants();
  }

  private nameOf(code: string) {
    return this.options.names?.[code] ?? SEO_INSTRUMENT_NAMES[code] ?? code;
  }

  private checkConstants() {
    const { instrument, lijst, afnamedatum } = this.options.constants ?? {};
    const fail = (field: string, message: string) =>
      this.fileProblems.push({ severity: 'error', code: 'seo.keuze', message, path: `constants.${field}` });
    if (instrument?.trim() && !seoInstrumentOf(instrument, this.instruments))
      fail('instrument', `Het gekozen instrument '${instrument.trim()}' is onbekend.`);
    if (lijst?.trim() && !seoListOf(lijst))
      fail('lijst', `De gekozen lijst '${lijst.trim()}' is onbekend; kies leerkracht, leerling of ouder.`);
    const date = afnamedatum?.trim() ? parseDutchDate(afnamedatum) : null;
    if (date && !date.ok) fail('afnamedatum', `De gekozen afnamedatum: ${date.error}`);
  }

  /** One row of the file (after the header). */
  read(line: number, cells: readonly string[]): void {
    if (cells.every((c) => c.trim() === '')) {
      this.rows.empty += 1;
      return;
    }
    this.rows.total += 1;
    const row = new SeoRowCells(line, cells, this.options);
    const found = this.scoresOf(row);
    const fresh = found.filter((s) => this.isFirst(row, s));
    if (row.failed) {
      this.rows.invalid += 1;
    } else if (fresh.length === 0) {
      // A row whose scale cells are all empty: a pupil not (yet) observed.
      row.warn({
        code: 'seo.geen-score',
        one: 'er staat geen score in; de regel is overgeslagen.',
        many: 'er staat geen score in; deze regels zijn overgeslagen.',
      });
    } else {
      this.rows.valid += 1;
      for (const score of fresh) this.scores.push(score);
    }
    for (const p of row.problems) this.problems.add(line, p);
  }

  /** Whether no earlier line had this pupil, list, scale and date; the problem is the row's if one did. */
  private isFirst(row: SeoRowCells, s: SeoScore): boolean {
    const key = `${s.leerlingId}|${s.instrument}|${s.lijst}|${s.schaal}|${s.afnamedatum}`;
    const earlier = this.firstLine.get(key);
    if (earlier === undefined) {
      if (!row.failed) this.firstLine.set(key, row.line);
      return true;
    }
    row.fail({
      code: 'seo.dubbel',
      one: `dezelfde leerling, lijst, schaal (${s.schaal}) en datum staan ook op regel ${earlier}.`,
      many: 'dezelfde leerling, lijst, schaal en datum staan ook op een eerdere regel.',
      group: 'seo.dubbel',
    });
    return false;
  }

  finish(): ImportProblem[] {
    return [...this.fileProblems, ...this.problems.finish()];
  }

  private scoresOf(row: SeoRowCells): SeoScore[] {
    const leerlingId = this.pupilOf(row);
    const instrument = this.instrumentOf(row);
    const lijst = instrument ? this.listOf(row, instrument) : null;
    const afnamedatum = this.dateOf(row);
    const versie = row.value('versie') || null;
    const perScale = instrument ? this.scalesOf(row, instrument, lijst) : [];
    const scores: SeoScore[] = [];
    for (const { schaal, measures } of perScale) {
      const values = valuesOf(row, measures, this.memo);
      if (!values) continue;
      if (!leerlingId || !instrument || !lijst || !afnamedatum) continue;
      scores.push({
        line: row.line,
        leerlingId,
        instrument: instrument.code,
        versie,
        lijst,
        schaal,
        afnamedatum,
        schooljaar: schooljaarOfDate(afnamedatum),
        ...values,
      });
    }
    return row.failed ? [] : scores;
  }

  private pupilOf(row: SeoRowCells): string | null {
    const found = this.options.pupilOf(row.cell('leerlingKey'), row.cell('eckid'));
    if (typeof found === 'string') return found;
    row.fail(found);
    return null;
  }

  private instrumentOf(row: SeoRowCells): SeoInstrument | null {
    const text = row.value('instrument');
    if (!text) {
      row.fail({ code: 'seo.instrument', one: 'het instrument ontbreekt.' });
      return null;
    }
    const found = this.memo.get('instrument', text, () => seoInstrumentOf(text, this.instruments));
    if (!found)
      row.fail({
        code: 'seo.instrument',
        one: `onbekend instrument '${text}' in ${row.columnOf('instrument')}.`,
      });
    return found;
  }

  private listOf(row: SeoRowCells, instrument: SeoInstrument): SeoList | null {
    const text = row.value('lijst');
    const only = instrument.lists.length === 1 ? (instrument.lists[0] ?? null) : null;
    const lijst = text ? this.memo.get('lijst', text, () => seoListOf(text)) : only;
    const name = this.nameOf(instrument.code);
    if (!lijst) {
      row.fail({
        code: 'seo.lijst',
        one: text
          ? `onbekende lijst '${text}' in ${row.columnOf('lijst')}; verwacht leerkracht, leerling of ouder.`
          : `het is niet bekend wie de lijst van ${name} invulde; kies leerkracht, leerling of ouder.`,
      });
    } else if (!instrument.lists.includes(lijst)) {
      row.fail({ code: 'seo.lijst', one: `${name} heeft geen ${LIST_NAMES[lijst]}.` });
      return null;
    }
    return lijst;
  }

  private dateOf(row: SeoRowCells): string | null {
    const text = row.value('afnamedatum');
    const parsed = this.memo.get('datum', text, () => parseDutchDate(text));
    if (parsed.ok && parsed.value) return parsed.value;
    row.fail(
      parsed.ok
        ? { code: 'seo.datum', one: 'de afnamedatum ontbreekt.' }
        : {
            code: 'seo.datum',
            one: `afnamedatum in ${row.columnOf('afnamedatum')}: ${parsed.error}`,
            many: `de afnamedatum in ${row.columnOf('afnamedatum')} is geen geldige datum (eerste: '${text}').`,
          },
    );
    return null;
  }

  /** The scales of the row with the cells of their measures: one (long layout) or one per column group. */
  private scalesOf(row: SeoRowCells, instrument: SeoInstrument, lijst: SeoList | null) {
    const name = this.nameOf(instrument.code);
    const checked = (code: string, measures: Measures) => {
      const scale = instrument.scales.find((s) => s.code === code);
      if (!scale) {
        row.fail({ code: 'seo.schaal', one: `${name} heeft geen schaal '${code}'.` });
        return null;
      }
      if (lijst && !scale.lists.includes(lijst)) {
        row.fail({
          code: 'seo.schaal-lijst',
          one: `de schaal '${code}' hoort niet bij de ${LIST_NAMES[lijst]} van ${name}.`,
        });
        return null;
      }
      return { schaal: code, measures };
    };
    if (this.options.mapping.schaal !== undefined) {
      const text = row.cell('schaal');
      if (!text) {
        row.fail({ code: 'seo.schaal', one: `de schaal ontbreekt in ${row.columnOf('schaal')}.` });
        return [];
      }
      const scale = this.memo.get(
        `schaal:${instrument.code}`,
        text,
        () => seoScaleByName(instrument, text) ?? seoScaleInHeader(instrument, text),
      );
      if (!scale) {
        // Said once per name, however many pupils have a row with it.
        row.fail({ code: 'seo.schaal', one: `onbekende schaal '${text}' van ${name}.` });
        return [];
      }
      const measures: Measures = {};
      for (const m of ['ruweScore', 'percentiel', 'band', 'signaal'] as const) {
        const column = this.options.mapping[m];
        if (column !== undefined) measures[m] = { text: row.cell(m), column };
      }
      const one = checked(scale.code, measures);
      return one ? [one] : [];
    }
    const byScale = new Map<string, Measures>();
    for (const c of this.options.scaleColumns) {
      const measures = byScale.get(c.schaal) ?? {};
      measures[c.measure] = { text: (row.cells[c.column] ?? '').trim(), column: c.column };
      byScale.set(c.schaal, measures);
    }
    return [...byScale].flatMap(([code, measures]) => checked(code, measures) ?? []);
  }
}
