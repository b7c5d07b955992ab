import { compactLabel, indexOfTokens, labelTokens } from '../normalize';
import { FIELD_SYNONYMS, RESULT_FIELDS, type ResultField } from './fields';

/** Field → 0-based column index. */
export type ColumnMapping = Partial<Record<ResultField, number>>;

interface ColumnSuggestion {
  column: number;
  header: string;
  /**
   * 1 for a header that is a synonym (after normalising); 0.5–0.85 for a header that contains one
   * ("Vaardigheidsscore (VS) Rekenen"), higher when the synonym is most of the header.
   */
  confidence: number;
  synonym: string;
}

interface MappingSuggestion {
  mapping: ColumnMapping;
  details: Partial<Record<ResultField, ColumnSuggestion>>;
  /** Columns no field was matched to, for the UI to show as "niet gebruikt". */
  unmappedColumns: number[];
}

/** Below this, a guess is worse than asking. */
const MIN_CONFIDENCE = 0.5;

interface Candidate extends ColumnSuggestion {
  field: ResultField;
}

/** A label normalised once: compared against every synonym, and every synonym against every header. */
interface Label {
  compact: string;
  tokens: string[];
}

const labelOf = (text: string): Label => ({ compact: compactLabel(text), tokens: labelTokens(text) });

/**
 * The synonyms and excluded words of every field, normalised once for the process: a header row is
 * compared against all of them, and normalising per comparison made a wide header cost seconds.
 */
const FIELD_LABEL_SETS = RESULT_FIELDS.map((field) => {
  const { synonyms, excludes = [] } = FIELD_SYNONYMS[field];
  return {
    field,
    synonyms: synonyms.map((synonym) => ({ synonym, label: labelOf(synonym) })),
    excludes: excludes.map(compactLabel),
  };
});

function score(header: Label, synonym: Label): number {
  const h = header.compact;
  const s = synonym.compact;
  if (h === '' || s === '') return 0;
  if (h === s) return 1;
  if (indexOfTokens(header.tokens, synonym.tokens) < 0) return 0;
  return Math.min(0.85, 0.5 + 0.35 * (s.length / h.length));
}

function candidates(headers: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  headers.forEach((header, column) => {
    const label = labelOf(header);
    for (const { field, synonyms, excludes } of FIELD_LABEL_SETS) {
      if (excludes.some((word) => label.compact.includes(word))) continue;
      let best: Candidate | null = null;
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
 * A proposal only: the user confirms it, and validateMapping checks the result.
 */
export function suggestMapping(headers: readonly string[]): MappingSuggestion {
  const order = (f: ResultField) => RESULT_FIELDS.indexOf(f);
  const sorted = candidates(headers).sort(
    (a, b) => b.confidence - a.confidence || order(a.field) - order(b.field) || a.column - b.column,
  );
  const mapping: ColumnMapping = {};
  const details: Partial<Record<ResultField, ColumnSuggestion>> = {};
  const used = new Set<number>();
  for (const { field, ...suggestion } of sorted) {
    if (mapping[field] !== undefined || used.has(suggestion.column)) continue;
    mapping[field] = suggestion.column;
    details[field] = suggestion;
    used.add(suggestion.column);
  }
  const unmappedColumns = headers.map((_, i) => i).filter((i) => !used.has(i));
  return { mapping, details, unmappedColumns };
}
