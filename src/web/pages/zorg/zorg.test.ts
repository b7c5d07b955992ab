import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { BesprekingDetail, BesprekingSummary, Deelnemer } from '../../api/zorg';
import { en } from '../../i18n/en';
import { formattersFor } from '../../i18n/format';
import { nl } from '../../i18n/nl';
import { sortAfspraken, sortBesprekingen } from '../home-sections';
import { deelnemerInputs, draftOf, saveBodyOf } from './bespreking-draft';
import { fieldError, generalError, todayIso } from '../form-errors';
import { cellKey, existingByCell, fillPeriod, gridOf, planningItems } from './planning';
import { reasonView, reasonViews, type DiscussReason } from './reasons';
import { chosenSchool, zorgSchools } from './zorg-schools';

const summary = (over: Partial<BesprekingSummary>): BesprekingSummary => ({
  id: 'b1',
  kind: 'groepsbespreking',
  status: 'gepland',
  schoolId: 's1',
  schooljaar: '2025-2026',
  periode: { id: 'p1', name: 'Periode 1' },
  group: { id: 'g1', name: 'Groep 5' },
  pupil: null,
  plannedOn: '2026-01-20',
  heldOn: null,
  decision: null,
  version: 1,
  ...over,
});

const staff = (userId: string, name: string): Deelnemer => ({
  id: `d-${userId}`,
  kind: 'medewerker',
  userId,
  verzorgerId: null,
  name,
  role: null,
  organisation: null,
});

const detail = (over: Partial<BesprekingDetail>): BesprekingDetail =>
  ({
    ...summary({}),
    questions: ['doelenBereikt', 'ambitiesBereikt'],
    answers: { doelenBereikt: 'Ja', ambitiesBereikt: '' },
    deelnemers: [staff('u1', 'Ingrid Bakker')],
    ...over,
  }) as BesprekingDetail;

describe('zorgSchools', () => {
  const role = (role: string, schoolId: string | null, schoolName: string | null) =>
    ({ role, schoolId, schoolName, bestuurId: null, bestuurName: null }) as const;

  it('lists the schools where the user is IB or schoolleider, once each, A–Z', () => {
    const me = {
      roles: [
        role('leerkracht', 's3', 'Het Kompas'),
        role('ib', 's2', 'De Regenboog'),
        role('schoolleider', 's1', 'Akkerwinde'),
        role('ib', 's1', 'Akkerwinde'),
      ],
    } as never;
    expect(zorgSchools(me)).toEqual([
      { id: 's1', name: 'Akkerwinde' },
      { id: 's2', name: 'De Regenboog' },
    ]);
  });

  it('gives a leerkracht, the bestuur and the beheerder no school', () => {
    const me = {
      roles: [role('leerkracht', 's1', 'A'), role('bestuur', null, null), role('beheerder', null, null)],
    };
    expect(zorgSchools(me as never)).toEqual([]);
  });

  it('keeps the chosen school only when it is one of the user’s', () => {
    const schools = [{ id: 's1' }, { id: 's2' }];
    expect(chosenSchool(schools, 's2')).toBe('s2');
    expect(chosenSchool(schools, 'elders')).toBe('s1');
    expect(chosenSchool(schools, null)).toBe('s1');
    expect(chosenSchool([], 's1')).toBeNull();
  });
});

describe('jaarplanning', () => {
  const planned = summary({
    id: 'a',
    group: { id: 'g1', name: 'Groep 5' },
    periode: { id: 'p1', name: 'P1' },
  });
  const held = summary({
    id: 'b',
    status: 'gehouden',
    group: { id: 'g2', name: 'Groep 6' },
    periode: { id: 'p1', name: 'P1' },
    plannedOn: '2026-01-22',
  });
  const pupilTalk = summary({
    id: 'c',
    kind: 'leerlingbespreking',
    group: null,
    pupil: { id: 'l1', name: 'Roos' },
  });
  const existing = existingByCell([planned, held, pupilTalk]);

  it('starts from the groepsbesprekingen already planned, one per group and period', () => {
    expect(gridOf(existing)).toEqual({ 'g1|p1': '2026-01-20', 'g2|p1': '2026-01-22' });
  });

  it('keeps the earliest when a cell has two', () => {
    const later = summary({ id: 'z', plannedOn: '2026-01-25' });
    expect(existingByCell([later, planned]).get(cellKey('g1', 'p1'))?.id).toBe('a');
  });

  it('sends new dates and moved planned ones, not unchanged, incomplete or held ones', () => {
    const grid = {
      'g1|p1': '2026-01-27', // moved
      'g2|p1': '2026-02-02', // held: keeps its date
      'g3|p1': '2026-01-29', // new
      'g4|p1': '', // cleared / not filled
      'g1|p2': '2026-06-3', // incomplete while typing
    };
    expect(planningItems(grid, existing)).toEqual([
      { groepId: 'g1', periodeId: 'p1', plannedOn: '2026-01-27' },
      { groepId: 'g3', periodeId: 'p1', plannedOn: '2026-01-29' },
    ]);
    expect(planningItems(gridOf(existing), existing)).toEqual([]);
  });

  it('fills one date into the empty cells of a period only', () => {
    const grid = fillPeriod({ 'g1|p1': '2026-01-20' }, ['g1', 'g2', 'g3'], 'p1', '2026-01-30');
    expect(grid).toEqual({ 'g1|p1': '2026-01-20', 'g2|p1': '2026-01-30', 'g3|p1': '2026-01-30' });
  });
});

