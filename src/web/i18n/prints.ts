/**
 * UI text that appears only on paper: the groepsoverzicht, the groepsplan and the datamuur as they are
 * handed out. Dutch first; prints-en.ts has the same keys, checked by the compiler.
 */
export const printsNl = {
  prints: {
    /** An empty field on paper: a dash, never the screen's "type here" hint. */
    empty: '–',
    /** Where a carried-over text came from, said as a fact rather than the screen's question. */
    carriedFrom: (name: string) => `(uit ${name.replace(/\s*\(.*\)$/, '').toLowerCase()})`,
    observationFrom: (when: string) => `(van ${when})`,
    notJudged: 'Nog geen leerling beoordeeld op de doelen.',
    legend: 'Legenda',
    legendLevel:
      'I–V: niveau op dit meetpunt (I het hoogst, elk niveau 20 % van het land); daarnaast de vaardigheidsscore',
    legendMovement:
      '↑ naar minder instructie, ↓ naar meer instructie, = dezelfde instructiegroep als op het vorige meetpunt',
    legendSignal: '! gesignaleerd (zie het groepsoverzicht voor de reden)',
    legendOpp: 'OPP: de leerling heeft een ontwikkelingsperspectief',
    legendOverride: 'Gestippelde rand: door de leerkracht verplaatst, met de reden op de kaart',
    legendLast: 'Cursief: geen resultaat op dit meetpunt, het laatste eerdere resultaat',
  },
};

export type PrintsCatalog = typeof printsNl;
