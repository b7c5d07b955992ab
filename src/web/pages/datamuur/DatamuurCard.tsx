import { Badge, Group, Menu, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import type { DatamuurCard as Card } from '../../api/types';
import { LevelBadge } from '../../components/LevelBadge';
import { useI18n } from '../../i18n';
import { cardLabel, COLUMNS, type Column, type NameMode } from './wall';

const ARROW: Record<string, string> = { omhoog: '↑', omlaag: '↓', gelijk: '=' };

interface CardActions {
  onMove(card: Card, to: Column): void;
  onReset(card: Card): void;
}

/** Who moved the card, when and why, and what the data suggested: the note's tooltip. */
function useOverrideNote(card: Card): string {
  const { t, formatDate } = useI18n();
  const d = t.datamuur;
  if (!card.override) return card.suggestion?.reason ?? '';
  const suggested = card.suggestion
    ? ` · ${d.suggested(d.columns[card.suggestion.instructie]?.title ?? '', card.suggestion.reason)}`
    : '';
  return `${d.changedBy(card.override.author, formatDate(card.override.at))}: ${card.override.reason}${suggested}`;
}

function CardMarks({ card }: { card: Card }) {
  const { t } = useI18n();
  return (
    <Group gap={4} wrap="nowrap">
      {card.signals.length > 0 && (
        <Tooltip label={card.signals.map((s) => s.reason).join(' ')} multiline w={280}>
          <Badge
            className="dm-mark dm-mark--signal"
            size="sm"
            radius="sm"
            aria-label={`${t.datamuur.signalMark}: ${card.signals.length}`}
          >
            !
          </Badge>
        </Tooltip>
      )}
      {card.hasOpp && (
        <Badge className="dm-mark dm-mark--opp" size="sm" radius="sm">
          {t.datamuur.oppMark}
        </Badge>
      )}
    </Group>
  );
}

function CardData({ card, showGroup }: { card: Card; showGroup: boolean }) {
  const { t, formatNumber } = useI18n();
  return (
    <Group gap={6} wrap="nowrap" className="dm-card__data">
      <LevelBadge level={card.level} size="sm" />
      <Text className="dm-card__score">{formatNumber(card.score)}</Text>
      {card.movement && (
        <Text
          className={`dm-move dm-move--${card.movement}`}
          title={t.datamuur.moved[card.movement]}
          aria-label={t.datamuur.moved[card.movement]}
        >
          {ARROW[card.movement]}
        </Text>
      )}
      {showGroup && (
        <Text className="dm-card__group" truncate>
          {card.groupName}
        </Text>
      )}
    </Group>
  );
}

/** The keyboard way to move the card (and the way back to the suggestion). */
function CardMenu({ card, label, onMove, onReset }: { card: Card; label: string } & CardActions) {
  const { t } = useI18n();
  const d = t.datamuur;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton className="dm-card__menu no-print" aria-label={d.cardActions(label)}>
          ⋮
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {COLUMNS.filter((c) => c !== card.instructie).map((c) => (
          <Menu.Item key={c} onClick={() => onMove(card, c)}>
            {d.moveTo(d.columns[c]?.title ?? c)}
          </Menu.Item>
        ))}
        {card.override && card.suggestion && (
          <Menu.Item onClick={() => onReset(card)}>
            {d.backToSuggestion(d.columns[card.suggestion.instructie]?.title ?? '')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * One pupil on the wall. The card body can be dragged with a pointer; the menu button beside it is
 * the keyboard way to move the card. When names are hidden the name is nowhere in the DOM, not even
 * in a label.
 */
export function DatamuurCard({
  card,
  mode,
  canMove,
  showGroup,
  onMove,
  onReset,
}: {
  card: Card;
  mode: NameMode;
  canMove: boolean;
  showGroup: boolean;
} & CardActions) {
  const label = cardLabel(card, mode);
  const note = useOverrideNote(card);
  const { setNodeRef, listeners, attributes, transform, isDragging } = useDraggable({
    id: card.id,
    disabled: !canMove || !card.instructie,
  });
  const style = transform
    ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 10 }
    : undefined;
  return (
    <div
      className={`dm-card${card.override ? ' dm-card--override' : ''}${isDragging ? ' dm-card--dragging' : ''}`}
      style={style}
      data-testid="datamuur-card"
      data-instructie={card.instructie ?? 'geen'}
    >
      <div
        ref={setNodeRef}
        className="dm-card__body"
        {...listeners}
        {...attributes}
        tabIndex={-1}
        role="group"
        aria-label={label}
      >
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Text className="dm-card__name" fw={600} truncate>
            {label}
          </Text>
          <CardMarks card={card} />
        </Group>
        <CardData card={card} showGroup={showGroup} />
        {card.override && (
          <Text className="dm-card__note" title={note} truncate>
            {card.override.reason}
          </Text>
        )}
      </div>
      {canMove && card.instructie && card.moment && (
        <CardMenu card={card} label={label} onMove={onMove} onReset={onReset} />
      )}
    </div>
  );
}
