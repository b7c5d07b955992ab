/**
 * The date of taking a list, as a title block above the header writes it ("Afnamedatum: 12-11-2026",
 * or the label in one cell and the date in the next). An export date ("Geëxporteerd op 14-11-2026")
 * is not the date the list was filled in, so only cells whose label says so are read.
 */
import { labelTokens } from '../normalize';
import { parseDutchDate } from '../sheet/dutch-values';

const LABELS = ['afnamedatum', 'afname', 'afgenomen', 'ingevuld', 'invuldatum', 'datum afname', 'peildatum'];
const DATE = /\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{1,2}-\d{1,2}/;

const labelled = (cell: string) => {
  const tokens = labelTokens(cell);
  return LABELS.some((l) => {
    const words = labelTokens(l);
    return words.every((w) => tokens.includes(w));
  });
};

/** The first labelled date of the title block, as an ISO date; null when it names none. */
export function seoDateInTitle(rows: readonly (readonly string[])[]): string | null {
  for (const cells of rows) {
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i] ?? '';
      if (!labelled(cell)) continue;
      for (const candidate of [cell, cells[i + 1] ?? '']) {
        const found = DATE.exec(candidate)?.[0];
        const parsed = found ? parseDutchDate(found) : null;
        if (parsed?.ok && parsed.value) return parsed.value;
      }
    }
  }
  return null;
}
