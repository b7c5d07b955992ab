/** The bookkeeping of version labels: one question per label, one warning per label taken as read. */
import { describe, expect, it } from 'vitest';
import { isAwaiting, labelKey, labelPart, VersionLabels } from './version-labels';

const CANDIDATES = [
  { code: 'cito-3.0-rekenen-wiskunde', name: 'Rekenen-Wiskunde 3.0', version: '3.0' },
  { code: 'cito-lib-rekenen-wiskunde', name: 'Rekenen-Wiskunde (Leerling in Beeld)', version: 'LiB' },
];

describe('labelKey', () => {
  it('ignores case, spaces, punctuation and diacritics', () => {
    expect(labelPart(' Rekenen-Wiskunde ')).toBe('rekenenwiskunde');
    expect(labelPart('Versie 2')).toBe('versie2');
    expect(labelPart('Taalverzorging é')).toBe('taalverzorginge');
    expect(labelKey('Rekenen wiskunde', 'versie 2')).toBe(labelKey('REKENEN-WISKUNDE', 'Versie-2'));
  });
});

describe('VersionLabels', () => {
  it('reads a label by an earlier choice, the later of two choices winning', () => {
    const labels = new VersionLabels([
      { toets: 'rekenenwiskunde', versie: '2014', instrument: 'cito-lovs-rekenen-wiskunde' },
      { toets: 'Rekenen-Wiskunde', versie: '2014', instrument: 'cito-3.0-rekenen-wiskunde' },
    ]);
    expect(labels.choiceFor('Rekenen Wiskunde', ' 2014')).toBe('cito-3.0-rekenen-wiskunde');
    expect(labels.choiceFor('Rekenen-Wiskunde', '2015')).toBeNull();
  });

  it('asks one question per label, counting its rows from the first line', () => {
    const labels = new VersionLabels([]);
    for (const line of [7, 8, 9, 12]) {
      const waiting = labels.ask('Rekenen-Wiskunde', 'versie 2', CANDIDATES);
      expect(isAwaiting(waiting)).toBe(true);
      labels.countRow(waiting, line);
    }
    labels.countRow(labels.ask('rekenen wiskunde', 'Versie 2', CANDIDATES), 20);
    expect(labels.list()).toEqual([
      { toets: 'Rekenen-Wiskunde', versie: 'versie 2', rows: 5, firstLine: 7, candidates: CANDIDATES },
    ]);
    expect(labels.problems()).toEqual([
      {
        severity: 'error',
        code: 'resultaat.onbekende-versie',
        message:
          "5 regels: onbekende versie 'versie 2' van Rekenen-Wiskunde — kies de versie (Rekenen-Wiskunde 3.0, Rekenen-Wiskunde (Leerling in Beeld)). Eerste regel: 7.",
        key: 'rekenenwiskunde|versie2',
      },
    ]);
  });

  it('writes a count of thousands the Dutch way, and one row as "regel"', () => {
    const many = new VersionLabels([]);
    const waiting = many.ask('Spelling', '2014', CANDIDATES);
    for (let line = 2; line < 1236; line += 1) many.countRow(waiting, line);
    expect(many.problems()[0]?.message).toMatch(/^1\.234 regels: onbekende versie '2014' van Spelling/);
    const one = new VersionLabels([]);
    one.countRow(one.ask('Spelling', '2014', CANDIDATES), 4);
    expect(one.problems()[0]?.message).toMatch(/^1 regel: /);
  });

  it('does not ask about a label no row waited for', () => {
    const labels = new VersionLabels([]);
    labels.ask('Spelling', '2014', CANDIDATES);
    expect(labels.list()).toEqual([]);
    expect(labels.problems()).toEqual([]);
  });

  it('warns once per label taken as the only instrument its name fits', () => {
    const labels = new VersionLabels([]);
    labels.acceptAs('DMT', '2009', 'DMT (Drie-Minuten-Toets)');
    labels.acceptAs('dmt', '2009', 'DMT (Drie-Minuten-Toets)');
    expect(labels.problems()).toEqual([
      {
        severity: 'warning',
        code: 'resultaat.versie-aangenomen',
        message:
          "Versie '2009' van dmt is niet bekend; DMT (Drie-Minuten-Toets) heeft één schaal, dus de resultaten tellen als DMT (Drie-Minuten-Toets).",
        key: 'dmt|2009',
      },
    ]);
  });
});
