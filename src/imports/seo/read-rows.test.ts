/**
 * The rows of SEO exports to scores, with the expected values worked out by hand from the rows: the
 * band of a percentile by the quarter lines (below 25 laag, above 75 hoog), the export's own band over
 * the percentile's, and the problems said once per kind.
 */
import { describe, expect, it } from 'vitest';
import { SeoRowReader, type SeoReadOptions } from './read-rows';

const PUPILS: Record<string, string> = { '1001': 'p1', '1002': 'p2', '1003': 'p3' };
const pupilOf: SeoReadOptions['pupilOf'] = (key) =>
  PUPILS[key] ?? { code: 'seo.leerling', one: `onbekende leerling '${key}'.` };

const ZIEN_WIDE: Omit<SeoReadOptions, 'pupilOf'> = {
  headers: ['Leerlingnummer', 'Naam', 'Betrokkenheid', 'Welbevinden', 'Sociaal initiatief'],
  mapping: { leerlingKey: 0, naam: 1 },
  scaleColumns: [
    { column: 2, schaal: 'betrokkenheid', measure: 'percentiel' },
    { column: 3, schaal: 'welbevinden', measure: 'percentiel' },
    { column: 4, schaal: 'sociaal-initiatief', measure: 'percentiel' },
  ],
  constants: { instrument: 'ZIEN!', lijst: 'leerkracht', afnamedatum: '12-11-2026' },
};

const KANVAS_LONG: Omit<SeoReadOptions, 'pupilOf'> = {
  headers: ['Leerlingnummer', 'Datum', 'Schaal', 'Ruwe score', 'Signaal'],
  mapping: { leerlingKey: 0, afnamedatum: 1, schaal: 2, ruweScore: 3, signaal: 4 },
  scaleColumns: [],
  constants: { instrument: 'kanvas' },
};

function readAll(options: Omit<SeoReadOptions, 'pupilOf'>, rows: string[][]) {
  const reader = new SeoRowReader({ ...options, pupilOf });
  rows.forEach((cells, i) => reader.read(i + 2, cells));
  return { reader, problems: reader.finish() };
}

