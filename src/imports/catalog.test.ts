import { describe, expect, it } from 'vitest';
import { isVak } from '../shared/vakken';
import {
  INSTRUMENTS,
  instrumentByCode,
  instrumentCandidates,
  isValidMoment,
  matchInstrument,
} from './catalog';

const code = (name: string, version?: string) => matchInstrument(name, version)?.code ?? null;

describe('instrument catalog', () => {
  it('has unique codes and only the vak codes of the app', () => {
    expect(new Set(INSTRUMENTS.map((i) => i.code)).size).toBe(INSTRUMENTS.length);
    for (const i of INSTRUMENTS) expect(isVak(i.vak), i.code).toBe(true);
  });

  it('keeps generations apart on the scale and lets Leerling in Beeld share the 3.0 scale (assumption)', () => {
    const scale = (c: string) => instrumentByCode(c)?.scaleKey;
    for (const vak of ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen']) {
      expect(scale(`cito-3.0-${vak}`)).not.toBe(scale(`cito-lovs-${vak}`));
      expect(scale(`cito-lib-${vak}`)).toBe(scale(`cito-3.0-${vak}`));
      expect(instrumentByCode(`cito-lib-${vak}`)?.assumptions?.join(' ')).toMatch(
        /dezelfde vaardigheidsschaal/,
      );
    }
    expect(scale('iep-rekenen')).not.toBe(scale('boom-rekenen-wiskunde'));
  });

  it('describes AVI as ordinal and Boom as continuously normed with the date as moment', () => {
    expect(instrumentByCode('avi')).toMatchObject({
      scaleKind: 'ordinaal',
      levelSystem: 'AVI',
      vak: 'technisch-lezen',
    });
    for (const boom of INSTRUMENTS.filter((i) => i.publisher === 'Boom')) {
      expect(boom).toMatchObject({ continuous: true, moments: 'datum' });
    }
    for (const fixed of INSTRUMENTS.filter((i) => i.publisher !== 'Boom'))
      expect(fixed.continuous).toBe(false);
    expect(instrumentByCode('iep-lezen')).toMatchObject({ levelSystem: 'REF', vak: 'begrijpend-lezen' });
  });

  it('finds instruments by the names and abbreviations exports use', () => {
    expect(code('Rekenen-Wiskunde 3.0')).toBe('cito-3.0-rekenen-wiskunde');
    expect(code('RW', '3.0')).toBe('cito-3.0-rekenen-wiskunde');
    expect(code('rekenen en wiskunde', 'LOVS 3.0')).toBe('cito-3.0-rekenen-wiskunde');
    expect(code('Spelling 3.0')).toBe('cito-3.0-spelling');
    expect(code('SPELLING 3,0')).toBe('cito-3.0-spelling');
    expect(code('BL', '3')).toBe('cito-3.0-begrijpend-lezen');
    expect(code('Begrijpend lezen', '2.0')).toBe('cito-lovs-begrijpend-lezen');
    expect(code('Leerling in Beeld Begrijpend Lezen')).toBe('cito-lib-begrijpend-lezen');
    expect(code('Rekenen-Wiskunde', 'LiB')).toBe('cito-lib-rekenen-wiskunde');
    expect(code('DMT kaart 1-3')).toBe('cito-dmt');
    expect(code('Drie-Minuten-Toets')).toBe('cito-dmt');
    expect(code('DMT', 'LiB')).toBe('cito-dmt');
    expect(code('AVI-niveau')).toBe('avi');
    expect(code('IEP Lezen')).toBe('iep-lezen');
    expect(code('Rekenen', 'IEP')).toBe('iep-rekenen');
    expect(code('Taalverzorging')).toBe('iep-taalverzorging');
    expect(code('Boom LVS Begrijpend lezen')).toBe('boom-begrijpend-lezen');
    expect(code('Spelling 3.0 M5')).toBe('cito-3.0-spelling');
  });

  it('returns null rather than guess when a name fits several scales, and lists the options', () => {
    expect(code('Spelling')).toBeNull();
    expect(code('RW')).toBeNull();
    expect(code('Begrijpend lezen')).toBeNull();
    expect(instrumentCandidates('Spelling').map((i) => i.code)).toEqual([
      'cito-lovs-spelling',
      'cito-3.0-spelling',
      'cito-lib-spelling',
      'iep-taalverzorging',
      'boom-spelling',
    ]);
  });

  it('returns null for contradictions and unknown tests', () => {
    expect(code('IEP Rekenen 3.0')).toBeNull();
    expect(code('Begrijpend lezen 3.0', 'LiB')).toBeNull();
    expect(code('Spelling werkwoorden')).toBeNull();
    expect(code('DMT kaart 2')).toBeNull();
    expect(code('Woordenschat')).toBeNull();
    expect(code('')).toBeNull();
  });

  it('finds every instrument back by its own name and by each of its synonyms', () => {
    for (const i of INSTRUMENTS) {
      for (const name of i.synonyms) expect(code(name), name).toBe(i.code);
      expect(instrumentCandidates(i.name).map((c) => c.code)).toContain(i.code);
    }
  });

  it('checks moments: M/E of groep 3–8 for fixed tests, a date for Boom', () => {
    const rw = instrumentByCode('cito-3.0-rekenen-wiskunde');
    const boom = instrumentByCode('boom-spelling');
    if (!rw || !boom) throw new Error('catalog incompleet');
    expect(isValidMoment(rw, 'M5')).toBe(true);
    expect(isValidMoment(rw, 'e8')).toBe(true);
    expect(isValidMoment(rw, 'M2')).toBe(false);
    expect(isValidMoment(rw, '2026-01-14')).toBe(false);
    expect(isValidMoment(boom, '2026-01-14')).toBe(true);
    expect(isValidMoment(boom, 'M5')).toBe(false);
  });
});
