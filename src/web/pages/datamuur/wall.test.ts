import { describe, expect, it } from 'vitest';
import type { DatamuurCard as Card } from '../../api/types';
import {
  apiParamsOf,
  applyFilters,
  byVerlengd,
  cardGrid,
  cardLabel,
  dropAction,
  verlengdCount,
} from './wall';

const card = (id: string, over: Partial<Card> = {}): Card =>
  ({
    id,
    name: `Leerling ${id}`,
    initials: `L${id}`,
    number: Number(id),
    signals: [],
    movement: null,
    hasOpp: false,
    instructie: 'basis',
    override: null,
    suggestion: null,
    ...over,
  }) as unknown as Card;

const signal: Card['signals'][number] = {
  rule: 'niveaudaling',
  vak: 'spelling',
  severity: 'medium',
  params: { from: { level: 'II', moment: 'M5' }, to: { level: 'IV', moment: 'E5' }, levels: 2 },
};

describe('applyFilters', () => {
  const cards = [
    card('1'),
    card('2', { signals: [signal] }),
    card('3', { movement: 'omhoog' }),
    card('4', { movement: 'omlaag', hasOpp: true }),
    card('5', { movement: 'gelijk', signals: [signal], hasOpp: true }),
  ];
  const ids = (list: Card[]) => list.map((c) => c.id);

  it('shows every card without a filter', () => {
    expect(ids(applyFilters(cards, []))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('"gesignaleerd" keeps the cards with a signal, the strongest first', () => {
    expect(ids(applyFilters(cards, ['signalen']))).toEqual(['2', '5']);
    const high = { ...signal, severity: 'high' as const };
    const stronger = [
      card('6', { signals: [signal] }),
      card('7', { signals: [high] }),
      card('8', { signals: [signal, signal] }),
    ];
    expect(ids(applyFilters(stronger, ['signalen']))).toEqual(['7', '8', '6']);
  });

  it('"verschoven" keeps cards that went up or down, not those that stayed', () => {
    expect(ids(applyFilters(cards, ['verschoven']))).toEqual(['3', '4']);
  });

  it('"met OPP" keeps the pupils with an OPP', () => {
    expect(ids(applyFilters(cards, ['opp']))).toEqual(['4', '5']);
  });

  it('several filters together keep only cards that pass all of them', () => {
    expect(ids(applyFilters(cards, ['verschoven', 'opp']))).toEqual(['4']);
    expect(ids(applyFilters(cards, ['signalen', 'verschoven']))).toEqual([]);
  });
});

describe('cardLabel', () => {
  const pupil = { name: 'Sanne de Vries', initials: 'SdV', number: 7 };

  it('shows the name, the initials or only a number', () => {
    expect(cardLabel(pupil, 'namen')).toBe('Sanne de Vries');
    expect(cardLabel(pupil, 'initialen')).toBe('SdV');
    expect(cardLabel(pupil, 'nummers')).toBe('#7');
  });
});

describe('dropAction', () => {
  const override = { author: 'Juf Anna', at: '2026-01-10', reason: 'Werkt zelfstandig' };
  const suggestion = { instructie: 'basis', reason: 'Niveau III' };

  it('asks for a reason when a card goes to another column', () => {
    expect(dropAction(card('1', { instructie: 'basis' }), 'verlengd')).toBe('move');
  });

  it('does nothing when a card is dropped in its own column or outside the columns', () => {
    expect(dropAction(card('1', { instructie: 'basis' }), 'basis')).toBeNull();
    expect(dropAction(card('1', { instructie: 'basis' }), undefined)).toBeNull();
  });

  it('returns a moved card to the suggestion when it is dropped where the data put it', () => {
    const moved = card('1', { instructie: 'verkort', override, suggestion } as Partial<Card>);
    expect(dropAction(moved, 'basis')).toBe('reset');
    expect(dropAction(moved, 'verlengd')).toBe('move');
  });

  it('a card the teacher did not move is moved, even to the suggested column', () => {
    const unmoved = card('1', { instructie: 'verkort', suggestion } as Partial<Card>);
    expect(dropAction(unmoved, 'basis')).toBe('move');
  });
});

describe('cardGrid', () => {
  it('uses one card column up to 9 cards, two up to 22, three above', () => {
    expect(cardGrid(0)).toEqual({ columns: 1, rows: 1 });
    expect(cardGrid(9)).toEqual({ columns: 1, rows: 9 });
    expect(cardGrid(10)).toEqual({ columns: 2, rows: 5 });
    expect(cardGrid(22)).toEqual({ columns: 2, rows: 11 });
    expect(cardGrid(23)).toEqual({ columns: 3, rows: 8 });
  });
});

describe('apiParamsOf', () => {
  it("passes the wall's choices to the API and keeps the page's own settings out", () => {
    const params = new URLSearchParams('vak=spelling&meetpunt=2025-2026+M&weergave=matrix');
    expect(apiParamsOf(params)).toEqual({
      vak: 'spelling',
      meetpunt: '2025-2026 M',
      jaargroep: null,
      schooljaar: null,
    });
  });
});

describe('byVerlengd', () => {
  const placed = (...instructies: (string | null)[]) => ({
    vakken: Object.fromEntries(
      instructies.map((i, n) => [
        ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen'][n],
        { placement: { effective: i === null ? null : { instructie: i } } },
      ]),
    ),
  });
  const vakken = ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen'];

  it('counts the vakken with extended instruction', () => {
    expect(verlengdCount(placed('verlengd', 'basis', 'verlengd'), vakken)).toBe(2);
    expect(verlengdCount(placed(null, 'verkort'), vakken)).toBe(0);
    expect(verlengdCount(placed('verlengd', 'verlengd', 'verlengd'), ['spelling'])).toBe(1);
  });

  it('puts the pupils who need extended instruction most often first, keeping the order of equals', () => {
    const a = { name: 'a', ...placed('basis', 'basis', 'basis') };
    const b = { name: 'b', ...placed('verlengd', 'basis', 'verlengd') };
    const c = { name: 'c', ...placed('verlengd', null, 'basis') };
    const d = { name: 'd', ...placed('basis', 'verkort', 'basis') };
    expect(byVerlengd([a, b, c, d], vakken).map((p) => p.name)).toEqual(['b', 'c', 'a', 'd']);
  });
});
