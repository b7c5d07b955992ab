import { Badge, Group, Menu, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import type { DatamuurCard as Card } from '../../api/types';
import { LevelBadge } from '../../components/LevelBadge';
import { useI18n } from '../../i18n';

export type NameMode = 'namen' | 'initialen' | 'nummers';
export const COLUMNS = ['verkort', 'basis', 'verlengd'] as const;
export type Column = (typeof COLUMNS)[number];

export function cardLabel(card: Card, mode: NameMode): string {
  if (mode === 'initialen') return card.initials;
  if (mode === 'nummers') return `#${card.number}`;
  return card.name;
}

const ARROW: Record<string, string> = { omhoog: '↑', omlaag: '↓', gelijk: '=' };

/**
 * One pupil on the wall. The card body can be dragged with a pointer; the menu button beside it is
 * the keyboard way to move the card (and the way back to the suggestion). When names are hidden the
 * name is nowhere in the DOM, not even in a label.
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
  onMove(card: Card, to: Column): void;
  onReset(card: Card): void;
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const label = cardLabel(card, mode);
  const { setNodeRef, listeners, attributes, transform, isDragging } = useDraggable({
    id: card.id,
    disabled: !canMove || !card.instructie,
  });
  const style = transform
    ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 10 }
    : undefined;
  const title = card.override
    ? `${t.datamuur.changedBy(card.override.author, formatDate(card.override.at))}: ${card.override.reason}${card.suggestion ? ` · ${t.datamuur.suggested(t.datamuur.columns[card.suggestion.instructie]?.title ?? '', card.suggestion.reason)}` : ''}`
    : (card.suggestion?.reason ?? '');
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
        </Group>
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
        {card.override && (
          <Text className="dm-card__note" title={title} truncate>
            {card.override.reason}
          </Text>
        )}
      </div>
      {canMove && card.instructie && card.moment && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <UnstyledButton className="dm-card__menu no-print" aria-label={t.datamuur.cardActions(label)}>
              ⋮
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            {COLUMNS.filter((c) => c !== card.instructie).map((c) => (
              <Menu.Item key={c} onClick={() => onMove(card, c)}>
                {t.datamuur.moveTo(t.datamuur.columns[c]?.title ?? c)}
              </Menu.Item>
            ))}
            {card.override && card.suggestion && (
              <Menu.Item onClick={() => onReset(card)}>
                {t.datamuur.backToSuggestion(t.datamuur.columns[card.suggestion.instructie]?.title ?? '')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
    </div>
  );
}
