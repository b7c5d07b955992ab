/**
 * A signal in Dutch words. The server answers with the signal as data (rule, vak, severity, figures);
 * the browser's Dutch catalog words it with this function, and so do the Dutch documents the server
 * writes (the groepsoverzicht export), so a signal reads the same on the screen and in the file.
 */
import type { Signal } from '../domain/signalering';
import { seoInstrumentNaam, seoLijstNaam, seoSchaalNaam } from './seo-names';
import { vakNaam } from './vakken';

/** How names and dates are written: the caller's catalog (vak and aspect names) and date format. */
export interface SignalNames {
  vak(vak: string): string;
  aspect(aspect: string): string;
  date(iso: string): string;
  /** "ZIEN! welbevinden (leerlinglijst)"; the Dutch names when the caller gives none. */
  seoScale?(instrument: string, lijst: string, schaal: string): string;
}

/** A social-emotional scale named in Dutch, with its list. */
export const seoScaleNl = (instrument: string, lijst: string, schaal: string) =>
  `${seoInstrumentNaam(instrument)} ${seoSchaalNaam(schaal).toLowerCase()} (${seoLijstNaam(lijst)})`;

const ASPECT_NAAM: Readonly<Record<string, string>> = {
  werkhouding: 'Werkhouding',
  welbevinden: 'Welbevinden',
  sociaal_gedrag: 'Sociaal gedrag',
  talent: 'Talent',
};

/** The Dutch names and dates of a document the server writes (dd-mm-jjjj). */
export const DUTCH_SIGNAL_NAMES: SignalNames = {
  vak: vakNaam,
  aspect: (aspect) => ASPECT_NAAM[aspect] ?? aspect,
  date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('-') : iso),
};

const levelAt = (l: { level: string; moment: string }) => `${l.level} op ${l.moment}`;
const round = (n: number) => String(Math.round(n));

/** What the signal says, without the vak: the part after "Spelling: ". */
function what(s: Signal, names: SignalNames): string {
  switch (s.rule) {
    case 'niveaudaling':
      return `van ${s.params.from.level} (${s.params.from.moment}) naar ${s.params.to.level} (${s.params.to.moment}), ${s.params.levels} niveaus gedaald`;
    case 'eerste_laagste':
      return s.params.from
        ? `voor het eerst op het laagste niveau: ${levelAt(s.params.to)}, daarvoor ${levelAt(s.params.from)}`
        : `voor het eerst op het laagste niveau: ${levelAt(s.params.to)}`;
    case 'twee_keer_laagste': {
      const levels = `opnieuw het laagste niveau (${levelAt(s.params.previous)}, ${levelAt(s.params.current)})`;
      if (s.params.why === 'not_verlengd') return `${levels}, niet in de verlengde instructie`;
      const p = s.params.percentile;
      return p === null
        ? `${levels}; in de verlengde instructie groeit de score niet`
        : `${levels}; in de verlengde instructie stokt de groei (percentiel ${round(p)} van leerlingen met dezelfde start)`;
    }
    case 'lage_groei': {
      const { percentile, earlierPercentile, below } = s.params;
      return earlierPercentile === null
        ? `leerwinst bij de laagste ${below} % van leerlingen met dezelfde start (percentiel ${round(percentile)})`
        : `leerwinst twee keer op rij bij de laagste ${below} % van leerlingen met dezelfde start (percentiel ${round(earlierPercentile)}, daarna ${round(percentile)})`;
    }
    case 'onder_lrv':
      return s.params.kind === 'lrv'
        ? `leerrendement ${round(s.params.leerrendement)} % ligt onder de verwachting uit het OPP (${round(s.params.expected)} %)`
        : `AVI ${s.params.level} op ${s.params.moment} ligt onder de verwachting uit het OPP (AVI ${s.params.expected})`;
    case 'ontbrekend_resultaat':
      return `geen resultaat op ${s.params.moments.join(', ')}, terwijl de groep toen getoetst is`;
    case 'zorgelijke_observatie':
      return `de laatste observatie (${names.date(s.params.date)}) is zorgelijk`;
    case 'seo': {
      const { trigger, band, percentiel, date } = s.params;
      const p = percentiel === null ? '' : `percentiel ${round(percentiel)}`;
      const figures = [p, trigger === 'ongunstig' ? '' : (band ?? '')].filter((x) => x !== '').join(', ');
      const what =
        trigger === 'zorg'
          ? 'zorgsignaal van het instrument'
          : trigger === 'aandacht'
            ? 'aandachtssignaal van het instrument'
            : `${band ?? 'ongunstig'} (ongunstige kant van de schaal)`;
      return `${what} op ${names.date(date)}${figures ? ` (${figures})` : ''}`;
    }
  }
}

/** The vak, the observed aspect or the social-emotional scale a signal is about. */
export function signalSubject(s: Signal, names: SignalNames): string {
  if (s.rule === 'seo')
    return (names.seoScale ?? seoScaleNl)(s.params.instrument, s.params.lijst, s.params.schaal);
  return s.vak === null ? names.aspect(s.params.aspect) : names.vak(s.vak);
}

/** "Spelling: voor het eerst op het laagste niveau: V op E5, daarvoor IV op M5." */
export function signalSentenceNl(s: Signal, names: SignalNames): string {
  const subject = signalSubject(s, names);
  return `${subject}: ${what(s, names)}.`;
}

/** The rule's name in a few words, for a list of rules or a compact mark. */
export const SIGNAL_RULE_NL: Readonly<Record<Signal['rule'], string>> = {
  niveaudaling: 'Niveau twee of meer gedaald sinds het vorige resultaat',
  eerste_laagste: 'Voor het eerst op het laagste niveau (eerste V)',
  twee_keer_laagste: 'Opnieuw het laagste niveau, niet of niet genoeg geholpen door verlengde instructie',
  lage_groei: 'Leerwinst bij de laagste 10 % van vergelijkbare starters, twee keer op rij',
  onder_lrv: 'Onder de verwachting uit het OPP',
  ontbrekend_resultaat: 'Geen resultaat terwijl de groep getoetst is',
  zorgelijke_observatie: 'Zorgelijke observatie van welbevinden of werkhouding (zorg van de leerkracht)',
  seo: 'Sociaal-emotioneel: een ongunstige band of een signaal van het instrument (kies per instrument)',
};
