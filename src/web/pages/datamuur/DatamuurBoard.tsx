import {
  DndContext,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { Text } from '@mantine/core';
import type { DatamuurCard as Card } from '../../api/types';
import { useI18n } from '../../i18n';
import { DatamuurCard } from './DatamuurCard';
import { cardGrid, COLUMNS, dropAction, type Column, type NameMode } from './wall';

/** The card grid of a column as CSS variables (used in projection, see datamuur.css). */
function density(n: number): React.CSSProperties {
  const { columns, rows } = cardGrid(n);
  return { '--dm-cols': columns, '--dm-rows': rows } as React.CSSProperties;
}

function BoardColumn({
  column,
  cards,
  children,
}: {
  column: Column;
  cards: Card[];
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  const { setNodeRef, isOver } = useDroppable({ id: column });
  const head = t.datamuur.columns[column];
  return (
    <section
      ref={setNodeRef}
      className={`dm-column dm-column--${column}${isOver ? ' dm-column--over' : ''}`}
      aria-label={head?.title}
    >
      <header className="dm-column__head">
        <h2 className="dm-column__title">{head?.title}</h2>
        <Text className="dm-column__sub">
          {head?.sub} · {t.datamuur.count(cards.length)}
        </Text>
      </header>
      <div className="dm-column__cards" style={density(cards.length)}>
        {children}
      </div>
    </section>
  );
}

/** On paper only: what the marks on the cards mean, for a reader who was not at the screen. */
function PrintLegend() {
  const { t } = useI18n();
  const p = t.prints;
  const items = [
    p.legendLevel,
    p.legendMovement,
    p.legendSignal,
    p.legendOpp,
    p.legendOverride,
    p.legendLast,
  ];
  return (
    <section className="dm-print-only dm-legend" aria-label={p.legend}>
      <h2 className="dm-legend__title">{p.legend}</h2>
      <ul className="dm-legend__items">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Three columns, from less to more instruction. Dropping a card in another column asks for the
 * reason; dropping it back where the data put it returns to the suggestion.
 */
export function DatamuurBoard({
  cards,
  mode,
  canMove,
  showGroup,
  openable = true,
  onMove,
  onReset,
}: {
  cards: Card[];
  mode: NameMode;
  canMove: boolean;
  showGroup: boolean;
  openable?: boolean;
  onMove(card: Card, to: Column): void;
  onReset(card: Card): void;
}) {
  const { t } = useI18n();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const byColumn = (c: Column) => cards.filter((card) => card.instructie === c);
  const without = cards.filter((card) => card.instructie === null);
  const onDragEnd = (event: DragEndEvent) => {
    const card = cards.find((c) => c.id === event.active.id);
    const to = event.over?.id as Column | undefined;
    if (!card || !to) return;
    const action = dropAction(card, to);
    if (action === 'reset') onReset(card);
    else if (action === 'move') onMove(card, to);
  };
  const render = (card: Card) => (
    <DatamuurCard
      key={card.id}
      card={card}
      mode={mode}
      canMove={canMove}
      showGroup={showGroup}
      openable={openable}
      onMove={onMove}
      onReset={onReset}
    />
  );
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <div className="dm-board">
        {COLUMNS.map((c) => (
          <BoardColumn key={c} column={c} cards={byColumn(c)}>
            {byColumn(c).map(render)}
          </BoardColumn>
        ))}
      </div>
      {without.length > 0 && (
        <section className="dm-without" aria-label={t.gaps.noResultLane}>
          <h2 className="dm-column__title">{`${t.gaps.noResultLane} (${without.length})`}</h2>
          {canMove && <Text className="dm-column__sub no-print">{t.gaps.noResultLaneHint}</Text>}
          <div className="dm-column__cards">{without.map(render)}</div>
        </section>
      )}
      <PrintLegend />
    </DndContext>
  );
}
