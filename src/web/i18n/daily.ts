/**
 * UI text for daily use of the datamuur, groepsoverzicht and groepsplan: pupils with gaps, carry-over
 * from the previous period, plan versions and goals (Dutch first; English has the same keys).
 */
import type { GoalDetail } from '../../domain/goals';

type Change =
  | { code: 'created' | 'evaluated' | 'reopened' | 'basisdoel' | 'pupilGoals' }
  | { code: 'subgroupAdded' | 'subgroupRemoved'; naam: string }
  | { code: 'subgroupChanged'; naam: string; fields: string[] };

const FIELD_NL: Record<string, string> = {
  naam: 'naam',
  leerlingen: 'leerlingen',
  doelen: 'doelen',
  aanbod: 'aanbod',
  aanpak: 'aanpak',
  organisatie: 'organisatie',
  minutenPerWeek: 'minuten per week',
};

export const dailyNl = {
  gaps: {
    lastResult: (level: string | null, moment: string) =>
      `laatste resultaat: ${level ? `${level} op ` : ''}${moment}`,
    noResultAt: (meetpunt: string) => `geen resultaat op ${meetpunt}`,
    noResultLane: 'Geen resultaat op dit meetpunt',
    noResultLaneHint:
      'Deze leerlingen misten de toets. Plaats ze met een reden in een instructiegroep; hun laatste resultaat staat erbij.',
    placeMissing: (column: string) => `Plaatsen in ${column.toLowerCase()}`,
    missingReasonHint:
      'Er is geen toetsresultaat op dit meetpunt. Leg vast waarom deze leerling in deze groep past; de reden blijft bewaard.',
    clusterLane: 'Geen resultaat',
    clusterLaneHint: 'Nog in geen cluster: kies er een.',
    chooseCluster: 'Kies een cluster',
    vakAt: (vak: string, meetpunt: string) => `${vak}: ${meetpunt}`,
    basedOnPerVak: (list: string) => `Toetsgegevens per vak: ${list}`,
  },
  carry: {
    fromPeriod: (name: string) => `uit ${name.replace(/\s*\(.*\)$/, '').toLowerCase()} — klopt dit nog?`,
    confirm: 'Klopt nog',
    confirmRow: (name: string) => `Factoren en onderwijsbehoeften van ${name} kloppen nog`,
    confirmed: 'Bevestigd voor deze periode.',
    observationFrom: (when: string) => `van ${when} — klopt dit nog?`,
    confirmObservation: (aspect: string, name: string) => `${aspect} van ${name} klopt nog`,
    changeObservation: 'Aanpassen',
    changeObservationOf: (aspect: string, name: string) => `${aspect} van ${name} aanpassen`,
    saveObservation: 'Opslaan',
    cancel: 'Annuleren',
  },
  planDaily: {
    stage: { concept: 'Concept', actief: 'In uitvoering', geevalueerd: 'Geëvalueerd en vastgezet' } as Record<
      string,
      string
    >,
    conceptHint: 'Een groepsplan blijft een concept tot het doelen heeft.',
    record: 'Vastleggen als versie',
    recordHint:
      'Tijdens het typen wordt het plan bewaard als concept. Vastleggen maakt er een versie van in de geschiedenis.',
    recorded: 'Vastgelegd',
    needsGoals: 'Geef eerst doelen op; zonder doelen blijft het plan een concept.',
    unrecorded: 'Gewijzigd sinds de laatste versie',
    historyLine: (n: number, by: string, when: string) => `Versie ${n} · ${by} · ${when}`,
    reasons: {
      aangemaakt: 'aangemaakt',
      vastgelegd: 'vastgelegd',
      geevalueerd: 'geëvalueerd en vastgezet',
      heropend: 'nieuwe versie na evaluatie',
      voor_ander: 'bewaard toen iemand anders verder schreef',
    } as Record<string, string>,
    change: (c: Change): string => {
      switch (c.code) {
        case 'created':
          return 'aangemaakt';
        case 'evaluated':
          return 'geëvalueerd en vastgezet';
        case 'reopened':
          return 'nieuwe versie gemaakt';
        case 'basisdoel':
          return 'basisdoel';
        case 'pupilGoals':
          return 'doelen per leerling';
        case 'subgroupAdded':
          return `${c.naam} toegevoegd`;
        case 'subgroupRemoved':
          return `${c.naam} verwijderd`;
        case 'subgroupChanged':
          return `${c.naam}: ${c.fields.map((f) => FIELD_NL[f] ?? f).join(', ')}`;
      }
    },
    basisGoals: 'Doelen bij het basisdoel (voor alle leerlingen)',
    basisGoalsSubject: 'basisdoel',
    pupilGoals: 'Eigen doelen per leerling (optioneel)',
    pupilGoalsHint: 'Voor een leerling die naast het subgroepdoel een eigen doel heeft.',
    addPupilGoal: 'Eigen doel toevoegen voor',
    choosePupil: 'Kies een leerling',
    pupilGoalsOf: (name: string) => `Eigen doelen van ${name}`,
    aboveStarters: (needed: string, p90: string, pupils: number, of: number) =>
      `Dit doel vraagt ${needed} punten groei; 90 % van de leerlingen met dezelfde start groeide hooguit ${p90} (${pupils} van de ${of} leerlingen). Een hoog doel kan goed zijn: kijk nog even of het haalbaar is.`,
    evaluationBasis: 'Basisdoel',
    evaluationOwn: 'Eigen doelen',
    confirmTitle: 'Evaluatie vastleggen?',
    confirmText:
      'Na het vastleggen staat het groepsplan vast: doelen, subgroepen, aanpak en de evaluatie kunnen niet meer gewijzigd worden. Verder werken kan daarna met een nieuwe versie.',
    confirmYes: 'Ja, vastleggen',
    confirmNo: 'Nog niet',
    detail: (d: GoalDetail): string => {
      switch (d.code) {
        case 'words':
          return 'Een leerdoel in woorden beoordeelt de leerkracht.';
        case 'no_end':
          return 'Er is (nog) geen resultaat van het afsluitende toetsmoment.';
        case 'no_score':
          return 'Geen vaardigheidsscore.';
        case 'score':
          return `Score ${d.score}, doel ${d.target}.`;
        case 'score_partly':
          return `Score ${d.score}: meer dan de helft van de weg van ${d.start} naar ${d.target}.`;
        case 'no_level':
          return 'Geen niveau in dit niveausysteem.';
        case 'level':
          return `Niveau ${d.level}, doel ${d.target} of hoger.`;
        case 'level_partly':
          return `Niveau ${d.level}: gestegen van ${d.start}, één niveau onder het doel ${d.target}.`;
        case 'no_growth_pair':
          return 'Voor leerwinst zijn een begin- en een eindscore nodig.';
        case 'growth':
          return `Leerwinst ${d.growth}, doel ${d.target}.`;
        case 'not_a_level':
          return `"${d.target}" is geen niveau in dit niveausysteem.`;
      }
    },
  },
};

