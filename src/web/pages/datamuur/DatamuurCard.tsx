import { Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { useNavigate } from 'react-router';
import type { DatamuurCard as Card } from '../../api/types';
import { LevelBadge } from '../../components/LevelBadge';
import { SignalMark } from '../../components/SignalMark';
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

function CardMarks({ card, label }: { card: Card; label: string }) {
  const { t } = useI18n();
  return (
    <Group gap={4} wrap="nowrap">
      {card.signals.length > 0 && <SignalMark signals={card.signals} label={label} />}
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
  const last = card.lastResult;
  return (
    <Group gap={6} wrap="nowrap" className="dm-card__data">
      {last ? (
        // Missed the test: the earlier result as such, never in this meetpunt's place.
        <Text className="dm-card__last">{t.gaps.lastResult(last.level, last.moment)}</Text>
      ) : (
        <>
          <LevelBadge level={card.level} size="sm" />
          <Text className="dm-card__score">{formatNumber(card.score)}</Text>
        </>
      )}
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
            {card.instructie
              ? d.moveTo(d.columns[c]?.title ?? c)
              : t.gaps.placeMissing(d.columns[c]?.title ?? c)}
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
 * The card's name, as a button that covers the whole card: a click anywhere opens the pupil, and so
 * does Enter on the name. Not a link: after a drag dnd-kit stops the click from reaching the page,
 * which would leave a link's own navigation to happen anyway.
 */
function CardName({ card, label, openable }: { card: Card; label: string; openable: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (!openable)
    return (
      <Text className="dm-card__name" fw={600} truncate>
        {label}
      </Text>
    );
  return (
    <UnstyledButton
      className="dm-card__name dm-card__open"
      title={t.signalWords.openPupil(label)}
      onClick={() => void navigate(`/leerlingen/${card.id}`)}
    >
      {label}
    </UnstyledButton>
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
  openable = true,
  onMove,
  onReset,
}: {
  card: Card;
  mode: NameMode;
  canMove: boolean;
  showGroup: boolean;
  /** A click opens the pupil (not in projection, where the wall is shown to a room). */
  openable?: boolean;
} & CardActions) {
  const label = cardLabel(card, mode);
  const note = useOverrideNote(card);
  // A pupil who missed the test can be placed too: at the moment the group was tested.
  const placeable = canMove && card.moment !== null;
  const { setNodeRef, listeners, attributes, transform, isDragging } = useDraggable({
    id: card.id,
    disabled: !placeable,
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
          <CardName card={card} label={label} openable={openable} />
          <CardMarks card={card} label={label} />
        </Group>
        <CardData card={card} showGroup={showGroup} />
        {card.override && (
          <Text className="dm-card__note" title={note} truncate>
            {card.override.reason}
          </Text>
        )}
      </div>
      {placeable && <CardMenu card={card} label={label} onMove={onMove} onReset={onReset} />}
    </div>
  );
}
