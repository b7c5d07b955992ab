/**
 * The day the browser tests play on. `serve --demo --today` generates the demo as of this day and
 * starts the server's clock on it, so no test follows the wall clock. Everything a spec needs to know
 * about the school year is worked out here from this one date, by the rules the README states.
 */
export const TODAY = '2026-11-28';

const year = Number(TODAY.slice(0, 4));
const month = Number(TODAY.slice(5, 7));

/** A schooljaar runs from 1 August to 31 July. */
const startYear = month >= 8 ? year : year - 1;
export const SCHOOLJAAR = `${startYear}-${startYear + 1}`;

/**
 * The newest schooljaar the demo has M and E results for: the current one once its M moment (late
 * January) has passed, else the one before.
 */
const lastResultStart = month >= 2 && month < 8 ? startYear : startYear - 1;
export const LAST_RESULTS_SCHOOLJAAR = `${lastResultStart}-${lastResultStart + 1}`;
