import { Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { GoalStatus, PlanDetail, PlanGoal } from '../../api/types';
import { LevelBadge } from '../../components/LevelBadge';
import { useI18n } from '../../i18n';
import { goalSummary, toDraftGoal } from './plan-draft';

const STATUSES: GoalStatus[] = ['behaald', 'deels', 'niet', 'onbekend'];
const TONE: Record<GoalStatus, string> = {
  behaald: 'tone-klaar',
  deels: 'tone-bezig',
  niet: 'tone-niet',
  onbekend: 'tone-open',
};

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
      {/* On paper the judgement as a word, not a field. */}
      <span className="plan-print-only plan-print-status">{e.statuses[status]}</span>
      <Select
        className="no-print"
        size="xs"
        w={150}
        aria-label={e.statusFor(pupil, goal)}
        data={STATUSES.map((s) => ({ value: s, label: e.statuses[s] ?? s }))}
        value={status}
        allowDeselect={false}
        onChange={(v) => v && onChange(v as GoalStatus)}
      />
      {detail && (
        <Text size="xs" c="dimmed" maw={220} className="no-print">
          {detail}
        </Text>
      )}
    </Stack>
  );
}

type Pupil = PlanDetail['pupils'][number];
type Subgroup = PlanDetail['content']['subgroepen'][number];

/** A table of the evaluation: a subgroup with its goals, or all pupils with the basisdoel's goals. */
export interface EvaluationBlock {
  key: string;
  title: string;
  pupilIds: string[];
  goals: PlanGoal[];
  summary(goalId: string): { behaald: number; known: number } | undefined;
}

export const subgroupBlock = (plan: PlanDetail, sub: Subgroup): EvaluationBlock => ({
  key: sub.key,
  title: sub.naam,
  pupilIds: sub.leerlingen,
  goals: sub.doelen,
  summary: (goalId) => plan.proposal?.subgroups[sub.key]?.[goalId],
});

function PupilEvaluation({
  pupil,
  sub,
  plan,
  statusOf,
  editable,
  onStatus,
}: {
  pupil: Pupil;
  sub: EvaluationBlock;
  plan: PlanDetail;
  statusOf(pupilId: string, goalId: string): GoalStatus;
  editable: boolean;
  onStatus(goalId: string, status: GoalStatus): void;
}) {
  const { t, formatNumber } = useI18n();
  const e = t.evaluation;
  const measurement = (m: Pupil['start']) => (
    <Group gap={4} wrap="nowrap">
      <LevelBadge level={m?.level ?? null} size="sm" />
      {formatNumber(m?.score)}
    </Group>
  );
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {pupil.name}
      </Table.Th>
      <Table.Td>{measurement(pupil.start)}</Table.Td>
      <Table.Td>{measurement(pupil.end)}</Table.Td>
      <Table.Td>
        {pupil.growth === null ? '–' : `${pupil.growth > 0 ? '+' : ''}${formatNumber(pupil.growth)}`}
      </Table.Td>
      {sub.goals.map((g, gi) => {
        const detail = plan.proposal?.pupils[pupil.id]?.[g.id]?.detail;
        return (
          <Table.Td key={g.id}>
            <StatusCell
              pupil={pupil.name}
              goal={`${t.plan.goals.toLowerCase()} ${gi + 1} (${sub.title})`}
              status={statusOf(pupil.id, g.id)}
              detail={g.kind === 'woorden' ? e.wordsGoal : detail ? t.planDaily.detail(detail) : undefined}
              editable={editable}
              onChange={(s) => onStatus(g.id, s)}
            />
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}

function GoalHeader({ sub, goal }: { sub: EvaluationBlock; goal: PlanGoal }) {
  const { t } = useI18n();
  const summary = sub.summary(goal.id);
  return (
    <Table.Th scope="col">
      {goalSummary(toDraftGoal(goal), t)}
      {summary && (
        <Text size="xs" c="dimmed" fw={400}>
          {t.evaluation.subgroupSummary(summary.behaald, summary.known)}
        </Text>
      )}
    </Table.Th>
  );
}

export function SubgroupEvaluation({
  plan,
  sub,
  statusOf,
  editable,
  onStatus,
}: {
  plan: PlanDetail;
  sub: EvaluationBlock;
  statusOf(pupilId: string, goalId: string): GoalStatus;
  editable: boolean;
  onStatus(pupilId: string, goalId: string, status: GoalStatus): void;
}) {
  const { t } = useI18n();
  const e = t.evaluation;
  const byId = new Map(plan.pupils.map((p) => [p.id, p]));
  return (
    <div style={{ overflowX: 'auto' }}>
      <Title order={3} size="h5" mb={4}>
        {sub.title}
      </Title>
      <Table fz="sm" verticalSpacing={4} className="evaluation-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{e.pupil}</Table.Th>
            <Table.Th scope="col">{e.start}</Table.Th>
            <Table.Th scope="col">{e.end}</Table.Th>
            <Table.Th scope="col">{e.growth}</Table.Th>
            {sub.goals.map((g) => (
              <GoalHeader key={g.id} sub={sub} goal={g} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sub.pupilIds.map((id) => {
            const pupil = byId.get(id);
            if (!pupil) return null;
            return (
              <PupilEvaluation
                key={id}
                pupil={pupil}
                sub={sub}
                plan={plan}
                statusOf={statusOf}
                editable={editable}
                onStatus={(goalId, status) => onStatus(id, goalId, status)}
              />
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
