import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { usePlanAction } from '../../api/plans';
import type { GoalStatus, PlanDetail, PlanEvaluation, PlanGoal } from '../../api/types';
import { LevelBadge } from '../../components/LevelBadge';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { goalSummary } from './GoalList';
import { toDraft } from './usePlanEditor';

const STATUSES: GoalStatus[] = ['behaald', 'deels', 'niet', 'onbekend'];
const TONE: Record<GoalStatus, string> = {
  behaald: 'tone-klaar',
  deels: 'tone-bezig',
  niet: 'tone-niet',
  onbekend: 'tone-open',
};

type Waarom = PlanEvaluation['waarom'];

/** The evaluation starts from the data's proposal; what the teacher changes is kept in the browser until recorded. */
function useEvaluationDraft(plan: PlanDetail) {
  const storageKey = `leerwinst.evaluatie.${plan.id}`;
  // Only what the teacher changed is kept: the rest follows the data's proposal, also for goals added later.
  const initial = (): PlanEvaluation => {
    if (plan.evaluation) return plan.evaluation;
    const fresh: PlanEvaluation = { confirmed: {}, waarom: { leerling: '', onderwijs: '', thuis: '' } };
    const stored = localStorage.getItem(storageKey);
    if (!stored) return fresh;
    try {
      const saved = JSON.parse(stored) as PlanEvaluation;
      return { confirmed: saved.confirmed, waarom: { ...fresh.waarom, ...saved.waarom } };
    } catch {
      return fresh;
    }
  };
  const [draft, setDraft] = useState<PlanEvaluation>(initial);
  useEffect(() => {
    if (!plan.evaluation) localStorage.setItem(storageKey, JSON.stringify(draft));
  }, [draft, plan.evaluation, storageKey]);
  return { draft, setDraft, clear: () => localStorage.removeItem(storageKey) };
}

function StatusCell({
  pupil,
  goal,
  status,
  detail,
  editable,
  onChange,
}: {
  pupil: string;
  goal: string;
  status: GoalStatus;
  detail: string | undefined;
  editable: boolean;
  onChange: (s: GoalStatus) => void;
}) {
  const { t } = useI18n();
  const e = t.evaluation;
  if (!editable) {
    return (
      <Badge variant="light" className={TONE[status]} title={detail}>
        {e.statuses[status]}
      </Badge>
    );
  }
  return (
    <Stack gap={2}>
      <Select
        size="xs"
        w={150}
        aria-label={e.statusFor(pupil, goal)}
        data={STATUSES.map((s) => ({ value: s, label: e.statuses[s] ?? s }))}
        value={status}
        allowDeselect={false}
        onChange={(v) => v && onChange(v as GoalStatus)}
      />
      {detail && (
        <Text size="xs" c="dimmed" maw={220}>
          {detail}
        </Text>
      )}
    </Stack>
  );
}

