/**
 * The SEO catalog: instruments and scales by the names exports and title blocks give them, and the
 * values of a list, band and signal cell read the Dutch way.
 */
import { describe, expect, it } from 'vitest';
import {
  bandOfPercentile,
  readSeoBand,
  readSeoList,
  readSeoSignal,
  SEO_INSTRUMENTS,
  seoInstrumentByCode,
  seoInstrumentByName,
  seoScaleByName,
  seoScaleInHeader,
} from './catalog';
import { SEO_DOMAINS, SEO_LISTS, type SeoInstrument } from './instrument';

const byCode = (code: string): SeoInstrument => {
  const found = seoInstrumentByCode(code);
  if (!found) throw new Error(`no instrument ${code}`);
  return found;
};

describe('the SEO instruments', () => {
  it('holds ZIEN!, KanVAS, SCOL, Kindbegrip and Leerling in Beeld SEF', () => {
    expect(SEO_INSTRUMENTS.map((i) => i.code)).toEqual(['zien', 'kanvas', 'scol', 'kindbegrip', 'lib-sef']);
  });

  it('gives every scale a known domain and only lists of its instrument, and codes once', () => {
    for (const instrument of SEO_INSTRUMENTS) {
      const codes = instrument.scales.map((s) => s.code);
      expect(new Set(codes).size, instrument.code).toBe(codes.length);
      for (const scale of instrument.scales) {
        expect(SEO_DOMAINS, `${instrument.code} ${scale.code}`).toContain(scale.domain);
        for (const list of scale.lists) {
          expect(SEO_LISTS).toContain(list);
          expect(instrument.lists, `${instrument.code} ${scale.code}`).toContain(list);
        }
      }
    }
  });

  it('covers safety and well-being for every instrument the Inspectie lists for the monitoring', () => {
    for (const instrument of SEO_INSTRUMENTS.filter((i) => i.inspectieMonitoring)) {
      const domains = instrument.scales.map((s) => s.domain);
      expect(domains, instrument.code).toContain('veiligheid');
      expect(domains, instrument.code).toContain('welbevinden');
    }
    expect(SEO_INSTRUMENTS.filter((i) => !i.inspectieMonitoring).map((i) => i.code)).toEqual(['kindbegrip']);
  });

  it('marks incidents and fear as scales where a high score is bad', () => {
    const kanvas = byCode('kanvas');
    expect(kanvas.scales.filter((s) => !s.higherIsBetter).map((s) => s.code)).toEqual([
      'incidenten',
      'angst-voor-incidenten',
    ]);
    expect(byCode('zien').scales.every((s) => s.higherIsBetter)).toBe(true);
  });

  it('finds an instrument by code, or none', () => {
    expect(seoInstrumentByCode('scol')?.publisher).toBe('Rovict / CED-Groep');
    expect(seoInstrumentByCode('viseon')).toBeNull();
  });
});

describe('seoInstrumentByName', () => {
  it('knows the names exports and title blocks write', () => {
    expect(seoInstrumentByName('ZIEN!')?.code).toBe('zien');
    expect(seoInstrumentByName('Zien')?.code).toBe('zien');
    expect(seoInstrumentByName('KanVAS')?.code).toBe('kanvas');
    expect(seoInstrumentByName('Kanjertraining')?.code).toBe('kanvas');
    expect(seoInstrumentByName('LeerlingSCOL')?.code).toBe('scol');
    expect(seoInstrumentByName('Kind-begrip')?.code).toBe('kindbegrip');
    expect(seoInstrumentByName('Leerling in Beeld Sociaal-emotioneel functioneren')?.code).toBe('lib-sef');
    expect(seoInstrumentByName('VISEON')?.code).toBe('lib-sef');
  });

  it('finds the instrument as whole words inside a title row', () => {
    expect(seoInstrumentByName('ZIEN! Leerkrachtvragenlijst groep 5')?.code).toBe('zien');
    expect(seoInstrumentByName('Resultaten SCOL najaar 2026')?.code).toBe('scol');
    // "zien" inside another word is no ZIEN!.
    expect(seoInstrumentByName('Ingezien door de IB-er')).toBeNull();
  });

  it('names none for a school name, a date or an empty cell', () => {
    expect(seoInstrumentByName('Basisschool De Regenboog')).toBeNull();
    expect(seoInstrumentByName('Exportdatum: 03-02-2027')).toBeNull();
    expect(seoInstrumentByName('  ')).toBeNull();
  });

  it('searches a school’s own list in the same shape', () => {
    const own: SeoInstrument = {
      code: 'eigen-welzijn',
      publisher: 'OBS De Wilgenhoek',
      lists: ['leerling'],
      scales: [
        {
          code: 'thuisvoelen',
          domain: 'welbevinden',
          lists: ['leerling'],
          higherIsBetter: true,
          synonyms: [],
        },
      ],
      synonyms: ['welzijnspeiling'],
      inspectieMonitoring: false,
      wideMeasure: 'ruweScore',
      assumptions: [],
    };
    expect(seoInstrumentByName('Welzijnspeiling groep 7', [own])?.code).toBe('eigen-welzijn');
    expect(seoInstrumentByName('ZIEN!', [own])).toBeNull();
  });
});

