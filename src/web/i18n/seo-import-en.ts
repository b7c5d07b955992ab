/** English UI text for the SEO import, with the keys of seo-import.ts (checked by the compiler). */
import type { SeoImportCatalog } from './seo-import';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const seoImportEn: SeoImportCatalog = {
  seoImport: {
    tab: 'Social-emotional (CSV or Excel)',
    file: 'Export of ZIEN!, KanVAS, SCOL, Kindbegrip, Leerling in Beeld or an own list (CSV or XLSX)',
    headerRowTitle: 'Line with the column names',
    headerRowIntro:
      'Exports often have a title block above the column names (instrument, school, date). Leerwinst looked for the line with the column names; pick another if it is wrong.',
    headerRowOption: (line: number, cells: string) => `Line ${line}: ${cells}`,
    headerRowAuto: 'Let Leerwinst look for the line with the column names again',
    emptyFile: 'No line with column names was found.',
    fields: {
      leerlingKey: 'Pupil number',
      eckid: 'ECK-iD',
      instrument: 'Instrument',
      versie: 'Version',
      lijst: 'List (who filled it in)',
      schaal: 'Scale or category',
      afnamedatum: 'Date taken',
      ruweScore: 'Raw score',
      percentiel: 'Percentile',
      band: 'Level or norm band',
      signaal: 'Signal of the instrument',
      naam: 'Name (for checking only)',
      roepnaam: 'First name (for checking only)',
      voorvoegsel: 'Prefix (for checking only)',
      achternaam: 'Surname (for checking only)',
      groep: 'Group (for checking only)',
    },
    scaleColumnsTitle: 'Columns per scale',
    scaleColumnsIntro:
      'Is each scale in a column of its own? Choose the scale and what the column holds. If the file has a column with the scale, leave this empty.',
    scaleFor: (column: string) => `Scale in column ${column}`,
    measureFor: (column: string) => `Value in column ${column}`,
    measures: { ruweScore: 'Raw score', percentiel: 'Percentile', band: 'Level', signaal: 'Signal' },
    forWholeFile: 'For the whole file (where there is no column for it)',
    instrument: 'Instrument of the file',
    lijst: 'List of the file',
    lists: { leerkracht: 'Teacher', leerling: 'Pupil', ouder: 'Parent' },
    afnamedatum: 'Date of taking (dd-mm-yyyy)',
    versie: 'Version of the file',
    ownList: (name: string) => `${name} (own list)`,
    rows: (total: number, valid: number, invalid: number) =>
      `${plural(total, 'line', 'lines')}: ${valid} good, ${invalid} with errors.`,
    scores: (total: number, pupils: number) =>
      `${plural(total, 'score', 'scores')} of ${plural(pupils, 'pupil', 'pupils')}.`,
    changes: (n: number, c: number, u: number) => `${n} new, ${c} changed, ${u} unchanged.`,
    perScaleCaption: 'Per instrument, list and scale: number of scores, level and signals',
    colInstrument: 'Instrument',
    colList: 'List',
    colScale: 'Scale',
    colScores: 'Scores',
    colLow: 'Low',
    colAverage: 'Average',
    colHigh: 'High',
    colSignals: 'Signals',
    signalledTitle: 'Pupils with a signal of the instrument',
    signalled: (name: string, key: string, n: number) =>
      `${name} (${key}): ${plural(n, 'signal', 'signals')}`,
    imported: 'Imported.',
    ownListTitle: 'The school’s own list',
    ownListIntro:
      'Does the school use a questionnaire of its own? Give its name and scales (one per line), as the file writes them. Files of that list are then imported like the others.',
    ownListName: 'Name of the list',
    ownListScales: 'Scales (one per line)',
    ownListAdd: 'Add list',
    ownListAdded: 'The list has been added.',
  },
};
