import { compactLabel, indexOfTokens, labelTokens } from '../normalize';
import { looksLikeHeader } from '../sheet/header-row';
import { FIELD_SYNONYMS, RESULT_FIELDS, type ResultField } from './fields';

/** Field → 0-based column index. */
export type ColumnMapping = Partial<Record<ResultField, number>>;

export interface ColumnSuggestion {
  column: number;
  header: string;
  /**
   * 1 for a header that is a synonym (after normalising); 0.5–0.85 for a header that contains one
   * ("Vaardigheidsscore (VS) Rekenen"), higher when the synonym is most of the header.
   */
  confidence: number;
  synonym: string;
}

export interface MappingSuggestion<F extends string = ResultField> {
  mapping: Partial<Record<F, number>>;
  details: Partial<Record<F, ColumnSuggestion>>;
  /** Columns no field was matched to, for the UI to show as "niet gebruikt". */
  unmappedColumns: number[];
}

/** Below this, a guess is worse than asking. */
const MIN_CONFIDENCE = 0.5;

type Candidate<F extends string> = ColumnSuggestion & { field: F };

/** A label normalised once: compared against every synonym, and every synonym against every header. */
interface Label {
  compact: string;
  tokens: string[];
}

const labelOf = (text: string): Label => ({ compact: compactLabel(text), tokens: labelTokens(text) });

function score(header: Label, synonym: Label): number {
  const h = header.compact;
  const s = synonym.compact;
  if (h === '' || s === '') return 0;
  if (h === s) return 1;
  if (indexOfTokens(header.tokens, synonym.tokens) < 0) return 0;
  return Math.min(0.85, 0.5 + 0.35 * (s.length / h.length));
}

/**
 * A suggester for a set of fields and their synonyms. The synonyms and excluded words are normalised
 * once, when it is made: a header row is compared against all of them, and normalising per comparison
 * made a wide header cost seconds.
 */
export function columnSuggester<F extends string>(
  fields: readonly F[],
  synonymsOf: Readonly<Record<F, { synonyms: readonly string[]; excludes?: readonly string[] }>>,
) {
  const sets = fields.map((field) => {
    const { synonyms, excludes = [] } = synonymsOf[field];
    return {
      field,
      synonyms: synonyms.map((synonym) => ({ synonym, label: labelOf(synonym) })),
      excludes: excludes.map(compactLabel),
    };
  });

  function candidates(headers: readonly string[]): Candidate<F>[] {
    const found: Candidate<F>[] = [];
    headers.forEach((header, column) => {
      const label = labelOf(header);
      for (const { field, synonyms, excludes } of sets) {
        if (excludes.some((word) => label.compact.includes(word))) continue;
        let best: Candidate<F> | null = null;
        for (const { synonym, label: synonymLabel } of synonyms) {
          const confidence = score(label, synonymLabel);
          if (confidence >= MIN_CONFIDENCE && (!best || confidence > best.confidence)) {
            best = { field, column, header, confidence, synonym };
          }
        }
        if (best) found.push(best);
      }
    });
    return found;
  }

  /**
   * Proposes which column holds which field. Best matches are assigned first and every column and
   * field is used once, so "Ruwe score" goes to ruweScore and is not also taken as the vaardigheidsscore.
   * A proposal only: the user confirms it, and the mapping is checked before use.
   */
  return function suggest(headers: readonly string[]): MappingSuggestion<F> {
    const order = (f: F) => fields.indexOf(f);
    const sorted = candidates(headers).sort(
      (a, b) => b.confidence - a.confidence || order(a.field) - order(b.field) || a.column - b.column,
    );
    const mapping: Partial<Record<F, number>> = {};
    const details: Partial<Record<F, ColumnSuggestion>> = {};
    const used = new Set<number>();
    for (const { field, ...suggestion } of sorted) {
      if (mapping[field] !== undefined || used.has(suggestion.column)) continue;
      mapping[field] = suggestion.column;
      details[field] = suggestion;
      used.add(suggestion.column);
    }
    const unmappedColumns = headers.map((_, i) => i).filter((i) => !used.has(i));
    return { mapping, details, unmappedColumns };
  };
}

/** The column mapping of a results file, proposed from its header row. */
export const suggestMapping: (headers: readonly string[]) => MappingSuggestion = columnSuggester(
  RESULT_FIELDS,
  FIELD_SYNONYMS,
);

/** Whether a row is the header of a results file: several cells are names of result fields. */
export function isResultsHeader(cells: readonly string[]): boolean {
  return looksLikeHeader(suggestMapping(cells).details);
}
