/**
 * The readable half of an inzage: one HTML page (printable, no scripts, no outside resources) with the
 * pupil, every table of data held on the pupil, and who read or changed it. Every value is escaped.
 */
import type { Row } from './pupil-data.queries';

/** What a table holds, in words for a parent; a table without a description shows its name. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  plaatsing: 'Groepen waarin de leerling zat',
  toetsresultaat: 'Toetsresultaten',
  seo_score: 'Sociaal-emotionele scores (ZIEN!, SCOL, KanVAS, …)',
  observatie: 'Observaties (werkhouding, welbevinden, sociaal gedrag)',
  instructie_override: 'Instructiegroep door de leerkracht gekozen',
  groepsoverzicht_rij: 'Groepsoverzicht: stimulerende en belemmerende factoren, onderwijsbehoeften',
  cluster_indeling: 'Indeling in een instructiegroep',
  bespreking: 'Besprekingen over de leerling',
  bespreking_versie: 'Vastgestelde versies van besprekingen',
  bespreking_deelnemer: 'Deelnemers aan besprekingen',
  bespreking_leerling: 'Ingebracht in een groepsbespreking',
  afspraak: 'Afspraken',
  zorgniveau: 'Ondersteuningsniveau',
  opp: 'Ontwikkelingsperspectief (OPP)',
  opp_versie: 'Versies van het OPP',
  opp_overleg: 'Overleg met de ouders over het OPP',
  opp_evaluatie: 'Evaluaties van het OPP',
  verzorger: 'Ouders en verzorgers',
  toestemming: 'Toestemmingen',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return escape(typeof value === 'string' ? value : JSON.stringify(value));
}

function table(rows: readonly Row[]): string {
  const first = rows[0];
  if (!first) return '<p>Geen gegevens.</p>';
  const columns = Object.keys(first);
  const head = columns.map((c) => `<th>${escape(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export interface InzageContent {
  pupil: Row;
  schoolName: string;
  tables: { name: string; rows: Row[] }[];
  audit: Row[];
  madeAt: string;
  madeBy: string;
}

export function inzageHtml(content: InzageContent): string {
  const name = [content.pupil.roepnaam, content.pupil.voorvoegsel, content.pupil.achternaam]
    .filter((p) => typeof p === 'string' && p !== '')
    .join(' ');
  const sections = content.tables
    .map(
      (t) =>
        `<h2>${escape(DESCRIPTIONS[t.name] ?? t.name)} <small>(${escape(t.name)})</small></h2>\n${table(t.rows)}`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Inzage ${escape(name)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:12px;margin-bottom:1.5em}
td,th{border:1px solid #999;padding:2px 4px;vertical-align:top;text-align:left}small{color:#555}</style></head>
<body>
<h1>Inzage: gegevens over ${escape(name)}</h1>
<p>School: ${escape(content.schoolName)}. Gemaakt op ${escape(content.madeAt)} door ${escape(content.madeBy)}.
Dit overzicht bevat alle gegevens die Leerwinst over deze leerling bewaart, en wie ze heeft ingezien of gewijzigd.
Dezelfde gegevens staan als JSON in dit archief.</p>
<h2>Leerling</h2>
${table([content.pupil])}
${sections}
<h2>Wie heeft de gegevens ingezien of gewijzigd (auditlog)</h2>
${table(content.audit)}
</body></html>
`;
}
