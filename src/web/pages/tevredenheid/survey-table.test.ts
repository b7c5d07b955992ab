import { describe, expect, it } from 'vitest';
import type { SurveyGroup, SurveyPoint } from '../../api/tevredenheid';
import { latestOf, pointsIn, signedChange, sparkOf, sparkSpan, surveysOf, yearsOf } from './survey-table';

const point = (p: Partial<SurveyPoint> & Pick<SurveyPoint, 'afgenomenOp' | 'schooljaar'>): SurveyPoint => ({
  instrument: 'Vensters',
  n: 40,
  scale: { min: 1, max: 4 },
  gemiddelde: null,
  positief: null,
  meanChange: null,
  positiefChange: null,
  comparableMean: false,
  suppressed: false,
  ...p,
});

/** Parents asked in 2024 and 2026, twice in spring 2026 on Communicatie; Sfeer only with means. */
const OUDERS: SurveyGroup = {
  groep: 'ouders',
  themas: [
    {
      key: 'communicatie',
      thema: 'Communicatie',
      points: [
        point({ afgenomenOp: '2024-03-20', schooljaar: '2023-2024', positief: 70 }),
        point({ afgenomenOp: '2026-03-12', schooljaar: '2025-2026', positief: 75 }),
        point({ afgenomenOp: '2026-06-01', schooljaar: '2025-2026', positief: 78, instrument: null }),
      ],
    },
    {
      key: 'sfeer',
      thema: 'Sfeer',
      points: [
        point({ afgenomenOp: '2024-03-20', schooljaar: '2023-2024', gemiddelde: 3.1 }),
        point({
          afgenomenOp: '2026-03-12',
          schooljaar: '2025-2026',
          gemiddelde: 3.3,
          scale: { min: 1, max: 5 },
        }),
      ],
    },
  ],
};

describe('the layout of a respondent group’s surveys', () => {
  it('has a column for each schooljaar the group was asked in, and none for the year between', () => {
    expect(yearsOf(OUDERS)).toEqual(['2023-2024', '2025-2026']);
  });

  it('puts both surveys of one year in the same cell', () => {
    const [communicatie] = OUDERS.themas;
    expect(communicatie && pointsIn(communicatie, '2025-2026').map((p) => p.afgenomenOp)).toEqual([
      '2026-03-12',
      '2026-06-01',
    ]);
    expect(communicatie && pointsIn(communicatie, '2024-2025')).toEqual([]);
  });

  it('draws the share positive as one line, and a mean per scale and instrument', () => {
    const [communicatie, sfeer] = OUDERS.themas;
    expect(communicatie && sparkOf(communicatie)).toEqual({
      measure: 'positief',
      points: [
        { schooljaar: '2024-03-20', value: 70, versionKey: '' },
        { schooljaar: '2026-03-12', value: 75, versionKey: '' },
        { schooljaar: '2026-06-01', value: 78, versionKey: '' },
      ],
    });
    expect(sfeer && sparkOf(sfeer)).toEqual({
      measure: 'gemiddelde',
      points: [
        { schooljaar: '2024-03-20', value: 3.1, versionKey: '1-4|Vensters' },
        { schooljaar: '2026-03-12', value: 3.3, versionKey: '1-5|Vensters' },
      ],
    });
  });

  it('compares the latest survey with the one just before it', () => {
    const [communicatie] = OUDERS.themas;
    const latest = communicatie ? latestOf(communicatie) : null;
    expect([latest?.last.afgenomenOp, latest?.previous?.afgenomenOp]).toEqual(['2026-06-01', '2026-03-12']);
    expect(latestOf({ key: 'x', thema: 'X', points: [] })).toBeNull();
  });

  it('lists every survey with its instrument once, oldest first', () => {
    expect(surveysOf(OUDERS)).toEqual([
      { afgenomenOp: '2024-03-20', instrument: 'Vensters' },
      { afgenomenOp: '2026-03-12', instrument: 'Vensters' },
      { afgenomenOp: '2026-06-01', instrument: null },
    ]);
  });

  it('writes a change with its sign, a real minus and ±0 for none', () => {
    const dutch = (n: number) => String(n).replace('.', ',');
    expect([8, -3, 0.2, -0.1, 0].map((v) => signedChange(v, dutch))).toEqual([
      '+8',
      '\u22123',
      '+0,2',
      '\u22120,1',
      '±0',
    ]);
  });

  it('lets the small chart’s height stand for at least 20 points, or a fifth of the scale', () => {
    const [communicatie, sfeer] = OUDERS.themas;
    expect(communicatie && sparkSpan(communicatie, 'positief')).toBe(20);
    // The latest survey's scale 1–5: (5 − 1) / 5.
    expect(sfeer && sparkSpan(sfeer, 'gemiddelde')).toBe(0.8);
  });
});
