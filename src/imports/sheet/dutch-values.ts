/**
 * Values as Dutch exports write them. Both helpers return a result instead of throwing, so a row
 * with a bad cell becomes one readable problem ("regel 17: …") and the rest of the file goes on.
 */
type ValueResult<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): ValueResult<T> => ({ ok: true, value });
const fail = <T>(error: string): ValueResult<T> => ({ ok: false, error });

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/**
 * "12,5" → 12.5. Also "12.5", "-3", "1.234,5", "1,234.5", "1 234,5", "1.234.567". Empty → null.
 *
 * Rules, for the ambiguous cases:
 * - with both '.' and ',' the last one is the decimal separator and the other must group by three;
 * - one separator that occurs once is the decimal separator, so "1.234" is 1.234 and "1,234" is
 *   1.234: test scores have decimals far more often than thousands, and reading a decimal as a
 *   thousands separator would be the worse mistake (×1000);
 * - one separator that occurs more than once must group by three ("1.234.567").
 * No exponents, no currency, no percent signs: such a cell is reported, not guessed.
 */
export function parseDutchNumber(raw: string): ValueResult<number | null> {
  const text = raw
    .trim()
    .replace(/^\u2212/, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
  if (text === '') return ok(null);
  const m = /^([+-]?)(.*)$/.exec(text);
  const sign = m?.[1] === '-' ? -1 : 1;
  let body = (m?.[2] ?? '').trim().replace(/(\d) (?=\d{3}(\D|$))/g, '$1');
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return fail(`"${raw.trim()}" is geen getal.`);
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let intPart = body;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const at = body.lastIndexOf(decimal);
    intPart = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (!GROUPED(group).test(intPart) || fraction.includes(group)) {
      return fail(`"${raw.trim()}" is geen getal: de scheidingstekens kloppen niet.`);
    }
    intPart = intPart.split(group).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = body.split(sep).length - 1;
    if (count === 1) {
      const at = body.indexOf(sep);
      intPart = body.slice(0, at);
      fraction = body.slice(at + 1);
    } else if (GROUPED(sep).test(body)) {
      intPart = body.split(sep).join('');
    } else {
      return fail(`"${raw.trim()}" is geen getal: de scheidingstekens kloppen niet.`);
    }
  }
  if (intPart === '' && fraction === '') return fail(`"${raw.trim()}" is geen getal.`);
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fraction)) return fail(`"${raw.trim()}" is geen getal.`);
  body = `${intPart === '' ? '0' : intPart}${fraction === '' ? '' : `.${fraction}`}`;
  const value = sign * Number(body);
  return Number.isFinite(value) ? ok(value === 0 ? 0 : value) : fail(`"${raw.trim()}" is geen getal.`);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year-month-day exists in the calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const max = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return Number.isInteger(day) && day >= 1 && day <= max;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "14-03-2026", "14-3-2026", "14/03/2026", "14.03.2026", "2026-03-14" (and a trailing time such as
 * " 00:00" or "T00:00:00", which exports add) → "2026-03-14". Empty → null. Two-digit years are
 * refused: "14-03-26" could be 1926 for a grandparent and 2026 for a test.
 */
export function parseDutchDate(raw: string): ValueResult<string | null> {
  const text = raw.trim();
  if (text === '') return ok(null);
  const withoutTime = text.replace(/[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '');
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(withoutTime);
  const dutch = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2,4})$/.exec(withoutTime);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (dutch) {
    if ((dutch[4] ?? '').length !== 4) {
      return fail(`"${text}": schrijf het jaar voluit met vier cijfers (dd-mm-jjjj).`);
    }
    [day, month, year] = [Number(dutch[1]), Number(dutch[3]), Number(dutch[4])];
  } else {
    return fail(`"${text}" is geen datum; verwacht dd-mm-jjjj.`);
  }
  if (!isRealDate(year, month, day)) return fail(`"${text}" is geen bestaande datum.`);
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}