describe('reasonView', () => {
  const format = formattersFor('nl');
  const reason = (code: DiscussReason['code'], params: DiscussReason['params']): DiscussReason => ({
    code,
    params,
  });

  it('words a pupil signalled twice with the vak and the rule', () => {
    const view = reasonView(
      reason('signaled_twice', {
        vak: 'spelling',
        rules: ['twee_keer_laagste'],
        meetpunten: ['2025-2026 M', '2025-2026 E'],
      }),
      nl,
      format,
    );
    // The rules' own wording belongs to the settings catalog; this names the vak before it.
    const rule = nl.settings.rules.twee_keer_laagste?.toLowerCase() ?? '';
    expect(rule.length).toBeGreaterThan(0);
    expect(view).toEqual({ text: `Spelling: ${rule}`, link: null });
  });

  it('makes one line of the same signals in several vakken, keeping the other reasons apart', () => {
    const missing = (vak: string) =>
      reason('signaled_twice', {
        vak,
        rules: ['ontbrekend_resultaat'],
        meetpunten: ['2025-2026 M', '2025-2026 E'],
      });
    const views = reasonViews(
      [
        missing('rekenen-wiskunde'),
        reason('signaled_twice', { vak: 'spelling', rules: ['niveaudaling', 'lage_groei'], meetpunten: [] }),
        missing('technisch-lezen'),
        reason('afspraak_overdue', { afspraakId: 'a1', deadline: '2026-03-01' }),
      ],
      nl,
      format,
    );
    const rule = (code: string) => nl.settings.rules[code]?.toLowerCase() ?? code;
    expect(views.map((v) => v.text)).toEqual([
      `Rekenen-wiskunde, Technisch lezen: ${rule('ontbrekend_resultaat')}`,
      `Spelling: ${rule('niveaudaling')}; ${rule('lage_groei')}`,
      'Een afspraak over deze leerling is over de termijn (01-03-2026)',
    ]);
  });

  it('holds the real leerrendement against the OPP’s expectation, with a link to the OPP', () => {
    const view = reasonView(
      reason('under_opp', {
        oppId: 'o1',
        vak: 'rekenen-wiskunde',
        lrv: 75,
        leerrendement: 52.5,
        expectedAvi: null,
      }),
      nl,
      format,
    );
    expect(view.text).toBe('Rekenen-wiskunde: leerrendement 52,5% sinds de start van het OPP, verwacht 75%');
    expect(view.link).toEqual({ to: '/opp/o1', label: 'OPP' });
  });

  it('names the expected AVI level where the OPP states one', () => {
    const view = reasonView(
      reason('under_opp', {
        oppId: 'o1',
        vak: 'technisch-lezen',
        lrv: null,
        leerrendement: null,
        expectedAvi: 'M5',
      }),
      nl,
      format,
    );
    expect(view.text).toBe('Technisch lezen: onder het AVI-niveau M5 dat het OPP verwacht');
  });

  it('quotes why a groepsbespreking raised the pupil, with the day and a link back', () => {
    const view = reasonView(
      reason('raised', { besprekingId: 'b9', raisedOn: '2026-02-03', reason: 'Spelling zakt weg' }),
      nl,
      format,
    );
    expect(view).toEqual({
      text: 'Doorgestuurd vanuit de groepsbespreking (03-02-2026): Spelling zakt weg',
      link: { to: '/besprekingen/b9', label: 'Groepsbespreking' },
    });
  });

  it('says when an afspraak about the pupil is past its deadline, in English too', () => {
    const r = reason('afspraak_overdue', { afspraakId: 'a1', deadline: '2026-03-01' });
    expect(reasonView(r, nl, format).text).toBe(
      'Een afspraak over deze leerling is over de termijn (01-03-2026)',
    );
    expect(reasonView(r, en, formattersFor('en')).text).toBe(
      'An agreement about this pupil is past its deadline (01-03-2026)',
    );
  });
});

