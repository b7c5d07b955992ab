import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dleTableFor, parseNormCsv } from './norm-csv';
import { validateNormRows } from './norms';
import { anyString, containsNaN } from './test-support';

describe('parseNormCsv: norm files', () => {
  it('reads a ;-file with decimal commas, an empty I+ and an empty gemiddelde', () => {
    const text = [
      'toets;versie;moment;I+;I;II;III;IV;gemiddelde',
      'rw;3.0;M5;230;220;205;195;180,5;200,25',
      'rw;3.0;E5;;228;212;201;187;',
    ].join('\n');
    expect(parseNormCsv(text)).toEqual({
      rows: [
        {
          toets: 'rw',
          versie: '3.0',
          moment: 'M5',
          cuts: { 'I+': 230, I: 220, II: 205, III: 195, IV: 180.5 },
          gemiddelde: 200.25,
          line: 2,
        },
        {
          toets: 'rw',
          versie: '3.0',
          moment: 'E5',
          cuts: { I: 228, II: 212, III: 201, IV: 187 },
          gemiddelde: null,
          line: 3,
        },
      ],
      dlePoints: [],
      issues: [],
    });
  });

  it('reads a ,-file with quoted decimal commas, any column order, BOM, CRLF, header case and blank lines', () => {
    const text =
      '\uFEFFMoment, Toets ,VERSIE,A,B,C,D,Gemiddelde\r\n\r\nm4,sp,2,"140,5",130,120,112.5,125\r\n';
    const result = parseNormCsv(text);
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      {
        toets: 'sp',
        versie: '2',
        moment: 'M4',
        cuts: { A: 140.5, B: 130, C: 120, D: 112.5 },
        gemiddelde: 125,
        // Line 2 is blank; the row is on physical line 3.
        line: 3,
      },
    ]);
  });

  it('reads REF columns, with "2F" or "1S" as header for 2F/1S', () => {
    for (const name of ['2F/1S', '2F', '1S']) {
      const result = parseNormCsv(`toets;versie;moment;1F;${name};gemiddelde\niep;1;E8;60;80;75`);
      expect(result.rows[0]?.cuts).toEqual({ '1F': 60, '2F/1S': 80 });
    }
  });

  it('names the line of every problem and leaves that line out', () => {
    const text = [
      'toets;versie;moment;I;II;III;IV;gemiddelde;opmerking', // 1: unknown column
      'rw;3.0;M5;220;205;195;180;200;', // 2: fine
      'rw;3.0;M9;220;205;195;180;200;', // 3: bad moment
      'rw;3.0;E5;220;225;195;180;200;', // 4: not rising
      'rw;3.0;M6;2.20,0;205;195;180;200;', // 5: not a number
      'rw;3.0;M7;220;205', // 6: too few cells
      '',
      'rw;3.0;M5;221;205;195;180;200;', // 8: duplicate of line 2
      'rw;3.0;E6;230;215;205;190;"200;', // 9: open quote
      'rw;3.0;M8;230;;205;190;x;', // 10: missing cut, bad mean
    ].join('\n');
    const result = parseNormCsv(text);
    expect(result.rows.map((r) => r.moment)).toEqual(['M5']);
    expect(result.issues).toEqual([
      { line: 1, message: "Onbekende kolom 'opmerking' wordt genegeerd." },
      { line: 3, message: `'M9' is geen toetsmoment; verwacht M3 t/m E8 of B3 t/m B8, zoals "M5".` },
      { line: 4, message: 'I–V (Cito): de grensscore van I (220) moet hoger zijn dan die van II (225).' },
      { line: 5, message: "Grensscore I '2.20,0' is geen getal." },
      { line: 6, message: '5 kolommen, de kop heeft er 9.' },
      { line: 8, message: 'Dubbel: rw versie 3.0 moment M5 komt al eerder voor. Zie regel 2.' },
      { line: 9, message: 'Een aanhalingsteken wordt niet gesloten.' },
      { line: 10, message: "Gemiddelde 'x' is geen getal." },
    ]);
  });

  it('reports a missing cut as a problem of its line', () => {
    const result = parseNormCsv('toets;versie;moment;I;II;III;IV\nrw;1;M8;230;;205;190');
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([{ line: 2, message: 'I–V (Cito): grensscore ontbreekt voor II.' }]);
  });

  it('refuses a file without the needed columns, on line 1', () => {
    expect(parseNormCsv('')).toEqual({
      rows: [],
      dlePoints: [],
      issues: [{ line: 1, message: 'De eerste regel moet de kolomnamen bevatten.' }],
    });
    expect(parseNormCsv('toets;versie;I;II;III;IV\nrw;1;1;2;3;4').issues).toEqual([
      {
        line: 1,
        message:
          'Kolommen ontbreken: verwacht toets;versie;moment en grensscores (I;II;III;IV, A;B;C;D of 1F;2F/1S).',
      },
    ]);
    expect(parseNormCsv('toets;versie;moment;gemiddelde\nrw;1;M5;3').rows).toEqual([]);
  });

  it('treats headers named like object properties as unknown columns', () => {
    const result = parseNormCsv(
      'toets;versie;moment;I;II;III;IV;constructor;__proto__;toString\nrw;1;M5;4;3;2;1;a;b;c',
    );
    expect(result.issues.map((i) => i.message)).toEqual([
      "Onbekende kolom 'constructor' wordt genegeerd.",
      "Onbekende kolom '__proto__' wordt genegeerd.",
      "Onbekende kolom 'toString' wordt genegeerd.",
    ]);
    expect(result.rows).toHaveLength(1);
  });

  it('says which known columns it ignores because they belong to the other kind of file', () => {
    expect(parseNormCsv('toets;versie;moment;I;II;III;IV;score\nrw;1;M5;4;3;2;1;9').issues).toEqual([
      { line: 1, message: "Kolom 'score' hoort niet in een normbestand en wordt genegeerd." },
    ]);
    const dle = parseNormCsv('toets;versie;vaardigheidsscore;dle;moment\nrw;1;150;10;M5');
    expect(dle.issues).toEqual([
      { line: 1, message: "Kolom 'moment' hoort niet in een DLE-bestand en wordt genegeerd." },
    ]);
    expect(dle.dlePoints).toHaveLength(1);
  });
});

