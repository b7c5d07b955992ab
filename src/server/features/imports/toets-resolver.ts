/**
 * From the name (and version) an export writes to a toets of Leerwinst: first the school's own and
 * the known toetsen, then the catalog of common instruments (a catalog instrument becomes a toets on
 * first use). A name that fits several scales is not guessed: the user must say which one. A version
 * label the catalog does not know is read by what the school chose for it (version-labels.ts).
 */
import type { Insertable } from 'kysely';
import { instrumentByCode, instrumentCandidates, matchInstrument, type Instrument } from '../../../imports';
import { parseMoment, isDateMoment } from '../../../domain/moments';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { ToetsTable } from '../../db/schema';
import { findToetsen } from '../norms/norms.queries';
import { findVersionChoices } from './version-labels.queries';
import { VersionLabels, type AwaitingVersion, type VersionChoice } from './version-labels';

export interface ResolvedToets {
  id: string;
  name: string;
  vak: string;
  version: string;
  scaleKey: string;
  levelSystem: string | null;
  /** 'datum' for continuously normed tests; otherwise the valid moments, or null for "any B/M/E 3–8". */
  moments: readonly string[] | 'datum' | null;
  /** Documented bounds of the scores (catalog instruments only). */
  ranges: Instrument['ranges'] | null;
}

const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export class ToetsResolver {
  private readonly known: (ResolvedToets & { code: string })[] = [];
  private readonly cache = new Map<string, ResolvedToets | string | AwaitingVersion>();
  readonly inserts: Insertable<ToetsTable>[] = [];

  private constructor(
    private readonly now: Date,
    readonly versions: VersionLabels,
  ) {}

  /** `choices`: version labels chosen for this file, over those the school chose before. */
  static async create(
    db: Db,
    schoolId: string | null,
    now: Date,
    choices: readonly VersionChoice[] = [],
  ): Promise<ToetsResolver> {
    const stored = schoolId ? await findVersionChoices(db, schoolId) : [];
    const earlier = stored.map((c) => ({
      toets: c.toets_label,
      versie: c.versie_label,
      instrument: c.instrument_code,
    }));
    const resolver = new ToetsResolver(now, new VersionLabels([...earlier, ...choices]));
    const rows = await findToetsen(db, schoolId);
    for (const r of rows) {
      // A catalog instrument that is already a toets row keeps the catalog's moments (or its date).
      const instrument = r.school_id === null ? instrumentByCode(r.code) : null;
      resolver.known.push({
        id: r.id,
        code: r.code,
        name: r.name,
        vak: r.vak,
        version: r.version,
        scaleKey: r.scale_key,
        levelSystem: r.level_system,
        moments: instrument ? (instrument.moments === 'datum' ? 'datum' : instrument.moments) : null,
        ranges: instrument?.ranges ?? null,
      });
    }
    return resolver;
  }

  /** The toets, a Dutch reason why the name cannot be used, or that its version label waits for a choice. */
  resolve(name: string, version: string | null): ResolvedToets | string | AwaitingVersion {
    const key = `${name}\u0000${version ?? ''}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const result = this.lookup(name.trim(), version?.trim() || null);
    this.cache.set(key, result);
    return result;
  }

  private lookup(name: string, version: string | null): ResolvedToets | string | AwaitingVersion {
    if (name === '') return 'De toets ontbreekt.';
    const n = normalize(name);
    const own = this.known.filter(
      (t) =>
        (normalize(t.code) === n || normalize(t.name) === n) &&
        (version === null || normalize(t.version) === normalize(version)),
    );
    if (own.length === 1 && own[0]) return own[0];
    const instrument = matchInstrument(name, version ?? undefined);
    if (instrument) return this.fromInstrument(instrument);
    if (version !== null) {
      const byLabel = this.byVersionLabel(name, version);
      if (byLabel) return byLabel;
    }
    const candidates = instrumentCandidates(name, version ?? undefined);
    if (candidates.length > 1 || own.length > 1) {
      const versions = [...new Set(candidates.map((c) => c.version))].join(', ');
      return `De toets '${name}' is niet eenduidig: geef de versie (${versions || 'bijvoorbeeld 3.0'}).`;
    }
    return `Onbekende toets '${name}'${version ? ` versie '${version}'` : ''}. Voeg hem toe als eigen toets van de school, of kies een toets uit de lijst.`;
  }

  /**
   * A label the catalog does not know: the school's choice for it, else the one instrument the name
   * fits (with a warning), else a question when the name fits several; null when it fits none.
   */
  private byVersionLabel(name: string, version: string): ResolvedToets | AwaitingVersion | null {
    const chosen = this.versions.choiceFor(name, version);
    const own = chosen ? this.known.find((t) => t.code === chosen) : undefined;
    if (own) return own;
    const chosenInstrument = chosen ? instrumentByCode(chosen) : null;
    if (chosenInstrument) return this.fromInstrument(chosenInstrument);
    const byName = instrumentCandidates(name);
    const ownByName = this.known.filter(
      (t) => t.code.startsWith('school-') && normalize(t.name) === normalize(name),
    );
    const fits = [
      ...byName.map((i) => ({ code: i.code, name: i.name, version: i.version })),
      ...ownByName.map((t) => ({ code: t.code, name: `${t.name} ${t.version}`, version: t.version })),
    ];
    if (fits.length === 0) return null;
    const only = byName[0];
    if (fits.length === 1 && only) {
      this.versions.acceptAs(name, version, only.name);
      return this.fromInstrument(only);
    }
    if (fits.length === 1 && ownByName[0]) {
      this.versions.acceptAs(name, version, ownByName[0].name);
      return ownByName[0];
    }
    return this.versions.ask(name, version, fits);
  }

  private fromInstrument(instrument: Instrument): ResolvedToets {
    const existing = this.known.find((t) => t.code === instrument.code);
    const moments = instrument.moments === 'datum' ? 'datum' : instrument.moments;
    if (existing) return { ...existing, moments, ranges: instrument.ranges ?? null };
    const toets: ResolvedToets & { code: string } = {
      id: newId(this.now.getTime()),
      code: instrument.code,
      name: instrument.name,
      vak: instrument.vak,
      version: instrument.version,
      scaleKey: instrument.scaleKey,
      levelSystem: instrument.levelSystem,
      moments,
      ranges: instrument.ranges ?? null,
    };
    this.known.push(toets);
    this.inserts.push({
      id: toets.id,
      school_id: null,
      code: instrument.code,
      vak: instrument.vak,
      name: instrument.name,
      publisher: instrument.publisher,
      version: instrument.version,
      scale_key: instrument.scaleKey,
      scale_kind: instrument.scaleKind,
      level_system: instrument.levelSystem,
      created_at: this.now.toISOString(),
    });
    return toets;
  }
}

/** Whether a moment fits the toets; the reason when it does not. */
export function momentProblem(toets: ResolvedToets, moment: string): string | null {
  if (toets.moments === 'datum') {
    return isDateMoment(moment)
      ? null
      : `${toets.name} wordt doorlopend genormeerd: het moment is de afnamedatum.`;
  }
  const upper = moment.trim().toUpperCase();
  const parsed = parseMoment(upper);
  if (!parsed) return `Moment '${moment}' is geen toetsmoment; verwacht bijvoorbeeld M5 of E6.`;
  if (toets.moments && !toets.moments.includes(upper)) return `${toets.name} kent geen moment ${upper}.`;
  return null;
}
