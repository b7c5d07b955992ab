/**
 * The instruments an SEO file of a school can be about: the catalog's, and the school's own lists
 * (seo_eigen_lijst) in the same shape, so the row reader and the mapping treat them alike.
 */
import {
  SEO_DOMAINS,
  SEO_INSTRUMENT_NAMES,
  SEO_INSTRUMENTS,
  SEO_LISTS,
  type SeoDomain,
  type SeoInstrument,
} from '../../../imports';
import type { Db } from '../../db/database';
import { findEigenLijsten } from './seo-import.queries';

export interface SchoolSeoInstruments {
  instruments: SeoInstrument[];
  names: Record<string, string>;
  fromSchool: ReadonlySet<string>;
}

/** A school's own list's code as stored with its scores: 'eigen-…', never a catalog code. */
export const eigenCode = (code: string) => (code.startsWith('eigen-') ? code : `eigen-${code}`);

function scalesOf(json: string): { code: string; name: string; domain: SeoDomain }[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((s: unknown) => {
      if (typeof s !== 'object' || s === null) return [];
      const { code, name, domain } = s as Record<string, unknown>;
      if (typeof code !== 'string' || code === '') return [];
      const known = (SEO_DOMAINS as readonly unknown[]).includes(domain) ? (domain as SeoDomain) : 'overig';
      return [{ code, name: typeof name === 'string' ? name : code, domain: known }];
    });
  } catch {
    return [];
  }
}

export async function schoolSeoInstruments(db: Db, schoolId: string): Promise<SchoolSeoInstruments> {
  const own = await findEigenLijsten(db, schoolId);
  const names: Record<string, string> = { ...SEO_INSTRUMENT_NAMES };
  const instruments: SeoInstrument[] = [...SEO_INSTRUMENTS];
  const fromSchool = new Set<string>();
  for (const lijst of own) {
    const code = eigenCode(lijst.code);
    names[code] = lijst.name;
    fromSchool.add(code);
    instruments.push({
      code,
      publisher: 'school',
      // A school's own list can be filled in by anyone; the file or the user says by whom.
      lists: SEO_LISTS,
      scales: scalesOf(lijst.scales).map((s) => ({
        code: s.code,
        domain: s.domain,
        lists: SEO_LISTS,
        higherIsBetter: true,
        synonyms: [s.name, s.code.replace(/-/g, ' ')],
      })),
      synonyms: [lijst.name, lijst.code],
      inspectieMonitoring: false,
      wideMeasure: 'ruweScore',
      assumptions: [],
    });
  }
  return { instruments, names, fromSchool };
}

/** The instruments as the browser's mapping step lists them. */
export const instrumentInfo = (school: SchoolSeoInstruments) =>
  school.instruments.map((i) => ({
    code: i.code,
    name: school.names[i.code] ?? i.code,
    source: school.fromSchool.has(i.code) ? ('school' as const) : ('catalogus' as const),
    lists: [...i.lists],
    // The first synonym is how people write the scale: its name on a school's own list, the code in words otherwise.
    scales: i.scales.map((s) => ({ code: s.code, name: s.synonyms[0] ?? s.code, lists: [...s.lists] })),
  }));