describe('the bespreking’s autosave', () => {
  it('turns the participants into what the server takes back', () => {
    expect(
      deelnemerInputs([
        staff('u1', 'Ingrid'),
        { ...staff('x', 'Els'), kind: 'extern', userId: null, role: 'orthopedagoog', organisation: 'SWV' },
        { ...staff('x', 'Moeder'), kind: 'verzorger', userId: null, verzorgerId: 'v1', role: 'moeder' },
      ]),
    ).toEqual([
      { kind: 'medewerker', userId: 'u1' },
      { kind: 'extern', name: 'Els', role: 'orthopedagoog', organisation: 'SWV' },
      { kind: 'verzorger', verzorgerId: 'v1' },
    ]);
  });

  it('sends only the answers while only an answer changed', () => {
    const saved = detail({});
    const draft = { ...draftOf(saved), answers: { doelenBereikt: 'Ja, bijna', ambitiesBereikt: '' } };
    expect(saveBodyOf(draft, saved, 4)).toEqual({
      version: 4,
      answers: { doelenBereikt: 'Ja, bijna', ambitiesBereikt: '' },
    });
  });

  it('sends the participants and the date when they changed, and a date only when complete', () => {
    const saved = detail({});
    const draft = {
      ...draftOf(saved),
      deelnemers: [...draftOf(saved).deelnemers, { kind: 'medewerker' as const, userId: 'u2' }],
      plannedOn: '2026-01-27',
    };
    expect(saveBodyOf(draft, saved, 2)).toMatchObject({
      deelnemers: [
        { kind: 'medewerker', userId: 'u1' },
        { kind: 'medewerker', userId: 'u2' },
      ],
      plannedOn: '2026-01-27',
    });
    expect(saveBodyOf({ ...draftOf(saved), plannedOn: '' }, saved, 2)).not.toHaveProperty('plannedOn');
  });

  it('sends a decision only for a leerlingbespreking or zorgteam', () => {
    const decision = { code: 'opp_opstellen' as const, toelichting: 'Rekenen blijft achter' };
    const groep = detail({});
    expect(saveBodyOf({ ...draftOf(groep), decision }, groep, 1)).not.toHaveProperty('decision');
    const leerling = detail({
      kind: 'leerlingbespreking',
      questions: ['ontwikkeling'],
      answers: { ontwikkeling: '' },
    });
    expect(saveBodyOf({ ...draftOf(leerling), decision }, leerling, 1)).toMatchObject({ decision });
  });

  it('starts every question of the kind with its answer, empty when there is none', () => {
    const saved = detail({ answers: { doelenBereikt: 'Ja' } });
    expect(draftOf(saved).answers).toEqual({ doelenBereikt: 'Ja', ambitiesBereikt: '' });
  });
});

describe('field errors', () => {
  const error = new ApiError(400, 'invalid_input', 'Controleer de invoer.', [
    { field: 'ownerUserId', message: 'kies iemand van deze school' },
  ]);

  it('shows the server’s message beside the field it is about', () => {
    expect(fieldError(error, 'ownerUserId')).toBe('kies iemand van deze school');
    expect(fieldError(error, 'text')).toBeUndefined();
    expect(fieldError(new Error('x'), 'text')).toBeUndefined();
  });

  it('shows the whole error only when no field carries it', () => {
    expect(generalError(error, ['ownerUserId', 'text'])).toBeNull();
    expect(generalError(error, ['text'])).toBe(error);
    const conflict = new ApiError(409, 'conflict', 'Deze bespreking is vastgesteld.');
    expect(generalError(conflict, ['text'])).toBe(conflict);
    expect(generalError(null, ['text'])).toBeNull();
  });

  it('writes today as the browser’s calendar day', () => {
    expect(todayIso(new Date(2026, 10, 8, 23, 30))).toBe('2026-11-08');
  });
});

describe('home to-dos', () => {
  it('puts overdue afspraken first, then the nearest deadline, then those without one', () => {
    const a = (id: string, deadline: string | null, overdue: boolean) => ({ id, deadline, overdue });
    const sorted = sortAfspraken([
      a('none', null, false),
      a('later', '2026-12-20', false),
      a('late', '2026-11-01', true),
      a('soon', '2026-12-01', false),
      a('later-late', '2026-11-20', true),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['late', 'later-late', 'soon', 'later', 'none']);
  });

  it('lists the coming besprekingen soonest first', () => {
    const sorted = sortBesprekingen([{ plannedOn: '2027-01-20' }, { plannedOn: '2026-12-01' }]);
    expect(sorted.map((b) => b.plannedOn)).toEqual(['2026-12-01', '2027-01-20']);
  });
});

describe('zorg query keys', () => {
  const reaches = (prefix: readonly unknown[], key: readonly unknown[]) =>
    prefix.length <= key.length && prefix.every((part, i) => part === key[i]);

  it('every care view sits below the one zorg prefix, so one change refreshes them all', () => {
    for (const key of [
      queryKeys.besprekingen('s1', { schooljaar: null }),
      queryKeys.bespreking('b1'),
      queryKeys.pupilsToDiscuss('s1'),
      queryKeys.afspraken('s1', 'open'),
      queryKeys.myAfspraken,
      queryKeys.pupilZorg('l1'),
    ])
      expect(reaches(queryKeys.zorgAll, key)).toBe(true);
  });

  it('the open afspraken and all afspraken are cached apart', () => {
    expect(queryKeys.afspraken('s1', 'open')).not.toEqual(queryKeys.afspraken('s1', null));
  });
});
