import { describe, expect, it } from 'vitest';
import type { Settings } from '../../api/types';
import { rulesForm, settingsFrom } from './rules';

const effective: Settings['effective'] = {
  dlConvention: { firstMonth: 9 },
  placementMapping: { I: 'verkort', III: 'basis', V: 'verlengd' },
  signalering: {
    niveaudaling: { enabled: true, minLevels: 3 },
    lage_groei: { enabled: false, belowPercentile: 15, times: 1 },
  },
};

describe('rulesForm', () => {
  it('starts from the rules in force; a rule the answer does not name keeps its default', () => {
    const form = rulesForm(effective);
    expect(form.firstMonth).toBe('9');
    expect(form.mapping).toEqual({ I: 'verkort', III: 'basis', V: 'verlengd' });
    // Defaults: every rule on, except a missing result (shown apart on the datamuur).
    expect(form.enabled).toEqual({
      niveaudaling: true,
      eerste_laagste: true,
      twee_keer_laagste: true,
      lage_groei: false,
      onder_lrv: true,
      ontbrekend_resultaat: false,
      zorgelijke_observatie: true,
      seo: false,
    });
    expect(form.params).toEqual({
      minLevels: 3,
      stallBelowPercentile: 10,
      belowPercentile: 15,
      times: 1,
      aspects: ['welbevinden', 'werkhouding'],
    });
    expect(form.seoRules).toEqual([]);
  });
});

describe('settingsFrom', () => {
  it('saves every rule with its figures, the mapped levels and the DL month as a number', () => {
    const form = rulesForm(effective);
    form.firstMonth = '8';
    form.mapping = { ...form.mapping, II: 'verkort' };
    form.enabled = { ...form.enabled, onder_lrv: false, ontbrekend_resultaat: true };
    form.params = { ...form.params, stallBelowPercentile: 20, times: 2, aspects: ['sociaal_gedrag'] };
    expect(settingsFrom(form)).toEqual({
      dlConvention: { firstMonth: 8 },
      placementMapping: { I: 'verkort', II: 'verkort', III: 'basis', V: 'verlengd' },
      signalering: {
        niveaudaling: { enabled: true, minLevels: 3 },
        eerste_laagste: { enabled: true },
        twee_keer_laagste: { enabled: true, stallBelowPercentile: 20 },
        lage_groei: { enabled: false, belowPercentile: 15, times: 2 },
        onder_lrv: { enabled: false },
        ontbrekend_resultaat: { enabled: true },
        zorgelijke_observatie: { enabled: true, aspects: ['sociaal_gedrag'] },
        seo: { enabled: false, rules: [] },
      },
    });
  });

  it('saves the social-emotional rules switched on, each once', () => {
    const form = rulesForm({
      ...effective,
      signalering: { ...effective.signalering, seo: { enabled: true, rules: ['zien:signaal:zorg'] } },
    });
    expect(form.enabled.seo).toBe(true);
    form.seoRules = [...form.seoRules, 'zien:welbevinden:ongunstig', 'zien:signaal:zorg'];
    expect(settingsFrom(form).signalering?.seo).toEqual({
      enabled: true,
      rules: ['zien:signaal:zorg', 'zien:welbevinden:ongunstig'],
    });
  });

  it('leaves out mappings of levels the screen does not offer, and takes September unless August', () => {
    const form = {
      ...rulesForm(effective),
      firstMonth: '10',
      mapping: { III: 'basis' as const, '1F': 'basis' as const },
    };
    const saved = settingsFrom(form);
    expect(saved.placementMapping).toEqual({ III: 'basis' });
    expect(saved.dlConvention).toEqual({ firstMonth: 9 });
  });

  it('keeps the school’s other settings (leerlingzorg) when the rules are saved', () => {
    const zorg = { niveauLabels: ['a', 'b', 'c', 'd', 'e'], oppTermWeeks: 8 };
    expect(settingsFrom(rulesForm(effective), { zorg }).zorg).toEqual(zorg);
  });
});
