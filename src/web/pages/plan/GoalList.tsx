import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useContext } from 'react';
import { useI18n } from '../../i18n';
import { GedragFields, InstrumentFields } from './DomeinGoalFields';
import { emptyGoal, GoalKindsContext } from './goal-kinds';
import { changeKind, goalSummary, newGoalId, parseTarget, type DraftGoal } from './plan-draft';

function GoalRow({
  goal,
  index,
  subgroup,
  editable,
  onChange,
  onRemove,
}: {
  goal: DraftGoal;
  index: number;
  subgroup: string;
  editable: boolean;
  onChange: (goal: DraftGoal) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const p = t.plan;
  const kinds = useContext(GoalKindsContext);
  const label = `${p.goals} ${index + 1} (${subgroup})`;
  const setKind = (kind: DraftGoal['kind']) => {
    if (kind !== goal.kind) onChange(changeKind(goal, kind));
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" className="plan-goal">
      <Select
        size="xs"
        w={230}
        label={index === 0 ? p.goalKind : undefined}
        aria-label={`${p.goalKind}: ${label}`}
        data={kinds.map((k) => ({ value: k, label: p.goalKinds[k] ?? t.plansGedrag.goalKinds[k] ?? k }))}
        value={goal.kind}
        allowDeselect={false}
        readOnly={!editable}
        onChange={(v) => v && setKind(v as DraftGoal['kind'])}
      />
      {goal.kind === 'gedrag' ? (
        <GedragFields goal={goal} label={label} first={index === 0} editable={editable} onChange={onChange} />
      ) : goal.kind === 'instrument' ? (
        <InstrumentFields
          goal={goal}
          label={label}
          first={index === 0}
          editable={editable}
          onChange={onChange}
        />
      ) : goal.kind === 'woorden' ? (
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          label={index === 0 ? p.goalText : undefined}
          aria-label={`${p.goalText}: ${label}`}
          placeholder={p.goalTextPlaceholder}
          value={goal.text}
          readOnly={!editable}
          onChange={(e) => onChange({ ...goal, text: e.currentTarget.value })}
        />
      ) : (
        <TextInput
          size="xs"
          w={120}
          label={index === 0 ? p.goalTarget : undefined}
          aria-label={`${p.goalTarget}: ${label}`}
          placeholder={p.goalTargetPlaceholder[goal.kind]}
          inputMode={goal.kind === 'niveau' ? 'text' : 'decimal'}
          value={goal.target}
          readOnly={!editable}
          error={
            goal.kind !== 'niveau' && goal.target.trim() !== '' && parseTarget(goal.target) === null
              ? p.notANumber
              : undefined
          }
          onChange={(e) => onChange({ ...goal, target: e.currentTarget.value })}
        />
      )}
      {editable && (
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`${p.removeGoal}: ${label}`}
          onClick={onRemove}
          mb={2}
        >
          ×
        </ActionIcon>
      )}
    </Group>
  );
}

export function GoalList({
  goals,
  subgroup,
  editable,
  onChange,
  title,
  empty,
  warning,
}: {
  goals: DraftGoal[];
  subgroup: string;
  editable: boolean;
  onChange: (goals: DraftGoal[]) => void;
  title?: string;
  /** What shows while there is no goal; null shows nothing. */
  empty?: string | null;
  /** A gentle word on a goal, such as one above what comparable starters reach. */
  warning?: (goal: DraftGoal) => string | null;
}) {
  const { t } = useI18n();
  const p = t.plan;
  const kinds = useContext(GoalKindsContext);
  return (
    <Stack gap={6}>
      <Text fw={600} size="sm">
        {title ?? p.goals}
      </Text>
      {goals.length === 0 && empty !== null && (
        <Text size="sm" c="dimmed">
          {empty ?? p.noGoals}
        </Text>
      )}
      <Stack gap={6} className="no-print">
        {goals.map((g, i) => {
          const note = warning?.(g) ?? null;
          return (
            <Stack key={g.id} gap={2}>
              <GoalRow
                goal={g}
                index={i}
                subgroup={subgroup}
                editable={editable}
                onChange={(next) => onChange(goals.map((x) => (x.id === g.id ? next : x)))}
                onRemove={() => onChange(goals.filter((x) => x.id !== g.id))}
              />
              {note && (
                <Text size="xs" className="plan-goal-warning" role="note">
                  {note}
                </Text>
              )}
            </Stack>
          );
        })}
      </Stack>
      <ul className="plan-print-only">
        {goals.map((g) => (
          <li key={g.id}>{goalSummary(g, t)}</li>
        ))}
      </ul>
      {editable && (
        <Group className="no-print">
          <Button
            size="xs"
            variant="light"
            onClick={() => onChange([...goals, emptyGoal(kinds[0] ?? 'score', newGoalId())])}
          >
            {`${p.addGoal}: ${subgroup.toLowerCase()}`}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
