/**
 * Reading one raw record's fields with the checks that need nothing else: trimmed values, keys,
 * dates, codes, names. Problems name the record ("Leerling 5001 (regel 77): …").
 */
import type { ProblemList } from '../problems';
import type { RawRecord, RawRef } from './collector';
import { isJaargroepCode, normalizeJaargroep, parseGeslacht, parseXsDate, parseXsDateTime } from './codes';
import type { EdexLeerling, EdexPersonName } from './types';

const LABEL = {
  groep: 'Groep',
  leerling: 'Leerling',
  leerkracht: 'Leerkracht',
  vestiging: 'Vestiging',
};
export type Kind = keyof typeof LABEL;

export class RecordReader {
  seenEckid = false;
  private readonly eckids = new Map<string, string>();

  constructor(protected readonly problems: ProblemList) {}

  protected field(
    r: RawRecord,
    name: string,
    kind: Kind | 'school',
    key: string | null = null,
  ): string | null {
    if (r.duplicateFields.has(name)) {
      r.duplicateFields.delete(name);
      const who = kind === 'school' ? `School (regel ${r.line})` : `${LABEL[kind]} ${key} (regel ${r.line})`;
      this.problems.warning(
        'edexml.dubbel-veld',
        `${who}: <${name}> staat er meer dan eens; de eerste telt.`,
        {
          line: r.line,
          ...(key === null ? {} : { key }),
        },
      );
    }
    const value = r.fields.get(name)?.trim();
    return value ? value : null;
  }

  protected names(r: RawRecord, kind: 'leerling' | 'leerkracht', key: string): EdexPersonName {
    const achternaam = this.field(r, 'achternaam', kind, key);
    if (achternaam === null) {
      if (this.field(r, 'roepnaam', kind, key) === null) {
        this.error('edexml.naam-ontbreekt', kind, key, r.line, 'achternaam en roepnaam ontbreken allebei');
      } else {
        this.warning(
          'edexml.achternaam-ontbreekt',
          kind,
          key,
          r.line,
          'alleen een roepnaam, geen achternaam',
        );
      }
    }
    return {
      achternaam,
      voorvoegsel: this.field(r, 'voorvoegsel', kind, key),
      voornamen: this.field(r, 'voornamen', kind, key),
      voorletters: this.field(r, 'voorletters-1', kind, key),
    };
  }

  protected key(r: RawRecord, kind: Kind): string | null {
    const key = r.key?.trim() ?? '';
    if (key === '') {
      this.problems.error(
        'edexml.key-ontbreekt',
        `${LABEL[kind]} op regel ${r.line} heeft geen key en is overgeslagen.`,
        {
          line: r.line,
        },
      );
      return null;
    }
    if (key.length > 256) {
      this.problems.error(
        'edexml.key-te-lang',
        `${LABEL[kind]} op regel ${r.line}: de key is langer dan 256 tekens; overgeslagen.`,
        { line: r.line },
      );
      return null;
    }
    return key;
  }

  protected stable(key: string, kind: 'leerling' | 'leerkracht', line: number): boolean {
    if (!key.startsWith('#')) return true;
    this.warning(
      'edexml.key-instabiel',
      kind,
      key,
      line,
      'de key begint met # en is dus tijdelijk; bij een volgende import kan dezelfde persoon een andere key hebben',
    );
    return false;
  }

  protected eckid(r: RawRecord, kind: 'leerling' | 'leerkracht', key: string): string | null {
    const eckid = r.eckid?.trim() || null;
    if (eckid === null) return null;
    this.seenEckid = true;
    // Unique per kind (EDEXML 2.1 leerlingEckidUnique / leerkrachtEckidUnique).
    const other = this.eckids.get(`${kind}:${eckid}`);
    if (other !== undefined) {
      this.error('edexml.eckid-dubbel', kind, key, r.line, `heeft hetzelfde ECK-iD als ${kind} ${other}`);
      return null;
    }
    this.eckids.set(`${kind}:${eckid}`, key);
    return eckid;
  }

  protected date(r: RawRecord, name: string, kind: Kind | 'school', key: string | null): string | null {
    const raw = this.field(r, name, kind, key);
    if (raw === null) return null;
    const date = parseXsDate(raw);
    if (date === null) {
      const who = kind === 'school' ? 'School' : `${LABEL[kind]} ${key}`;
      this.problems.error(
        'edexml.datum-ongeldig',
        `${who} (regel ${r.line}): ${name} "${raw}" is geen geldige datum (verwacht jjjj-mm-dd).`,
        { line: r.line, ...(key === null ? {} : { key }), path: name },
      );
    }
    return date;
  }

  protected dateTime(r: RawRecord, name: string): string | null {
    const raw = this.field(r, name, 'school');
    return raw === null ? null : parseXsDateTime(raw);
  }

  protected jaargroep(r: RawRecord, kind: 'groep' | 'leerling', key: string): string | null {
    const raw = this.field(r, 'jaargroep', kind, key);
    if (raw === null) return null;
    const code = normalizeJaargroep(raw);
    if (isJaargroepCode(code)) return code;
    this.error(
      'edexml.jaargroep-onbekend',
      kind,
      key,
      r.line,
      `jaargroep "${raw}" is geen bekende EDEXML-code`,
    );
    return null;
  }

  protected geslacht(r: RawRecord, key: string): EdexLeerling['geslacht'] {
    const raw = this.field(r, 'geslacht', 'leerling', key);
    if (raw === null) return null;
    const g = parseGeslacht(raw);
    if (g === null)
      this.warning(
        'edexml.geslacht-onbekend',
        'leerling',
        key,
        r.line,
        `geslacht "${raw}" is geen code 0, 1, 2 of 9`,
      );
    return g;
  }

  /** The keys of references (`<groep key="…"/>`), trimmed and once each; a reference without key is reported. */
  protected refs(refs: RawRef[], kind: 'leerling' | 'leerkracht', key: string): string[] {
    const empty = refs.find((ref) => !ref.key?.trim());
    if (empty)
      this.error(
        'edexml.verwijzing-zonder-key',
        kind,
        key,
        empty.line,
        'een verwijzing naar een groep of vestiging heeft geen key',
      );
    return refKeys(refs);
  }

  protected single(refs: RawRef[], kind: 'leerling', key: string, what: string): string | null {
    const keys = this.refs(refs, kind, key);
    if (keys.length > 1) {
      this.warning(
        'edexml.meerdere-verwijzingen',
        kind,
        key,
        refs[1]?.line ?? 0,
        `meer dan één ${what}; de eerste telt`,
      );
    }
    return keys[0] ?? null;
  }

  protected duplicate(kind: Kind, key: string, line: number): void {
    this.error(
      'edexml.key-dubbel',
      kind,
      key,
      line,
      'deze key komt al eerder voor; dit tweede exemplaar is overgeslagen',
    );
  }

  error(code: string, kind: Kind, key: string, line: number, text: string): void {
    this.problems.error(code, `${LABEL[kind]} ${key} (regel ${line}): ${text}.`, { line, key });
  }

  warning(code: string, kind: Kind, key: string, line: number, text: string): void {
    this.problems.warning(code, `${LABEL[kind]} ${key} (regel ${line}): ${text}.`, { line, key });
  }
}

function refKeys(refs: RawRef[]): string[] {
  const keys: string[] = [];
  for (const ref of refs) {
    const key = ref.key?.trim();
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
