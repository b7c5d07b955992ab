/** The values of one scale on one row: raw score and percentile in range, band and signal as written. */
import { bandOfPercentile, readSeoBand, readSeoSignal } from './catalog';
import type { SeoMeasure } from './fields';
import type { SeoBand, SeoSignal } from './instrument';
import { parseDutchNumber } from '../sheet/dutch-values';
import type { ReadMemo, SeoRowCells } from './row-cells';

/** The cells of a scale's measures on a row, with their columns for the messages. */
export type Measures = Partial<Record<SeoMeasure, { text: string; column: number }>>;

/** The scale's values, or null when all its cells are empty (no score for this scale). */
export function valuesOf(row: SeoRowCells, m: Measures, memo: ReadMemo) {
  if (!Object.values(m).some((v) => v.text !== '')) return null;
  const ruweScore = numberOf(row, m.ruweScore, 'ruwe score', { min: 0, max: null });
  const percentiel = numberOf(row, m.percentiel, 'percentiel', { min: 0, max: 100 });
  let band: SeoBand | null = null;
  if (m.band?.text) {
    const text = m.band.text;
    const read = memo.get('band', text, () => readSeoBand(text));
    if (read === 'onbekend')
      row.fail({
        code: 'seo.band',
        one: `onbekend niveau '${m.band.text}' in ${row.columnName(m.band.column)}; verwacht laag, gemiddeld of hoog.`,
      });
    else band = read;
  }
  if (band === null && percentiel !== null) band = bandOfPercentile(percentiel);
  let signaal: SeoSignal | null = null;
  if (m.signaal?.text) {
    const text = m.signaal.text;
    const read = memo.get('signaal', text, () => readSeoSignal(text));
    if (read === 'onbekend')
      row.fail({
        code: 'seo.signaal',
        one: `onbekend signaal '${m.signaal.text}' in ${row.columnName(m.signaal.column)}; verwacht bijvoorbeeld ja, nee, ! of !!.`,
      });
    else if (read !== 'geen') signaal = read;
  }
  return { ruweScore, percentiel, band, signaal };
}

function numberOf(
  row: SeoRowCells,
  cell: { text: string; column: number } | undefined,
  label: string,
  range: { min: number; max: number | null },
): number | null {
  if (!cell?.text) return null;
  const where = row.columnName(cell.column);
  const parsed = parseDutchNumber(cell.text);
  if (!parsed.ok) {
    row.fail({
      code: 'seo.getal',
      one: `${label} '${cell.text}' in ${where} is geen getal.`,
      many: `${label} in ${where} is geen getal (eerste: '${cell.text}').`,
      group: `seo.getal|${cell.column}`,
    });
    return null;
  }
  const value = parsed.value;
  if (value === null) return null;
  if (value >= range.min && (range.max === null || value <= range.max)) return value;
  const bounds = range.max === null ? `${range.min} of meer` : `${range.min} tot en met ${range.max}`;
  row.fail({
    code: 'seo.bereik',
    one: `${label} ${cell.text} in ${where} ligt buiten het bereik (${bounds}).`,
    many: `${label} in ${where} ligt buiten het bereik (${bounds}); eerste: ${cell.text}.`,
    group: `seo.bereik|${cell.column}`,
  });
  return null;
}