export function EvaluationPanel({
  plan,
  version,
  busy,
}: {
  plan: PlanDetail;
  version: number;
  busy: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const e = t.evaluation;
  const action = usePlanAction(plan.id);
  const { draft, setDraft, clear } = useEvaluationDraft(plan);
  const locked = plan.status === 'geevalueerd';
  const canWrite = plan.abilities.includes('plan.write') && !locked;
  const byId = new Map(plan.pupils.map((p) => [p.id, p]));
  const goalsTotal = plan.content.subgroepen.reduce((n, s) => n + s.doelen.length, 0);
  const setWaarom = (field: keyof Waarom, value: string) =>
    setDraft((d) => ({ ...d, waarom: { ...d.waarom, [field]: value } }));
  const setStatus = (pupilId: string, goalId: string, status: GoalStatus) =>
    setDraft((d) => ({
      ...d,
      confirmed: { ...d.confirmed, [pupilId]: { ...d.confirmed[pupilId], [goalId]: status } },
    }));
  const statusOf = (pupilId: string, goalId: string): GoalStatus =>
    draft.confirmed[pupilId]?.[goalId] ?? plan.proposal?.pupils[pupilId]?.[goalId]?.status ?? 'onbekend';
  const record = async () => {
    const confirmed: PlanEvaluation['confirmed'] = {};
    for (const sub of plan.content.subgroepen)
      for (const id of sub.leerlingen)
        for (const goal of sub.doelen) (confirmed[id] ??= {})[goal.id] = statusOf(id, goal.id);
    await action.mutateAsync({ kind: 'evaluate', version, evaluation: { ...draft, confirmed } });
    clear();
  };
  const draftGoals = toDraft(plan.content);
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
            {e.title}
          </Title>
          {locked && (
            <Badge variant="light" className="tone-klaar">
              {e.confirmed}
            </Badge>
          )}
        </Group>
        {!locked && !plan.proposal && (
          <Alert variant="light" color="blue">
            {plan.closingMeetpunt ? e.waiting(plan.closingMeetpunt) : e.noClosing}
          </Alert>
        )}
        {!locked && plan.proposal && plan.closingMeetpunt && (
          <Text size="sm">{e.intro(plan.closingMeetpunt)}</Text>
        )}
        {goalsTotal === 0 && <Text c="dimmed">{e.noGoals}</Text>}
        {plan.content.subgroepen.map((sub, si) =>
          sub.doelen.length === 0 ? null : (
            <div key={sub.key} style={{ overflowX: 'auto' }}>
              <Title order={3} size="h5" mb={4}>
                {sub.naam}
              </Title>
              <Table fz="sm" verticalSpacing={4} className="evaluation-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{e.pupil}</Table.Th>
                    <Table.Th scope="col">{e.start}</Table.Th>
                    <Table.Th scope="col">{e.end}</Table.Th>
                    <Table.Th scope="col">{e.growth}</Table.Th>
                    {sub.doelen.map((g: PlanGoal, gi) => (
                      <Table.Th scope="col" key={g.id}>
                        {goalSummary(
                          draftGoals.subgroepen[si]?.doelen[gi] ?? { ...g, kind: 'woorden', text: '' },
                          t,
                        )}
                        {plan.proposal?.subgroups[sub.key]?.[g.id] && (
                          <Text size="xs" c="dimmed" fw={400}>
                            {e.subgroupSummary(
                              plan.proposal.subgroups[sub.key]?.[g.id]?.behaald ?? 0,
                              plan.proposal.subgroups[sub.key]?.[g.id]?.known ?? 0,
                            )}
                          </Text>
                        )}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sub.leerlingen.map((id) => {
                    const pupil = byId.get(id);
                    if (!pupil) return null;
                    return (
                      <Table.Tr key={id}>
                        <Table.Th scope="row" fw={500}>
                          {pupil.name}
                        </Table.Th>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <LevelBadge level={pupil.start?.level ?? null} size="sm" />
                            {formatNumber(pupil.start?.score)}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <LevelBadge level={pupil.end?.level ?? null} size="sm" />
                            {formatNumber(pupil.end?.score)}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          {pupil.growth === null
                            ? '–'
                            : `${pupil.growth > 0 ? '+' : ''}${formatNumber(pupil.growth)}`}
                        </Table.Td>
                        {sub.doelen.map((g) => (
                          <Table.Td key={g.id}>
                            <StatusCell
                              pupil={pupil.name}
                              goal={`${t.plan.goals.toLowerCase()} ${sub.doelen.indexOf(g) + 1} (${sub.naam})`}
                              status={statusOf(id, g.id)}
                              detail={
                                g.kind === 'woorden' ? e.wordsGoal : plan.proposal?.pupils[id]?.[g.id]?.detail
                              }
                              editable={canWrite}
                              onChange={(s) => setStatus(id, g.id, s)}
                            />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
          ),
        )}
        <Text fw={600} size="sm">
          {e.why}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          {(['leerling', 'onderwijs', 'thuis'] as const).map((field) => (
            <Textarea
              key={field}
              size="sm"
              autosize
              minRows={3}
              label={
                field === 'leerling' ? e.whyLeerling : field === 'onderwijs' ? e.whyOnderwijs : e.whyThuis
              }
              value={draft.waarom[field]}
              readOnly={!canWrite}
              onChange={(ev) => setWaarom(field, ev.currentTarget.value)}
              classNames={{ input: 'plan-why' }}
            />
          ))}
        </SimpleGrid>
        {canWrite && (
          <Group className="no-print">
            <Button onClick={() => void record()} loading={action.isPending} disabled={busy}>
              {e.confirm}
            </Button>
          </Group>
        )}
        {action.error && <ErrorAlert error={action.error} />}
      </Stack>
    </Paper>
  );
}
