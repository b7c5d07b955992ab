import { describe, expect, it } from 'vitest';
import { orderVakken, vakRank } from './vakken';

describe('vak order', () => {
  it('puts the four known vakken first in their fixed order, then other vakken alphabetically', () => {
    expect(orderVakken(['woordenschat', 'spelling', 'engels', 'rekenen-wiskunde', 'spelling'])).toEqual([
      'rekenen-wiskunde',
      'spelling',
      'engels',
      'woordenschat',
    ]);
  });

  it('ranks consistently with that order', () => {
    const vakken = ['technisch-lezen', 'zzz', 'rekenen-wiskunde', 'begrijpend-lezen'];
    expect([...vakken].sort((a, b) => vakRank(a) - vakRank(b))).toEqual([
      'rekenen-wiskunde',
      'begrijpend-lezen',
      'technisch-lezen',
      'zzz',
    ]);
  });
});
