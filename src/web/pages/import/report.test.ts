import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import { edexmlHeading, progressLabel } from './report';

describe('edexmlHeading', () => {
  it('names the school with its vestiging, the schooljaar and the EDEXML version', () => {
    const report = {
      school: { brin: '12AB', vestiging: '01', name: 'De Wilg' },
      schooljaar: '2025-2026',
      version: '2.1',
    };
    expect(edexmlHeading(report as Parameters<typeof edexmlHeading>[0], nl)).toBe(
      '12AB-01 De Wilg · 2025-2026 · EDEXML 2.1',
    );
  });

  it('leaves out what the file does not say', () => {
    const report = { school: { brin: '12AB', vestiging: null, name: null }, schooljaar: null, version: null };
    expect(edexmlHeading(report as Parameters<typeof edexmlHeading>[0], en)).toBe('12AB  ·  · EDEXML ');
  });
});

describe('progressLabel', () => {
  it('counts the rows read, then the results saved', () => {
    expect(progressLabel({ type: 'progress', phase: 'lezen', rows: 500 }, nl)).toBe('500 regels gelezen');
    expect(progressLabel({ type: 'progress', phase: 'opslaan', rows: 480 }, nl)).toBe(
      '480 resultaten opgeslagen',
    );
    expect(progressLabel({ type: 'progress', phase: 'opslaan', rows: 2 }, en)).toBe('2 results saved');
  });

  it('has nothing to say for the report, an error, or progress without a count', () => {
    expect(progressLabel({ type: 'report' }, nl)).toBeNull();
    expect(progressLabel({ type: 'error', error: { message: 'x' } }, nl)).toBeNull();
    expect(progressLabel({ type: 'progress', phase: 'lezen' }, nl)).toBeNull();
  });
});