describe('scales by name', () => {
  it('finds a scale by its code or a synonym, exactly', () => {
    const zien = byCode('zien');
    expect(seoScaleByName(zien, 'Sociaal initiatief')?.code).toBe('sociaal-initiatief');
    expect(seoScaleByName(zien, 'Impuls-beheersing')?.code).toBe('impulsbeheersing');
    expect(seoScaleByName(zien, 'Ervaren veiligheid')?.code).toBe('veiligheidsbeleving');
    expect(seoScaleByName(zien, 'Sociaal initiatief (percentiel)')).toBeNull();
    expect(seoScaleByName(zien, 'Omgaan met ruzie')).toBeNull();
  });

  it('finds the scale a column header is about, the longest name winning', () => {
    expect(seoScaleInHeader(byCode('zien'), 'Sociaal initiatief (percentiel)')?.code).toBe(
      'sociaal-initiatief',
    );
    expect(seoScaleInHeader(byCode('zien'), 'Welbevinden - signaal')?.code).toBe('welbevinden');
    // "Angst voor incidenten" holds "incidenten" too; the longer name is the scale.
    expect(seoScaleInHeader(byCode('kanvas'), 'Angst voor incidenten')?.code).toBe('angst-voor-incidenten');
    expect(seoScaleInHeader(byCode('kanvas'), 'Incidenten')?.code).toBe('incidenten');
    expect(seoScaleInHeader(byCode('scol'), 'Samen spelen en werken score')?.code).toBe(
      'samen-spelen-en-werken',
    );
    expect(seoScaleInHeader(byCode('zien'), 'Leerlingnummer')).toBeNull();
  });
});

describe('readSeoList', () => {
  it('reads a list cell', () => {
    expect(readSeoList('Leerkracht')).toBe('leerkracht');
    expect(readSeoList('leerling')).toBe('leerling');
    expect(readSeoList('Ouders/verzorgers')).toBe('ouder');
    expect(readSeoList('Leerkrachtvragenlijst')).toBe('leerkracht');
    expect(readSeoList('')).toBeNull();
    expect(readSeoList('Leerkracht en leerling')).toBeNull();
  });

  it('takes a title for a list only by words that say list', () => {
    expect(readSeoList('ZIEN! Leerkrachtvragenlijst groep 5', true)).toBe('leerkracht');
    expect(readSeoList('SCOL - LeerlingSCOL groep 7', true)).toBe('leerling');
    expect(readSeoList('Overzicht leerlingen groep 5', true)).toBeNull();
    expect(readSeoList('Leerkracht: mw. Jansen', true)).toBeNull();
  });
});

describe('readSeoBand', () => {
  it('reads the words exports write', () => {
    expect(readSeoBand('Beneden gemiddeld')).toBe('laag');
    expect(readSeoBand('zeer laag')).toBe('laag');
    expect(readSeoBand('Gemiddeld')).toBe('gemiddeld');
    expect(readSeoBand('Boven gemiddeld')).toBe('hoog');
    expect(readSeoBand('HOOG')).toBe('hoog');
  });

  it('reads Cito letters and numerals to three bands', () => {
    expect(['A', 'B', 'C', 'D', 'E'].map(readSeoBand)).toEqual([
      'hoog',
      'gemiddeld',
      'gemiddeld',
      'laag',
      'laag',
    ]);
    expect(['I', 'II', 'III', 'IV', 'V'].map(readSeoBand)).toEqual([
      'hoog',
      'gemiddeld',
      'gemiddeld',
      'gemiddeld',
      'laag',
    ]);
  });

  it('has no band for an empty cell, and says what it cannot read', () => {
    expect(readSeoBand('')).toBeNull();
    expect(readSeoBand(' - ')).toBeNull();
    expect(readSeoBand('matig')).toBe('onbekend');
  });
});

describe('bandOfPercentile', () => {
  it('puts the lowest quarter in laag and the highest in hoog, the borders in the middle', () => {
    expect([0, 24, 24.9, 25, 50, 75, 75.1, 100].map(bandOfPercentile)).toEqual([
      'laag',
      'laag',
      'laag',
      'gemiddeld',
      'gemiddeld',
      'gemiddeld',
      'hoog',
      'hoog',
    ]);
  });
});

describe('readSeoSignal', () => {
  it('reads exclamation marks: one for aandacht, more for zorg', () => {
    expect(readSeoSignal('!')).toBe('aandacht');
    expect(readSeoSignal('!!')).toBe('zorg');
    expect(readSeoSignal(' !!! ')).toBe('zorg');
  });

  it('reads words, colours and codes', () => {
    expect(['Ja', 'x', 'Oranje', 'Let op', '1'].map(readSeoSignal)).toEqual(Array(5).fill('aandacht'));
    expect(['Zorg', 'rood', 'Hoog risico', '2'].map(readSeoSignal)).toEqual(Array(4).fill('zorg'));
    expect(['', '-', 'Nee', 'n.v.t.', 'groen', '0'].map(readSeoSignal)).toEqual(Array(6).fill('geen'));
    expect(readSeoSignal('misschien')).toBe('onbekend');
  });
});
