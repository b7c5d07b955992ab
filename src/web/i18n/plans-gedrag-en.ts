/** English UI text for plans about behaviour and the groepsoverzicht's group section (same keys as plans-gedrag.ts). */
import type { PlansGedragCatalog } from './plans-gedrag';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const plansGedragEn: PlansGedragCatalog = {
  plansGedrag: {
    domeinen: {
      werkhouding: 'Work attitude',
      gedrag: 'Behaviour',
      'sociaal-emotioneel': 'Social-emotional',
    },
    cycleTitle: 'Work attitude, behaviour and social-emotional',
    cycleIntro:
      'A plan without a test: goals as observable behaviour or as a target on a social-emotional instrument, evaluated with your observations and the next administration.',
    newPlan: (domein) => `Make a plan for ${domein}`,
    openPlan: (domein) => `Open the plan for ${domein}`,
    intro:
      'A plan without a test. Write the goals as behaviour you can see (what, how you observe it, when it is reached) or as a target on a social-emotional instrument. Your observations on the pupil page and the first administration after the plan started appear in the evaluation by themselves.',
    goalKinds: {
      gedrag: 'Observable behaviour',
      instrument: 'Target on an SEO instrument',
      woorden: 'Goal in words',
    },
    gedragText: 'Behaviour',
    gedragPlaceholder: 'e.g. works on a task independently for 15 minutes',
    hoe: 'How you observe it',
    hoePlaceholder: 'e.g. observation during independent work',
    criterium: 'When reached',
    criteriumPlaceholder: 'e.g. 4 of 5 observations',
    instrument: 'Instrument',
    schaal: 'Scale',
    band: 'At least band',
    noBand: 'no band',
    percentiel: 'At least percentile',
    bands: { laag: 'low', gemiddeld: 'average', hoog: 'high' },
    scaleNames: {
      betrokkenheid: 'Involvement',
      welbevinden: 'Well-being',
      'sociaal-initiatief': 'Social initiative',
      'sociale-flexibiliteit': 'Social flexibility',
      'sociale-autonomie': 'Social autonomy',
      impulsbeheersing: 'Impulse control',
      inlevingsvermogen: 'Empathy',
      veiligheidsbeleving: 'Sense of safety',
    },
    summaryGedrag: (text, hoe, criterium) =>
      [text, hoe && `observed: ${hoe}`, criterium && `reached at: ${criterium}`].filter(Boolean).join(' · '),
    summaryInstrument: (instrument, schaal, target) => `${instrument}, ${schaal}: ${target}`,
    targetPercentiel: (p) => `at least percentile ${p}`,
    targetBand: (band) => `at least band ${band}`,
    evaluationTitle: 'Evaluation per goal',
    evaluationIntro: (since) =>
      `Each goal shows what your observations in this period and the first administration since the plan started (${since}) say. Choose reached, partly or not reached per goal and complete the evidence.`,
    proposal: 'Proposal from the data',
    proposalNone: 'no proposal: you judge this goal',
    pupilsOfGoal: (n) => `for ${plural(n, 'pupil', 'pupils')}`,
    observationsHeading: (n) => `Observations in this period (${n})`,
    scoresHeading: (n) => `First administration after the start (${plural(n, 'pupil', 'pupils')})`,
    noEvidence: 'No observations or administrations for this goal yet.',
    verdict: 'Verdict',
    bewijs: 'Evidence',
    statuses: {
      behaald: 'Reached',
      deels: 'Partly reached',
      niet: 'Not reached',
      onbekend: 'Not judged yet',
    },
    observationLine: (name, date, text) => `${date} ${name}: ${text}`,
    scoreLine: (name, date, value, status) => `${date} ${name}: ${value} (${status})`,
    percentielValue: (p) => `percentile ${p}`,
    bandValue: (band) => `band ${band}`,
    evidenceObservations: (n) => `${plural(n, 'observation', 'observations')} in this period.`,
    evidenceScores: (reached, measured) =>
      `${reached} of ${measured} measured pupils reached the goal at the first administration after the start.`,
    minuten: 'Minutes per week',
    noJudgement: 'First choose a verdict for every goal.',
  },
  groupSection: {
    title: 'The group',
    intro:
      'What does this group ask of you as its teacher, what helps and what hinders the group, and what do you need yourself? The teacher makes the difference, positive aspects count, and working towards goals also holds for the teacher’s support.',
    groepVraagt: 'What this group asks of the teacher',
    groepVraagtHint:
      'For example: a lot of structure at transitions, short instruction, room to work together.',
    groepsfactoren: 'Stimulating and hindering factors of the group',
    groepsfactorenHint: 'What helps the group, and what stands in its way?',
    leerkrachtBehoeften: 'The teacher’s support needs',
    leerkrachtBehoeftenHint: 'What do you need to give the group what it asks? From whom?',
    carried: (periode, group) =>
      group
        ? `Taken from ${periode} of ${group}: is this still right?`
        : `Taken from ${periode}: is this still right?`,
    confirm: 'Still right',
    saving: 'Saving…',
    unsaved: 'Not saved yet',
    saveError: 'Saving failed',
    saved: (time) => `Saved ${time}`,
    conflictTitle: 'Someone else changed this in the meantime',
    conflictText: (who) => `${who} saved the group section in the meantime. Their text:`,
    keepMine: 'Keep my text',
    takeTheirs: 'Take their text',
    empty: '–',
  },
};