const FIELD_EN: Record<string, string> = {
  naam: 'name',
  leerlingen: 'pupils',
  doelen: 'goals',
  aanbod: 'content',
  aanpak: 'approach',
  organisatie: 'organisation',
  minutenPerWeek: 'minutes per week',
};

export const dailyEn: typeof dailyNl = {
  gaps: {
    lastResult: (level, moment) => `latest result: ${level ? `${level} at ` : ''}${moment}`,
    noResultAt: (meetpunt) => `no result at ${meetpunt}`,
    noResultLane: 'No result at this test point',
    noResultLaneHint:
      'These pupils missed the test. Place them in an instruction group with a reason; their latest result is shown.',
    placeMissing: (column) => `Place in ${column.toLowerCase()}`,
    missingReasonHint:
      'There is no test result at this test point. Record why this pupil fits this group; the reason is kept.',
    clusterLane: 'No result',
    clusterLaneHint: 'Not in a cluster yet: choose one.',
    chooseCluster: 'Choose a cluster',
    vakAt: (vak, meetpunt) => `${vak}: ${meetpunt}`,
    basedOnPerVak: (list) => `Test data per subject: ${list}`,
  },
  carry: {
    fromPeriod: (name) => `from ${name.replace(/\s*\(.*\)$/, '').toLowerCase()} — still right?`,
    confirm: 'Still right',
    confirmRow: (name) => `Factors and needs of ${name} are still right`,
    confirmed: 'Confirmed for this period.',
    observationFrom: (when) => `from ${when} — still right?`,
    confirmObservation: (aspect, name) => `${aspect} of ${name} is still right`,
    changeObservation: 'Change',
    changeObservationOf: (aspect, name) => `Change ${aspect} of ${name}`,
    saveObservation: 'Save',
    cancel: 'Cancel',
  },
  planDaily: {
    stage: { concept: 'Draft', actief: 'In progress', geevalueerd: 'Evaluated and locked' },
    conceptHint: 'A group plan stays a draft until it has goals.',
    record: 'Record as a version',
    recordHint: 'While you type the plan is kept as a draft. Recording makes it a version in the history.',
    recorded: 'Recorded',
    needsGoals: 'Add goals first; without goals the plan stays a draft.',
    unrecorded: 'Changed since the last version',
    historyLine: (n, by, when) => `Version ${n} · ${by} · ${when}`,
    reasons: {
      aangemaakt: 'created',
      vastgelegd: 'recorded',
      geevalueerd: 'evaluated and locked',
      heropend: 'new version after evaluation',
      voor_ander: 'kept when someone else went on',
    },
    change: (c) => {
      switch (c.code) {
        case 'created':
          return 'created';
        case 'evaluated':
          return 'evaluated and locked';
        case 'reopened':
          return 'new version made';
        case 'basisdoel':
          return 'basic goal';
        case 'pupilGoals':
          return 'goals per pupil';
        case 'subgroupAdded':
          return `${c.naam} added`;
        case 'subgroupRemoved':
          return `${c.naam} removed`;
        case 'subgroupChanged':
          return `${c.naam}: ${c.fields.map((f) => FIELD_EN[f] ?? f).join(', ')}`;
      }
    },
    basisGoals: 'Goals of the basic goal (for all pupils)',
    basisGoalsSubject: 'basic goal',
    pupilGoals: 'Own goals per pupil (optional)',
    pupilGoalsHint: 'For a pupil who has a goal of their own besides the subgroup goal.',
    addPupilGoal: 'Add own goal for',
    choosePupil: 'Choose a pupil',
    pupilGoalsOf: (name) => `Own goals of ${name}`,
    aboveStarters: (needed, p90, pupils, of) =>
      `This goal asks ${needed} points of growth; 90% of pupils with the same start grew at most ${p90} (${pupils} of the ${of} pupils). A high goal can be right: check whether it is within reach.`,
    evaluationBasis: 'Basic goal',
    evaluationOwn: 'Own goals',
    confirmTitle: 'Record the evaluation?',
    confirmText:
      'After recording, the group plan is locked: goals, subgroups, approach and the evaluation can no longer be changed. You can go on afterwards with a new version.',
    confirmYes: 'Yes, record',
    confirmNo: 'Not yet',
    detail: (d) => {
      switch (d.code) {
        case 'words':
          return 'A goal in words is judged by the teacher.';
        case 'no_end':
          return 'There is no result of the closing test yet.';
        case 'no_score':
          return 'No scale score.';
        case 'score':
          return `Score ${d.score}, goal ${d.target}.`;
        case 'score_partly':
          return `Score ${d.score}: more than half the way from ${d.start} to ${d.target}.`;
        case 'no_level':
          return 'No level in this level system.';
        case 'level':
          return `Level ${d.level}, goal ${d.target} or higher.`;
        case 'level_partly':
          return `Level ${d.level}: up from ${d.start}, one level below the goal ${d.target}.`;
        case 'no_growth_pair':
          return 'Growth needs a start and an end score.';
        case 'growth':
          return `Growth ${d.growth}, goal ${d.target}.`;
        case 'not_a_level':
          return `"${d.target}" is not a level in this level system.`;
      }
    },
  },
};
