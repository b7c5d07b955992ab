/**
 * HGW periods within a schooljaar: blocks of weeks, each closed by a toetsmoment. A school picks its
 * own (two halves, three blocks …); they must lie inside the schooljaar, in order, without overlap.
 */
import { schooljaarBounds } from './schooljaar';

export interface PeriodInput {
  name: string;
  startDate: string;
  endDate: string;
  closingKind: 'B' | 'M' | 'E' | null;
}

export interface PeriodIssue {
  index: number;
  field: 'name' | 'startDate' | 'endDate' | 'periods';
  message: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function realDate(text: string): boolean {
  if (!ISO.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export const MAX_PERIODS = 6;

export function validatePeriods(schooljaar: string, periods: readonly PeriodInput[]): PeriodIssue[] {
  const issues: PeriodIssue[] = [];
  const { start, end } = schooljaarBounds(schooljaar);
  if (periods.length === 0)
    issues.push({ index: 0, field: 'periods', message: 'Een schooljaar heeft minstens één periode.' });
  if (periods.length > MAX_PERIODS)
    issues.push({
      index: MAX_PERIODS,
      field: 'periods',
      message: `Hoogstens ${MAX_PERIODS} periodes per schooljaar.`,
    });
  periods.forEach((p, index) => {
    const nr = index + 1;
    if (p.name.trim() === '')
      issues.push({ index, field: 'name', message: `Periode ${nr} heeft geen naam.` });
    const datesOk = realDate(p.startDate) && realDate(p.endDate);
    if (!realDate(p.startDate))
      issues.push({
        index,
        field: 'startDate',
        message: `Periode ${nr}: de begindatum is geen bestaande datum.`,
      });
    if (!realDate(p.endDate))
      issues.push({
        index,
        field: 'endDate',
        message: `Periode ${nr}: de einddatum is geen bestaande datum.`,
      });
    if (!datesOk) return;
    if (p.startDate > p.endDate)
      issues.push({ index, field: 'endDate', message: `Periode ${nr} eindigt voordat ze begint.` });
    if (p.startDate < start || p.endDate > end) {
      issues.push({
        index,
        // The date that lies outside is the one to correct.
        field: p.startDate < start ? 'startDate' : 'endDate',
        message: `Periode ${nr} valt buiten schooljaar ${schooljaar} (${start} tot en met ${end}).`,
      });
    }
    const previous = periods[index - 1];
    if (previous && realDate(previous.endDate) && p.startDate <= previous.endDate) {
      issues.push({
        index,
        field: 'startDate',
        message: `Periode ${nr} begint voordat periode ${nr - 1} is afgelopen.`,
      });
    }
  });
  return issues;
}
