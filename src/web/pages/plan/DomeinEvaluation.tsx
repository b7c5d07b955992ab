import { Alert, Badge, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { usePlanAction } from '../../api/plans';
import type { GoalStatus, PlanDetail, PlanEvaluation } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { domeinGoals, evidenceText, verdictOf, type DomeinGoal } from './domein-evidence';
import { ConfirmEvaluation, WhyFields } from './EvaluationPanel';
import { goalSummary, toDraftGoal } from './plan-draft';

type Verdicts = NonNullable<PlanEvaluation['doelen']>;
type Evidence = NonNullable<PlanDetail['domein']>;
const VERDICTS: GoalStatus[] = ['behaald', 'deels', 'niet'];

function GoalVerdict({
  item,
  evidence,
  verdict,
  bewijs,
  editable,
  onChange,
}: {
  item: DomeinGoal;
  evidence: Evidence['goals'][string] | undefined;
  verdict: GoalStatus;
  bewijs: string;
  editable: boolean;
  onChange: (next: { status: GoalStatus; bewijs: string }) => void;
}) {
  const { t } = useI18n();
  const g = t.plansGedrag;
  const summary = goalSummary(toDraftGoal(item.goal), t);
  const proposed = evidence?.status ?? 'onbekend';
  return (
    <Paper withBorder radius="sm" p="sm" className="plan-domein-goal">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600} size="sm">
              {summary}
            </Text>
            <Text size="xs" c="dimmed">
              {`${item.of} · ${g.pupilsOfGoal(evidence?.pupils ?? 0)}`}
            </Text>
          </div>
          <Text size="xs" c="dimmed" ta="right" className="plan-domein-proposal">
            {proposed === 'onbekend' ? g.proposalNone : `${g.proposal}: ${g.statuses[proposed] ?? proposed}`}
          </Text>
        </Group>
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Select
            className="no-print"
            size="sm"
            w={190}
            label={g.verdict}
            aria-label={`${g.verdict}: ${summary}`}
            data={[
              { value: 'onbekend', label: g.statuses.onbekend ?? '' },
              ...VERDICTS.map((v) => ({ value: v, label: g.statuses[v] ?? v })),
            ]}
            value={verdict}
            allowDeselect={false}
            readOnly={!editable}
            onChange={(v) => v && onChange({ status: v as GoalStatus, bewijs })}
          />
          <Textarea
            className="no-print"
            size="sm"
            style={{ flex: 1, minWidth: 280 }}
            autosize
            minRows={2}
            label={g.bewijs}
            aria-label={`${g.bewijs}: ${summary}`}
            placeholder={g.noEvidence}
            value={bewijs}
            readOnly={!editable}
            onChange={(e) => onChange({ status: verdict, bewijs: e.currentTarget.value })}
          />
        </Group>
        <div className="plan-print-only plan-print-text">
          <strong>{`${g.verdict}: ${g.statuses[verdict] ?? verdict}`}</strong>
          <span style={{ whiteSpace: 'pre-wrap' }}>{bewijs.trim() || t.prints.empty}</span>
        </div>
      </Stack>
    </Paper>
  );
}

/**
 * The evaluation of a plan about a domein: per goal a verdict and its evidence, pre-filled from the
 * observations of the period and the first instrument score after the plan's start; then the why.
 */
export function DomeinEvaluation({
  plan,
  version,
  busy,
}: {
  plan: PlanDetail;
  version: number;
  busy: boolean;
}) {
  const { t, formatDate } = useI18n();
  const g = t.plansGedrag;
  const action = usePlanAction(plan.id);
  const evidence = plan.domein ?? { since: '', goals: {} };
  const locked = plan.status === 'geevalueerd';
  const editable = plan.abilities.includes('plan.write') && !locked;
  const names = new Map(plan.pupils.map((p) => [p.id, p.name]));
  const goals = domeinGoals(plan, t);
  const [waarom, setWaarom] = useState(plan.evaluation?.waarom ?? { leerling: '', onderwijs: '', thuis: '' });
  const [chosen, setChosen] = useState<Verdicts>(plan.evaluation?.doelen ?? {});
  const bewijsOf = (id: string) =>
    chosen[id]?.bewijs ?? evidenceText(evidence.goals[id], names, t, formatDate);
  const verdicts = goals.map(({ goal }) => verdictOf(chosen[goal.id], evidence.goals[goal.id]));
  const allJudged = goals.length > 0 && verdicts.every((v) => v !== 'onbekend');
  const record = async () => {
    const doelen: Verdicts = Object.fromEntries(
      goals.map(({ goal }, i) => [goal.id, { status: verdicts[i] ?? 'onbekend', bewijs: bewijsOf(goal.id) }]),
    );
    await action.mutateAsync({ kind: 'evaluate', version, evaluation: { confirmed: {}, waarom, doelen } });
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="evaluatie"
      className="plan-evaluation"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="evaluatie">
            {g.evaluationTitle}
          </Title>
          {locked && (
            <Badge variant="light" className="tone-klaar">
              {t.evaluation.confirmed}
            </Badge>
          )}
        </Group>
        {!locked && evidence.since && (
          <Alert variant="light" color="blue" className="no-print">
            {g.evaluationIntro(formatDate(evidence.since))}
          </Alert>
        )}
        {goals.length === 0 && <Text c="dimmed">{t.evaluation.noGoals}</Text>}
        {goals.map((item, i) => (
          <GoalVerdict
            key={item.goal.id}
            item={item}
            evidence={evidence.goals[item.goal.id]}
            verdict={verdicts[i] ?? 'onbekend'}
            bewijs={bewijsOf(item.goal.id)}
            editable={editable}
            onChange={(next) => setChosen((c) => ({ ...c, [item.goal.id]: next }))}
          />
        ))}
        <WhyFields
          waarom={waarom}
          editable={editable}
          onChange={(field, value) => setWaarom((w) => ({ ...w, [field]: value }))}
        />
        {editable && !allJudged && goals.length > 0 && (
          <Text size="sm" c="dimmed" className="no-print">
            {g.noJudgement}
          </Text>
        )}
        {editable && (
          <ConfirmEvaluation disabled={busy || !allJudged} pending={action.isPending} onConfirm={record} />
        )}
        {action.error && <ErrorAlert error={action.error} />}
      </Stack>
    </Paper>
  );
}
