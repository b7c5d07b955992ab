import { Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { PlanDetail } from '../../api/types';
import { useI18n } from '../../i18n';
import { GoalList } from './GoalList';
import { goalAboveStarters, newGoalId, type DraftGoal } from './plan-draft';
import type { PlanEditor } from './usePlanEditor';

/** The warning on a goal for these pupils, in words with the figure; null when within reach. */
export function useStartersWarning(plan: PlanDetail) {
  const { t, formatNumber } = useI18n();
  const byId = new Map(plan.pupils.map((p) => [p.id, p]));
  return (pupilIds: readonly string[]) => (goal: DraftGoal) => {
    const pupils = pupilIds.flatMap((id) => {
      const p = byId.get(id);
      return p ? [p] : [];
    });
    const above = goalAboveStarters(goal, pupils);
    return above
      ? t.planDaily.aboveStarters(formatNumber(above.needed), formatNumber(above.p90), above.pupils, above.of)
      : null;
  };
}

/** The basisdoel: the goal of the whole group in words, and as goals evaluated for every pupil. */
export function Basisdoel({
  plan,
  editor,
  editable,
}: {
  plan: PlanDetail;
  editor: PlanEditor;
  editable: boolean;
}) {
  const { t } = useI18n();
  const p = t.plan;
  const warn = useStartersWarning(plan);
  const everyone = editor.draft.subgroepen.flatMap((s) => s.leerlingen);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Textarea
          className="no-print"
          label={p.basisdoel}
          description={p.basisdoelHint}
          autosize
          minRows={2}
          value={editor.draft.basisdoel}
          readOnly={!editable}
          onChange={(e) => {
            const basisdoel = e.currentTarget.value;
            editor.update((d) => ({ ...d, basisdoel }));
          }}
        />
        <div className="plan-print-only">
          <strong>{p.basisdoel}</strong>
          <p style={{ whiteSpace: 'pre-wrap' }}>{editor.draft.basisdoel || '–'}</p>
        </div>
        <GoalList
          goals={editor.draft.basisdoelen}
          subgroup={t.planDaily.basisGoalsSubject}
          title={t.planDaily.basisGoals}
          empty={null}
          editable={editable}
          warning={warn(everyone)}
          onChange={(basisdoelen) => editor.update((d) => ({ ...d, basisdoelen }))}
        />
      </Stack>
    </Paper>
  );
}

/** Optional goals of single pupils, on top of their subgroup's. */
export function PupilGoals({
  plan,
  editor,
  editable,
}: {
  plan: PlanDetail;
  editor: PlanEditor;
  editable: boolean;
}) {
  const { t } = useI18n();
  const d = t.planDaily;
  const warn = useStartersWarning(plan);
  const [choice, setChoice] = useState<string | null>(null);
  const own = editor.draft.leerlingdoelen;
  const inPlan = new Set(editor.draft.subgroepen.flatMap((s) => s.leerlingen));
  const pupils = plan.pupils.filter((p) => inPlan.has(p.id));
  const withGoals = pupils.filter((p) => own[p.id] !== undefined);
  if (!editable && withGoals.length === 0) return null;
  const set = (id: string, goals: DraftGoal[]) =>
    editor.update((draft) => ({
      ...draft,
      leerlingdoelen: Object.fromEntries([
        ...Object.entries(draft.leerlingdoelen).filter(([pupil]) => pupil !== id),
        ...(goals.length > 0 ? [[id, goals] as const] : []),
      ]),
    }));
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={d.pupilGoals}
      // Nothing to hand out while no pupil has goals of their own.
      className={withGoals.length === 0 ? 'no-print' : undefined}
    >
      <Stack gap="sm">
        <Text fw={600}>{d.pupilGoals}</Text>
        <Text size="sm" c="dimmed" className="no-print">
          {d.pupilGoalsHint}
        </Text>
        {withGoals.map((p) => (
          <GoalList
            key={p.id}
            goals={own[p.id] ?? []}
            subgroup={p.name}
            title={d.pupilGoalsOf(p.name)}
            empty={null}
            editable={editable}
            warning={warn([p.id])}
            onChange={(goals) => set(p.id, goals)}
          />
        ))}
        {editable && (
          <Group gap="xs" className="no-print" align="flex-end">
            <Select
              size="xs"
              w={260}
              label={d.addPupilGoal}
              placeholder={d.choosePupil}
              value={choice}
              onChange={setChoice}
              data={pupils
                .filter((p) => own[p.id] === undefined)
                .map((p) => ({ value: p.id, label: p.name }))}
            />
            <Button
              size="xs"
              variant="light"
              disabled={!choice}
              onClick={() => {
                if (!choice) return;
                set(choice, [{ id: newGoalId(), kind: 'woorden', text: '' }]);
                setChoice(null);
              }}
            >
              {t.plan.addGoal}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