describe('SeoRowReader', () => {
  it('reads a wide ZIEN! list: a score per scale, the band from the percentile by the quarter lines', () => {
    const { reader, problems } = readAll(ZIEN_WIDE, [
      ['1001', 'Daan', '80', '20', '50'],
      ['1002', 'Sara', '25', '75', '24,5'],
      ['1003', 'Noor', '76', '', ''],
    ]);
    expect(problems).toEqual([]);
    expect(reader.rows).toEqual({ total: 3, valid: 3, invalid: 0, empty: 0 });
    const seen = reader.scores.map((s) => [s.leerlingId, s.schaal, s.percentiel, s.band]);
    expect(seen).toEqual([
      ['p1', 'betrokkenheid', 80, 'hoog'],
      ['p1', 'welbevinden', 20, 'laag'],
      ['p1', 'sociaal-initiatief', 50, 'gemiddeld'],
      ['p2', 'betrokkenheid', 25, 'gemiddeld'],
      ['p2', 'welbevinden', 75, 'gemiddeld'],
      ['p2', 'sociaal-initiatief', 24.5, 'laag'],
      ['p3', 'betrokkenheid', 76, 'hoog'],
    ]);
    expect(reader.scores[0]).toMatchObject({
      instrument: 'zien',
      lijst: 'leerkracht',
      afnamedatum: '2026-11-12',
      schooljaar: '2026-2027',
      ruweScore: null,
      signaal: null,
      versie: null,
    });
  });

  it('reads a long KanVAS list: the only list is the pupils’, raw scores and the signal as written', () => {
    const { reader, problems } = readAll(KANVAS_LONG, [
      ['1001', '03-03-2027', 'Veiligheidsbeleving', '3,4', 'nee'],
      ['1001', '03-03-2027', 'Incidenten', '2', '!'],
      ['1002', '2027-03-04', 'Angst', '1', '!!'],
    ]);
    expect(problems).toEqual([]);
    expect(
      reader.scores.map((s) => [s.leerlingId, s.lijst, s.schaal, s.ruweScore, s.signaal, s.band]),
    ).toEqual([
      ['p1', 'leerling', 'veiligheidsbeleving', 3.4, null, null],
      ['p1', 'leerling', 'incidenten', 2, 'aandacht', null],
      ['p2', 'leerling', 'angst-voor-incidenten', 1, 'zorg', null],
    ]);
    expect(reader.scores[0]?.schooljaar).toBe('2026-2027');
  });

  it('takes the export’s own band over the band of its percentile', () => {
    const { reader } = readAll(
      {
        ...KANVAS_LONG,
        headers: ['nr', 'datum', 'schaal', 'percentiel', 'niveau'],
        mapping: { leerlingKey: 0, afnamedatum: 1, schaal: 2, percentiel: 3, band: 4 },
      },
      [['1001', '03-03-2027', 'Welbevinden', '90', 'beneden gemiddeld']],
    );
    expect(reader.scores[0]).toMatchObject({ percentiel: 90, band: 'laag' });
  });

  it('says an unknown scale name once, with the number of rows and the first lines', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ['1001', `0${(i % 9) + 1}-03-2027`, 'Moed', '2', '']);
    const { reader, problems } = readAll(KANVAS_LONG, rows);
    expect(problems.map((p) => p.message)).toEqual([
      "30 regels (2, 3, 4, 5, 6 en verder): onbekende schaal 'Moed' van KanVAS.",
    ]);
    expect(problems[0]?.line).toBe(2);
    expect(reader.rows).toMatchObject({ total: 30, valid: 0, invalid: 30 });
    expect(reader.scores).toEqual([]);
  });

  it('refuses a percentile above 100 and a negative raw score with the range, naming line and column', () => {
    const { problems } = readAll(ZIEN_WIDE, [['1001', 'Daan', '120', '50', '50']]);
    expect(problems.map((p) => p.message)).toEqual([
      'Regel 2: percentiel 120 in kolom 3 ("Betrokkenheid") ligt buiten het bereik (0 tot en met 100).',
    ]);
    const raw = readAll(KANVAS_LONG, [
      ['1001', '03-03-2027', 'Welbevinden', '-3', ''],
      ['1002', '03-03-2027', 'Welbevinden', '-1', ''],
    ]);
    expect(raw.problems.map((p) => p.message)).toEqual([
      '2 regels (2, 3): ruwe score in kolom 4 ("Ruwe score") ligt buiten het bereik (0 of meer); eerste: -3.',
    ]);
  });

  it('groups unknown pupils per pupil, and reports a cell that is no number with its column', () => {
    const { problems } = readAll(KANVAS_LONG, [
      ['9999', '03-03-2027', 'Welbevinden', '3', ''],
      ['9999', '03-03-2027', 'Incidenten', '3', ''],
      ['1001', '03-03-2027', 'Welbevinden', 'drie', ''],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      "2 regels (2, 3): onbekende leerling '9999'.",
      'Regel 4: ruwe score \'drie\' in kolom 4 ("Ruwe score") is geen getal.',
    ]);
  });

  it('refuses the same pupil, scale and date twice, and a scale the list does not have', () => {
    const { problems } = readAll({ ...ZIEN_WIDE, constants: { ...ZIEN_WIDE.constants, lijst: 'leerling' } }, [
      ['1001', 'Daan', '50', '50', '50'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      "Regel 2: de schaal 'sociaal-initiatief' hoort niet bij de leerlinglijst van ZIEN!.",
    ]);
    const twice = readAll(KANVAS_LONG, [
      ['1001', '03-03-2027', 'Welbevinden', '3', ''],
      ['1001', '3-3-2027', 'welbevinden', '4', ''],
    ]);
    expect(twice.problems.map((p) => p.message)).toEqual([
      'Regel 3: dezelfde leerling, lijst, schaal (welbevinden) en datum staan ook op regel 2.',
    ]);
    expect(twice.reader.rows).toMatchObject({ valid: 1, invalid: 1 });
  });

  it('skips a pupil without any score with one warning, and empty lines without a word', () => {
    const { reader, problems } = readAll(ZIEN_WIDE, [
      ['1001', 'Daan', '', '', ''],
      ['', '', '', '', ''],
      ['1002', 'Sara', '60', '', ''],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'Regel 2: er staat geen score in; de regel is overgeslagen.',
      }),
    ]);
    expect(reader.rows).toEqual({ total: 2, valid: 1, invalid: 0, empty: 1 });
    expect(reader.scores).toHaveLength(1);
  });

  it('refuses chosen values it cannot read once, for the whole file', () => {
    const reader = new SeoRowReader({
      ...ZIEN_WIDE,
      constants: { instrument: 'Zonnebloem', lijst: 'oma', afnamedatum: '31-02-2027' },
      pupilOf,
    });
    expect(reader.fileProblems.map((p) => p.path)).toEqual([
      'constants.instrument',
      'constants.lijst',
      'constants.afnamedatum',
    ]);
    expect(reader.fileProblems[2]?.message).toContain('geen bestaande datum');
  });

  it('names a list an instrument does not have, and an unknown band or signal with its column', () => {
    const { problems } = readAll(
      {
        headers: ['nr', 'datum', 'lijst', 'schaal', 'niveau', 'signaal'],
        mapping: { leerlingKey: 0, afnamedatum: 1, lijst: 2, schaal: 3, band: 4, signaal: 5 },
        scaleColumns: [],
        constants: { instrument: 'scol' },
      },
      [
        ['1001', '03-03-2027', 'Ouder', 'Aardig doen', 'hoog', ''],
        ['1002', '03-03-2027', 'Leerkracht', 'Aardig doen', 'Q', 'misschien'],
      ],
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Regel 2: SCOL heeft geen ouderlijst.',
      'Regel 3: onbekend niveau \'Q\' in kolom 5 ("niveau"); verwacht laag, gemiddeld of hoog.',
      'Regel 3: onbekend signaal \'misschien\' in kolom 6 ("signaal"); verwacht bijvoorbeeld ja, nee, ! of !!.',
    ]);
  });
});