describe('parseNormCsv: DLE files', () => {
  it('reads conversion points and keeps them per toets and versie', () => {
    const text =
      'toets;versie;vaardigheidsscore;dle\nrw;3.0;150;10\nrw;3.0;170,5;15\nsp;2;100;10\nrw;3.0;190;20';
    const result = parseNormCsv(text);
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([]);
    expect(dleTableFor(result.dlePoints, 'rw', '3.0')).toEqual([
      { minScore: 150, dle: 10 },
      { minScore: 170.5, dle: 15 },
      { minScore: 190, dle: 20 },
    ]);
    expect(dleTableFor(result.dlePoints, 'rw', '2.0')).toEqual([]);
  });

  it('leaves out points that contradict the table, naming both lines', () => {
    const text = [
      'toets;versie;vaardigheidsscore;dle',
      'rw;1;150;10',
      'rw;1;170;8', // 3: lower DLE at a higher score
      'rw;1;150;12', // 4: same score again
      'rw;1;abc;12', // 5
      ';1;160;-1', // 6
    ].join('\n');
    const result = parseNormCsv(text);
    expect(result.dlePoints).toEqual([{ toets: 'rw', versie: '1', minScore: 150, dle: 10, line: 2 }]);
    expect(result.issues).toEqual([
      { line: 3, message: 'DLE 8 is lager dan DLE 10 bij een lagere score (regel 2).' },
      { line: 4, message: 'Vaardigheidsscore 150 staat ook op regel 2.' },
      { line: 5, message: 'Vaardigheidsscore ontbreekt of is geen getal.' },
      { line: 6, message: 'Toetscode ontbreekt.' },
      { line: 6, message: 'DLE ontbreekt of is geen getal van 0 of meer.' },
    ]);
  });
});

describe('parseNormCsv: totality', () => {
  const cell = fc.oneof(anyString, fc.constantFrom('M5', 'E8', '12,5', '200', '-3', '"1,5"', 'rw'));
  const header = fc.shuffledSubarray(
    [
      'toets',
      'versie',
      'moment',
      'I+',
      'I',
      'II',
      'III',
      'IV',
      'A',
      'B',
      'C',
      'D',
      '1F',
      '2F',
      'gemiddelde',
      'dle',
      'score',
      'x',
    ],
    { minLength: 0 },
  );
  it('never throws, returns only valid rows, and every issue names a line of the text', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 6 }),
        fc.constantFrom(';', ','),
        fc.constantFrom('\n', '\r\n'),
        (names, cells, sep, eol) => {
          const text = [names.join(sep), ...cells.map((row) => row.join(sep))].join(eol);
          const result = parseNormCsv(text);
          const lineCount = text.split(/\r\n|\n|\r/).length;
          expect(containsNaN(result)).toBe(false);
          expect(validateNormRows(result.rows)).toEqual([]);
          for (const issue of result.issues) {
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.line).toBeLessThanOrEqual(lineCount);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
    );
    fc.assert(
      fc.property(anyString, anyString, anyString, (text, toets, versie) => {
        const result = parseNormCsv(text);
        expect(containsNaN(result)).toBe(false);
        expect(containsNaN(dleTableFor(result.dlePoints, toets, versie))).toBe(false);
      }),
    );
  });
});
