import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { usePlanAction } from '../../api/plans';
import type { PlanDetail, PlanEvaluation } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import type { Catalog } from '../../i18n/nl';
import { confirmedStatuses, goalStatus, restoreEvaluation, withStatus } from './evaluation';
import { SubgroupEvaluation, subgroupBlock, type EvaluationBlock } from './EvaluationTable';

type Waarom = PlanEvaluation['waarom'];

/** The evaluation starts from the data's proposal; what the teacher changes is kept in the browser until recorded. */
function useEvaluationDraft(plan: PlanDetail) {
  const storageKey = `leerwinst.evaluatie.${plan.id}`;
  const [draft, setDraft] = useState<PlanEvaluation>(
    () => plan.evaluation ?? restoreEvaluation(localStorage.getItem(storageKey)),
  );
  useEffect(() => {
    if (!plan.evaluation) localStorage.setItem(storageKey, JSON.stringify(draft));
  }, [draft, plan.evaluation, storageKey]);
  return { draft, setDraft, clear: () => localStorage.removeItem(storageKey) };
}

const WHY_FIELDS = ['leerling', 'onderwijs', 'thuis'] as const;

/** Why goals were (not) reached: the pupil, the teaching, home. */
export function WhyFields({
  waarom,
  editable,
  onChange,
}: {
  waarom: Waarom;
  editable: boolean;
  onChange(field: keyof Waarom, value: string): void;
}) {
  const { t } = useI18n();
  const e = t.evaluation;
  const label = { leerling: e.whyLeerling, onderwijs: e.whyOnderwijs, thuis: e.whyThuis };
  return (
    <>
      <Text fw={600} size="sm">
        {e.why}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {WHY_FIELDS.map((field) => (
          <Textarea
            className="no-print"
            key={field}
            size="sm"
            autosize
            minRows={3}
            label={label[field]}
            value={waarom[field]}
            readOnly={!editable}
            onChange={(ev) => onChange(field, ev.currentTarget.value)}
            classNames={{ input: 'plan-why' }}
          />
        ))}
      </SimpleGrid>
      <div className="plan-print-only plan-print-why">
        {WHY_FIELDS.map((field) => (
          <div key={field} className="plan-print-text">
            <strong>{label[field]}</strong>
            <span>{waarom[field].trim() || t.prints.empty}</span>
          </div>
        ))}
      </div>
    </>
  );
}

/**
 * The tables of the evaluation: the basisdoel's goals for all pupils, each subgroup with its goals,
 * and each pupil with goals of their own.
 */
function evaluationBlocks(plan: PlanDetail, t: Catalog): EvaluationBlock[] {
  const everyone = plan.content.subgroepen.flatMap((s) => s.leerlingen);
  const names = new Map(plan.pupils.map((p) => [p.id, p.name]));
  const basis: EvaluationBlock[] =
    plan.content.basisdoelen.length === 0
      ? []
      : [
          {
            key: '__basis',
            title: t.planDaily.evaluationBasis,
            pupilIds: everyone,
            goals: plan.content.basisdoelen,
            summary: (goalId) => plan.proposal?.basis[goalId],
          },
        ];
  const own = Object.entries(plan.content.leerlingdoelen).flatMap(([id, goals]) =>
    goals.length > 0 && everyone.includes(id)
      ? [
          {
            key: `__eigen-${id}`,
            title: t.planDaily.pupilGoalsOf(names.get(id) ?? ''),
            pupilIds: [id],
            goals,
            summary: () => undefined,
          },
        ]
      : [],
  );
  const subs = plan.content.subgroepen.filter((s) => s.doelen.length > 0).map((s) => subgroupBlock(plan, s));
  return [...basis, ...subs, ...own];
}

/** The evaluation's title, whether it is locked, and what the closing results say so far. */
function EvaluationHeader({ plan, locked }: { plan: PlanDetail; locked: boolean }) {
  const { t } = useI18n();
  const e = t.evaluation;
  return (
    <>
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
    </>
  );
}

/** "Evaluatie vastleggen", asked first because it locks the evaluation. */
export function ConfirmEvaluation({
  disabled,
  pending,
  onConfirm,
}: {
  disabled: boolean;
  pending: boolean;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const confirm = async () => {
    await onConfirm();
    setAsking(false);
  };
  return (
    <>
      <Group className="no-print">
        <Button onClick={() => setAsking(true)} disabled={disabled}>
          {t.evaluation.confirm}
        </Button>
      </Group>
      {asking && (
        <Modal opened onClose={() => setAsking(false)} title={t.planDaily.confirmTitle}>
          <Stack gap="sm">
            <Text size="sm">{t.planDaily.confirmText}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                {t.planDaily.confirmNo}
              </Button>
              <Button onClick={() => void confirm()} loading={pending}>
                {t.planDaily.confirmYes}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
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
  const { t } = useI18n();
  const e = t.evaluation;
  const action = usePlanAction(plan.id);
  const { draft, setDraft, clear } = useEvaluationDraft(plan);
  const locked = plan.status === 'geevalueerd';
  const canWrite = plan.abilities.includes('plan.write') && !locked;
  const blocks = evaluationBlocks(plan, t);
  const goalsTotal = blocks.reduce((n, b) => n + b.goals.length, 0);
  const statusOf = (pupilId: string, goalId: string) => goalStatus(draft, plan.proposal, pupilId, goalId);
  const judged = blocks.some((b) =>
    b.pupilIds.some((id) => b.goals.some((g) => statusOf(id, g.id) !== 'onbekend')),
  );
  const record = async () => {
    const confirmed = confirmedStatuses(plan.content, statusOf);
    await action.mutateAsync({ kind: 'evaluate', version, evaluation: { ...draft, confirmed } });
    clear();
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
        <EvaluationHeader plan={plan} locked={locked} />
        {goalsTotal === 0 && <Text c="dimmed">{e.noGoals}</Text>}
        {/* Tables of nothing but "onbekend" tell a reader nothing: on paper one sentence instead. */}
        {!judged && goalsTotal > 0 && <Text className="plan-print-only">{t.prints.notJudged}</Text>}
        <div className={judged ? 'plan-evaluation-blocks' : 'plan-evaluation-blocks no-print'}>
          {blocks.map((block) => (
            <SubgroupEvaluation
              key={block.key}
              plan={plan}
              sub={block}
              statusOf={statusOf}
              editable={canWrite}
              onStatus={(pupilId, goalId, status) => setDraft((d) => withStatus(d, pupilId, goalId, status))}
            />
          ))}
        </div>
        <WhyFields
          waarom={draft.waarom}
          editable={canWrite}
          onChange={(field, value) => setDraft((d) => ({ ...d, waarom: { ...d.waarom, [field]: value } }))}
        />
        {canWrite && (
          <ConfirmEvaluation
            disabled={busy || goalsTotal === 0}
            pending={action.isPending}
            onConfirm={record}
          />
        )}
        {action.error && <ErrorAlert error={action.error} />}
      </Stack>
    </Paper>
  );
}
