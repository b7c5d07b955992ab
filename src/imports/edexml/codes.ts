/**
 * Code lists of EDEXML (EDEXML.types.variabel.xsd / types.vast.xsd of 1.03, 2.0 and 2.1).
 */
import { isRealDate } from '../sheet/dutch-values';
import type { EdexmlVersion, Geslacht } from './types';

/**
 * EDEXJaargroepType over all versions: B, D (2.x, childcare), 0–8, 11–13 (1.03) and 11–16 (2.x),
 * S (S(B)O), V (VSO, 2.x), C (combination group, jaargroep per pupil, 2.x), N (niet PO/VO, 2.x),
 * H (historisch: the pupil has left).
 */
const JAARGROEP_CODES = [
  'B',
  'D',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  'S',
  'V',
  'C',
  'N',
  'H',
] as const;
type JaargroepCode = (typeof JAARGROEP_CODES)[number];

export function isJaargroepCode(value: string): value is JaargroepCode {
  return (JAARGROEP_CODES as readonly string[]).includes(value);
}

/** Codes are case-sensitive in the schema; we accept 'c' for 'C' and ' 4 ' for '4'. */
export function normalizeJaargroep(value: string): string {
  return value.trim().toUpperCase();
}

export function parseGeslacht(value: string): Geslacht | null {
  const v = value.trim();
  return v === '0' || v === '1' || v === '2' || v === '9' ? v : null;
}

/**
 * xs:date ('2014-10-01', optionally with a time zone such as 'Z' or '+01:00', which says nothing
 * about the calendar day) → 'YYYY-MM-DD', or null when it is not a real date.
 */
export function parseXsDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** xs:dateTime → 'YYYY-MM-DDTHH:MM:SS' as written (no zone conversion), or null. */
export function parseXsDateTime(value: string): string | null {
  const v = value.trim();
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/.exec(v);
  return m && parseXsDate(m[1] ?? '') !== null ? v : null;
}

/**
 * xsdversie → the EDEXML version. UWLR 2.x answers carry their own version (2.2, 2.3) and are built
 * on EDEXML 2.1.
 */
export function normalizeVersion(xsdversie: string, uwlr: boolean): EdexmlVersion | null {
  const v = xsdversie.trim().replace(/^v(ersie)?\s*/i, '');
  if (/^1\.0?3$|^1\.0\.3$/.test(v)) return '1.03';
  if (/^2(\.0)?$/.test(v)) return '2.0';
  if (/^2\.1(\.\d+)?$/.test(v)) return '2.1';
  if (uwlr && /^2\.\d+$/.test(v)) return '2.1';
  return null;
}

export const BRINCODE = /^\d{2}[A-Z]{2}$/;
