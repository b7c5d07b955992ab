import { describe, expect, it } from 'vitest';
import {
  ageParts,
  auditOfPupilPath,
  auditParamsFrom,
  dateProblems,
  detailsText,
  isIsoDay,
  reasonProblem,
  retentionBody,
  retentionProblems,
  sizeParts,
  totalRows,
  withAuditParams,
} from './privacy-forms';

// The server's defaults (privacy.schema.ts RETENTION_DEFAULTS), written out by hand.
const DEFAULTS = { leerlingdossier: 2, zorg: 5, resultaten: 10, auditlog: 5 };

describe('retentionProblems', () => {
  it('accepts the defaults', () => {
    expect(retentionProblems({ ...DEFAULTS })).toEqual({});
  });

  it('wants whole years from 1 to 30 in every field', () => {
    expect(retentionProblems({ leerlingdossier: 0, zorg: 31, resultaten: '', auditlog: 2.5 })).toEqual({
      leerlingdossier: 'range',
      zorg: 'range',
      resultaten: 'range',
      auditlog: 'range',
    });
    expect(retentionProblems({ leerlingdossier: 1, zorg: 30, resultaten: 30, auditlog: 1 })).toEqual({});
  });

  it('keeps results at least as long as the dossier and the care data', () => {
    expect(retentionProblems({ ...DEFAULTS, zorg: 12 })).toEqual({ resultaten: 'resultsShort' });
    expect(retentionProblems({ ...DEFAULTS, leerlingdossier: 11 })).toEqual({ resultaten: 'resultsShort' });
    expect(retentionProblems({ ...DEFAULTS, zorg: 10 })).toEqual({});
  });

  it('does not compare against a field that is itself wrong', () => {
    expect(retentionProblems({ ...DEFAULTS, zorg: 40 })).toEqual({ zorg: 'range' });
  });
});

describe('retentionBody', () => {
  it('sends only what differs from the default or was set before', () => {
    expect(retentionBody({ ...DEFAULTS }, {}, DEFAULTS)).toEqual({});
    expect(retentionBody({ ...DEFAULTS, zorg: 7 }, {}, DEFAULTS)).toEqual({ zorg: 7 });
    // Set before to 3, now back at the default 2: still the school's own choice.
    expect(retentionBody({ ...DEFAULTS }, { leerlingdossier: 3 }, DEFAULTS)).toEqual({ leerlingdossier: 2 });
  });
});

describe('reasonProblem', () => {
  it('wants 3 to 1000 characters after trimming', () => {
    expect(reasonProblem('')).toBe('required');
    expect(reasonProblem('  ab  ')).toBe('required');
    expect(reasonProblem('abc')).toBeNull();
    expect(reasonProblem('x'.repeat(1000))).toBeNull();
    expect(reasonProblem('x'.repeat(1001))).toBe('tooLong');
  });
});

describe('totalRows', () => {
  it('adds the rows of every table', () => {
    expect(totalRows({ leerling: 1, toetsresultaat: 12, plaatsing: 3 })).toBe(16);
    expect(totalRows({})).toBe(0);
  });
});

describe('the audit filter in the address', () => {
  it('reads the Dutch parameter names; an empty one is no filter', () => {
    expect(
      auditParamsFrom(new URLSearchParams('leerling=p1&actie=pupil.inzage&van=&tot=2026-11-28')),
    ).toEqual({ leerlingId: 'p1', userId: null, action: 'pupil.inzage', from: null, to: '2026-11-28' });
  });

  it('changes some filters and keeps the rest', () => {
    const next = withAuditParams(new URLSearchParams('leerling=p1&gebruiker=u1'), {
      userId: null,
      from: '2026-01-01',
    });
    expect(next.toString()).toBe('leerling=p1&van=2026-01-01');
  });

  it('links to the log of one pupil', () => {
    expect(auditOfPupilPath('s1', 'p 1')).toBe('/scholen/s1/audit?leerling=p+1');
  });
});

describe('dates', () => {
  it('knows a real day from a lookalike', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-2-28')).toBe(false);
    expect(isIsoDay('28-02-2026')).toBe(false);
  });

  it('says which field is wrong, and an end before the start', () => {
    expect(dateProblems('', '')).toEqual({});
    expect(dateProblems('2026-13-01', '')).toEqual({ from: 'invalid' });
    expect(dateProblems('2026-03-01', '2026-02-01')).toEqual({ to: 'order' });
    expect(dateProblems('2026-03-01', '2026-03-01')).toEqual({});
  });
});

describe('backup figures', () => {
  it('splits an age into days and hours', () => {
    expect(ageParts(5)).toEqual({ days: 0, hours: 5 });
    expect(ageParts(48)).toEqual({ days: 2, hours: 0 });
    expect(ageParts(75)).toEqual({ days: 3, hours: 3 });
  });

  it('gives a size in the largest fitting unit', () => {
    expect(sizeParts(512)).toEqual({ value: 512, unit: 'B' });
    expect(sizeParts(1536)).toEqual({ value: 1.5, unit: 'kB' });
    expect(sizeParts(3 * 1024 * 1024)).toEqual({ value: 3, unit: 'MB' });
  });
});

describe('detailsText', () => {
  it('puts the details on one line and cuts a long one', () => {
    expect(detailsText(null)).toBe('');
    expect(detailsText({ reason: 'verzoek ouders', rows: { leerling: 1 } })).toBe(
      'reason: verzoek ouders; rows: {"leerling":1}',
    );
    expect(detailsText({ reason: 'x'.repeat(50) }, 20)).toBe(`reason: ${'x'.repeat(11)}…`);
  });
});
