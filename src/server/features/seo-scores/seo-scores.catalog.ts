/**
 * What the SEO catalog says about a stored score's instrument and scale: whether high is good, and the
 * catalog's order of instruments and scales for a stable display. A school's own list ('eigen-…') is
 * not in the catalog: its scales count high as good and come after, in alphabetical order.
 */
import { SEO_INSTRUMENTS } from '../../../imports/seo/catalog';

export function higherIsBetter(instrument: string, schaal: string): boolean {
  const known = SEO_INSTRUMENTS.find((i) => i.code === instrument)?.scales.find((s) => s.code === schaal);
  return known?.higherIsBetter ?? true;
}

const LIST_ORDER = ['leerkracht', 'leerling', 'ouder'];

function rank(instrument: string, schaal?: string): number {
  const i = SEO_INSTRUMENTS.findIndex((x) => x.code === instrument);
  if (i < 0) return Number.MAX_SAFE_INTEGER;
  if (schaal === undefined) return i;
  const s = SEO_INSTRUMENTS[i]?.scales.findIndex((x) => x.code === schaal) ?? -1;
  return s < 0 ? Number.MAX_SAFE_INTEGER : s;
}

export const compareInstruments = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
export const compareLists = (a: string, b: string) => LIST_ORDER.indexOf(a) - LIST_ORDER.indexOf(b);
export const compareScales = (instrument: string) => (a: string, b: string) =>
  rank(instrument, a) - rank(instrument, b) || a.localeCompare(b);
