import { describe, expect, it } from 'vitest';
import { downloadHref, withQuery, withSearchParam } from './query-string';

describe('withQuery', () => {
  it('leaves the path alone when there are no parameters', () => {
    expect(withQuery('/schools/s1/groups')).toBe('/schools/s1/groups');
    expect(withQuery('/schools/s1/groups', {})).toBe('/schools/s1/groups');
  });

  it('leaves out parameters without a value, so the server uses its default', () => {
    expect(withQuery('/schools/s1/cycle', { schooljaar: null, volgnummer: undefined, moment: '' })).toBe(
      '/schools/s1/cycle',
    );
    expect(withQuery('/schools/s1/cycle', { schooljaar: '2025-2026', volgnummer: null })).toBe(
      '/schools/s1/cycle?schooljaar=2025-2026',
    );
  });

  it('keeps false and 0, which are values', () => {
    expect(withQuery('/imports/results', { skipInvalid: false, page: 0 })).toBe(
      '/imports/results?skipInvalid=false&page=0',
    );
  });

  it('encodes what a URL cannot carry as it is', () => {
    expect(withQuery('/x', { meetpunt: '2025-2026 M', name: 'a&b=c' })).toBe(
      '/x?meetpunt=2025-2026+M&name=a%26b%3Dc',
    );
  });

  it('appends to a path that already has a query string', () => {
    expect(withQuery('/groups/g1/export?vak=spelling', { format: 'csv' })).toBe(
      '/groups/g1/export?vak=spelling&format=csv',
    );
  });
});

describe('downloadHref', () => {
  it('points below /api', () => {
    expect(downloadHref('/groups/g1/export', { format: 'xlsx' })).toBe('/api/groups/g1/export?format=xlsx');
    expect(downloadHref('/pupils/p1/oso.xml')).toBe('/api/pupils/p1/oso.xml');
  });
});

describe('withSearchParam', () => {
  it("changes one of the page's parameters and keeps the others", () => {
    const params = new URLSearchParams('vak=spelling&meetpunt=2025-2026+M');
    expect(withSearchParam(params, 'vak', 'rekenen-wiskunde').toString()).toBe(
      'vak=rekenen-wiskunde&meetpunt=2025-2026+M',
    );
    expect(withSearchParam(params, 'weergave', 'matrix').get('weergave')).toBe('matrix');
  });

  it('removes a parameter without a value, and leaves the given parameters as they were', () => {
    const params = new URLSearchParams('vak=spelling&meetpunt=M');
    expect(withSearchParam(params, 'meetpunt', null).toString()).toBe('vak=spelling');
    expect(withSearchParam(params, 'vak', '').toString()).toBe('meetpunt=M');
    expect(params.toString()).toBe('vak=spelling&meetpunt=M');
  });
});
