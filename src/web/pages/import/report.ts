/** Texts made from an import's answers (no screen needed, so they are tested on their own). */
import type { EdexmlReport, ResultsReport } from '../../api/types';
import type { Catalog } from '../../i18n/nl';

/** "0001-01 De Wilg · 2025-2026 · EDEXML 2.1": which school, year and format the file turned out to be. */
export function edexmlHeading(report: Pick<EdexmlReport, 'school' | 'schooljaar' | 'version'>, t: Catalog) {
  const { brin, vestiging, name } = report.school;
  const school = `${brin ?? ''}${vestiging ? `-${vestiging}` : ''} ${name ?? ''}`;
  return `${school} · ${report.schooljaar ?? ''} · ${t.imports.edexmlVersion(report.version ?? '')}`;
}

/** One line of the results import's NDJSON answer. */
export interface ImportLine {
  type: 'progress' | 'report' | 'error';
  phase?: 'lezen' | 'opslaan';
  rows?: number;
  report?: ResultsReport;
  error?: { message: string };
}

/** What the progress bar says for a progress line; null for other lines. */
export function progressLabel(line: ImportLine, t: Catalog): string | null {
  if (line.type !== 'progress' || line.rows === undefined) return null;
  return line.phase === 'opslaan' ? t.imports.saving(line.rows) : t.imports.reading(line.rows);
}
