import { describe, expect, it } from 'vitest';
import type { Settings } from '../../api/types';
import { rulesForm, settingsFrom } from './rules';

const effective: Settings['effective'] = {
  dlConvention: { firstMonth: 9 },
  placementMapping: { I: 'verkort', III: 'basis', V: 'verlengd' },
  signalering: { niveaudaling: { enabled: true, minLevels: 2 }, lage_groei: { enabled: false } },
};

describe('rulesForm', () => {
  it('starts from the rules in force; a rule is on unless it was switched off', () => {
    const form = rulesForm(effective);
    expect(form.firstMonth).toBe('9');
    expect(form.mapping).toEqual({ I: 'verkort', III: 'basis', V: 'verlengd' });
    expect(form.enabled).toEqual({
      niveaudaling: true,
      twee_keer_laagste: true,
      lage_groei: false,
      onder_lrv: true,
      ontbrekend_resultaat: true,
      zorgelijke_observatie: true,
    });
  });
});

describe('settingsFrom', () => {
  it('saves every rule, the mapped levels and the DL month as a number', () => {
    const form = rulesForm(effective);
    form.firstMonth = '8';
    form.mapping = { ...form.mapping, II: 'verkort' };
    form.enabled = { ...form.enabled, onder_lrv: false };
    expect(settingsFrom(form)).toEqual({
      dlConvention: { firstMonth: 8 },
      placementMapping: { I: 'verkort', II: 'verkort', III: 'basis', V: 'verlengd' },
      signalering: {
        niveaudaling: { enabled: true },
        twee_keer_laagste: { enabled: true },
        lage_groei: { enabled: false },
        onder_lrv: { enabled: false },
        ontbrekend_resultaat: { enabled: true },
        zorgelijke_observatie: { enabled: true },
      },
    });
  });

  it('leaves out mappings of levels the screen does not offer, and takes September unless August', () => {
    const form = {
      firstMonth: '10',
      mapping: { III: 'basis' as const, '1F': 'basis' as const },
      enabled: {},
    };
    const saved = settingsFrom(form);
    expect(saved.placementMapping).toEqual({ III: 'basis' });
    expect(saved.dlConvention).toEqual({ firstMonth: 9 });
    expect(saved.signalering?.niveaudaling).toEqual({ enabled: true });
  });
});
