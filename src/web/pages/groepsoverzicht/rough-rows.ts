/** About this many characters fit on a line of a row's text field (xs type, the column's width). */
const CHARS_PER_LINE = 38;
const MIN_ROWS = 2;
const MAX_ROWS = 12;

/**
 * The rows a text field needs for its text, counted without measuring anything: each line of the
 * text wraps every CHARS_PER_LINE characters. Only for browsers without `field-sizing: content`, where
 * it keeps a long text from hiding behind a two-row box; between 2 and 12 rows.
 */
export function roughRows(text: string): number {
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  return Math.min(MAX_ROWS, Math.max(MIN_ROWS, lines));
}
