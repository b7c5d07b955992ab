import { describe, expect, it } from 'vitest';
import type { AdviesRecord } from '../../api/schooladvies';
import { bodyOf, formOf, mergeForm, parseScore } from './advies-form';

const STORED: AdviesRecord = {
  version: 3,
  voorlopigAdvies: 'havo',
  voorlopigOp: '2027-01-20',
  definitiefAdvies: 'havo',
  definitiefOp: '2027-03-10',
  toetsNaam: 'IEP Doorstroomtoets',
  toetsScore: 84.5,
  toetsAdvies: 'havo/vwo',
  heroverweging: 'bijgesteld',
  heroverwogenAdvies: 'havo/vwo',
  heroverwegingOp: '2027-05-20',
  heroverwegingToelichting: 'Werkhouding en toets samen.',
  uitstroomNiveau: 'havo/vwo',
  uitstroomSchool: 'Stedelijk Lyceum',
  toelichting: null,
  updatedAt: '2027-05-20T10:00:00.000Z',
};

describe('parseScore', () => {
  it('reads a score as a teacher types it', () => {
    expect(parseScore('537')).toBe(537);
    expect(parseScore(' 53,5 ')).toBe(53.5);
    expect(parseScore('53.5')).toBe(53.5);
    expect(parseScore('')).toBeNull();
  });

  it('refuses what is no number', () => {
    expect(parseScore('5x')).toBeUndefined();
    expect(parseScore('-3')).toBeUndefined();
    expect(parseScore('1e3')).toBeUndefined();
    expect(parseScore('53,5,1')).toBeUndefined();
  });
});

describe('formOf and bodyOf', () => {
  it('gives back the stored record unchanged, with the version the user saw', () => {
    const result = bodyOf(formOf(STORED), '2026-2027', STORED.version);
    expect(result).toEqual({
      body: {
        schooljaar: '2026-2027',
        version: 3,
        voorlopigAdvies: 'havo',
        voorlopigOp: '2027-01-20',
        toetsNaam: 'IEP Doorstroomtoets',
        toetsScore: 84.5,
        toetsAdvies: 'havo/vwo',
        definitiefAdvies: 'havo',
        definitiefOp: '2027-03-10',
        heroverweging: 'bijgesteld',
        heroverwogenAdvies: 'havo/vwo',
        heroverwegingOp: '2027-05-20',
        heroverwegingToelichting: 'Werkhouding en toets samen.',
        uitstroomNiveau: 'havo/vwo',
        uitstroomSchool: 'Stedelijk Lyceum',
        toelichting: null,
      },
    });
  });

  it('starts empty for a pupil without a record, and sends empty fields as null', () => {
    const form = formOf(null);
    expect(form.toetsScore).toBe('');
    const result = bodyOf({ ...form, uitstroomSchool: '   ' }, '2026-2027', null);
    expect('body' in result && result.body).toMatchObject({
      version: null,
      voorlopigAdvies: null,
      voorlopigOp: null,
      toetsScore: null,
      uitstroomSchool: null,
    });
  });

  it('drops a raised advice and the heroverweging texts when the outcome does not ask for them', () => {
    const kept = bodyOf({ ...formOf(STORED), heroverweging: 'gehandhaafd' }, '2026-2027', 3);
    expect('body' in kept && kept.body.heroverwogenAdvies).toBeNull();
    expect('body' in kept && kept.body.heroverwegingOp).toBe('2027-05-20');
    const none = bodyOf({ ...formOf(STORED), heroverweging: null }, '2026-2027', 3);
    expect('body' in none && [none.body.heroverwegingOp, none.body.heroverwegingToelichting]).toEqual([
      null,
      null,
    ]);
  });

  it('names the score when it is no number, and sends nothing', () => {
    expect(bodyOf({ ...formOf(STORED), toetsScore: 'vijfhonderd' }, '2026-2027', 3)).toEqual({
      invalid: 'toetsScore',
    });
  });
});

describe('mergeForm', () => {
  it('takes the other change and keeps every field this user changed', () => {
    const base = formOf(null);
    const mine = { ...base, heroverweging: 'bijgesteld' as const, heroverwogenAdvies: 'havo' as const };
    const theirs = { ...base, definitiefAdvies: 'vmbo-gt' as const, toelichting: 'Besproken met de ouders.' };
    expect(mergeForm(base, mine, theirs)).toEqual({
      ...base,
      definitiefAdvies: 'vmbo-gt',
      toelichting: 'Besproken met de ouders.',
      heroverweging: 'bijgesteld',
      heroverwogenAdvies: 'havo',
    });
  });

  it('lets this user’s change win where both changed the same field, also to empty', () => {
    const base = formOf(STORED);
    const mine = { ...base, toetsScore: '85', uitstroomSchool: '' };
    const theirs = {
      ...base,
      toetsScore: '86',
      uitstroomSchool: 'Het Baken (vo)',
      voorlopigOp: '2027-01-21',
    };
    const merged = mergeForm(base, mine, theirs);
    expect([merged.toetsScore, merged.uitstroomSchool, merged.voorlopigOp]).toEqual(['85', '', '2027-01-21']);
  });
});
