/** Dates, times and numbers as a reader of the language expects them. */
export type Language = 'nl' | 'en';

export interface Formatters {
  /** dd-mm-jjjj (Dutch schools write dates so, in both languages); '–' without a date. */
  formatDate(iso: string | null | undefined): string;
  /** The clock time of a moment, hh:mm in the reader's time zone. */
  formatTime(iso: string): string;
  /** At most one decimal, with the language's decimal sign; '–' without a value. */
  formatNumber(value: number | null | undefined): string;
}

export function formattersFor(language: Language): Formatters {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    formatDate: (iso) =>
      iso ? dateFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)).replace(/\//g, '-') : '–',
    formatTime: (iso) => timeFormat.format(new Date(iso)),
    formatNumber: (n) => (n === null || n === undefined ? '–' : numberFormat.format(n)),
  };
}
