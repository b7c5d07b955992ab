import { Accordion, Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { usePlan, usePlanAction } from '../../api/plans';
import type { PlanDetail } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ConflictAlert, SaveStatusLine } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';
import { DomeinEvaluation } from './DomeinEvaluation';
import { EvaluationPanel } from './EvaluationPanel';
import { DOMEIN_GOAL_KINDS, GoalKindsContext, VAK_GOAL_KINDS } from './goal-kinds';
import { Basisdoel, PupilGoals } from './PlanGoals';
import { SubgroupEditor } from './SubgroupEditor';
import { incompleteGoals } from './plan-draft';
import { usePlanEditor, type PlanEditor } from './usePlanEditor';

function SaveState({ editor }: { editor: PlanEditor }) {
  const { t } = useI18n();
  const p = t.plan;
  return (
    <SaveStatusLine
      status={editor.status}
      savedAt={editor.savedAt}
      texts={{ saving: p.saving, unsaved: p.unsaved, error: p.saveError, saved: p.saved }}
    />
  );
}

function Conflict({ editor }: { editor: PlanEditor }) {
  const { t } = useI18n();
  const p = t.plan;
  if (editor.status !== 'conflict' || !editor.theirs) return null;
  return (
    <ConflictAlert
      title={p.conflictTitle}
      keepMine={p.keepMine}
      takeTheirs={p.takeTheirs}
      onKeepMine={editor.keepMine}
      onTakeTheirs={editor.takeTheirs}
      className="no-print"
    >
      <Text size="sm">{p.conflictText(editor.theirs.updatedBy ?? '', editor.theirs.version)}</Text>
    </ConflictAlert>
  );
}

/** The versions kept: meaningful steps (created, vastgelegd, evaluated), not every autosave. */
function History({ plan }: { plan: PlanDetail }) {
  const { t, formatDate, formatTime } = useI18n();
  const d = t.planDaily;
  const when = (iso: string) => `${formatDate(iso)} ${formatTime(iso)}`;
  return (
    <Accordion variant="contained" className="no-print">
      <Accordion.Item value="history">
        <Accordion.Control>{`${t.plan.history} (${plan.history.length})`}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap={4} data-testid="plan-history">
            {plan.history.map((h) => (
              <Text size="sm" key={h.version}>
                <strong>{d.historyLine(h.number, h.savedBy, when(h.savedAt))}</strong>
                {h.reason && ` · ${d.reasons[h.reason] ?? h.reason}`}
                {h.changes.length > 0 && ` · ${h.changes.map(d.change).join('; ')}`}
              </Text>
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

/** "Vastleggen": the plan as it is becomes a version; while typing it is kept as a draft only. */
function RecordButton({ plan, editor }: { plan: PlanDetail; editor: PlanEditor }) {
  const { t } = useI18n();
  const d = t.planDaily;
  const action = usePlanAction(plan.id);
  const settled = editor.status !== 'dirty' && editor.status !== 'saving' && editor.status !== 'conflict';
  if (plan.stage === 'concept')
    return (
      <Text size="sm" c="dimmed">
        {d.needsGoals}
      </Text>
    );
  return (
    <Group gap="xs">
      {plan.unrecorded ? (
        <Text size="sm" c="dimmed">
          {d.unrecorded}
        </Text>
      ) : (
        <Badge variant="light" className="tone-klaar">
          {d.recorded}
        </Badge>
      )}
      <Button
        size="xs"
        variant="default"
        title={d.recordHint}
        disabled={!plan.unrecorded || !settled}
        loading={action.isPending}
        onClick={() => action.mutate({ kind: 'record', version: editor.version })}
      >
        {d.record}
      </Button>
      {action.error && <ErrorAlert error={action.error} />}
    </Group>
  );
}

const cycleLinkOf = (plan: PlanDetail) => `/groepen/${plan.group.id}/cyclus?periode=${plan.periode.id}`;

function PlanHeader({ plan }: { plan: PlanDetail }) {
  const { t, formatDate } = useI18n();
  const p = t.plan;
  const vak = t.vakken[plan.vak] ?? t.plansGedrag.domeinen[plan.vak] ?? plan.vak;
  const locked = plan.status === 'geevalueerd';
  return (
    <PageHeader
      title={plan.vorm === 'blokplan' ? p.blokTitle(vak, plan.group.name) : p.title(vak, plan.group.name)}
      subtitle={p.meta(
        plan.periode.name,
        plan.history[0]?.number ?? 1,
        plan.updatedBy,
        formatDate(plan.updatedAt),
      )}
      crumbs={
        // Last year's group is not the reader's: no links into it.
        plan.overdracht
          ? [
              { label: t.app.home, to: '/' },
              { label: `${plan.group.name} ${plan.group.schooljaar}` },
              { label: vak },
            ]
          : [
              { label: t.app.home, to: '/' },
              { label: plan.group.name, to: `/groepen/${plan.group.id}` },
              { label: t.cycle.link, to: cycleLinkOf(plan) },
              { label: vak },
            ]
      }
      actions={
        <Group gap="xs" className="no-print">
          <Badge
            size="lg"
            variant="light"
            className={locked ? 'tone-klaar' : plan.stage === 'concept' ? 'tone-open' : 'tone-bezig'}
            title={plan.stage === 'concept' ? t.planDaily.conceptHint : undefined}
          >
            {t.planDaily.stage[plan.stage] ?? p.status[plan.status]}
          </Badge>
          <Button variant="default" onClick={() => window.print()}>
            {p.print}
          </Button>
        </Group>
      }
    />
  );
}

/** Why the plan cannot be edited (evaluated, last year's, no right), and the way to a new version. */
function PlanNotices({ plan, version }: { plan: PlanDetail; version: number }) {
  const { t } = useI18n();
  const p = t.plan;
  const reopen = usePlanAction(plan.id);
  const canWrite = plan.abilities.includes('plan.write');
  return (
    <>
      {plan.status === 'geevalueerd' && (
        <Alert variant="light" color="teal" className="no-print">
          <Group justify="space-between">
            <Text size="sm">{p.locked}</Text>
            {canWrite && (
              <Button
                size="xs"
                variant="default"
                loading={reopen.isPending}
                onClick={() => reopen.mutate({ kind: 'new-version', version })}
              >
                {p.newVersion}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {plan.overdracht ? (
        <Alert variant="light" color="blue" className="no-print">
          <Text size="sm">{p.overdracht(plan.group.name, plan.group.schooljaar)}</Text>
        </Alert>
      ) : (
        !canWrite && <Text c="dimmed">{p.readOnly}</Text>
      )}
      {reopen.error && <ErrorAlert error={reopen.error} />}
      {plan.vorm === 'blokplan' && (
        <Text size="sm" c="dimmed">
          {p.blokplanIntro}
        </Text>
      )}
    </>
  );
}

/** A subgroup for the few pupils with an own plan (intensief), added when the teacher needs it. */
function AddIntensief({ editor }: { editor: PlanEditor }) {
  const { t } = useI18n();
  const p = t.plan;
  const intensief = {
    key: 'intensief',
    naam: p.intensiefName,
    leerlingen: [],
    doelen: [],
    aanbod: '',
    aanpak: '',
    organisatie: '',
    minutenPerWeek: null,
  };
  return (
    <Group className="no-print">
      <Button
        variant="subtle"
        size="xs"
        onClick={() => editor.update((d) => ({ ...d, subgroepen: [...d.subgroepen, intensief] }))}
      >
        {p.addIntensief}
      </Button>
    </Group>
  );
}

function PlanEditorView({ plan }: { plan: PlanDetail }) {
  const { t } = useI18n();
  const p = t.plan;
  const editable = plan.abilities.includes('plan.write') && plan.status !== 'geevalueerd';
  const editor = usePlanEditor(plan, editable);
  const incomplete = incompleteGoals(editor.draft);
  const hasIntensief = editor.draft.subgroepen.some((s) => s.key === 'intensief');
  return (
    <GoalKindsContext.Provider value={plan.domein ? DOMEIN_GOAL_KINDS : VAK_GOAL_KINDS}>
      <Stack gap="md" className="plan-page">
        <PlanHeader plan={plan} />
        {plan.domein && !plan.overdracht && (
          <Text size="sm" c="dimmed" className="no-print">
            {t.plansGedrag.intro}
          </Text>
        )}
        <Text className="plan-print-only" size="sm">
          {`${plan.group.name} · ${plan.group.schooljaar} · ${plan.periode.name}`}
        </Text>
        <PlanNotices plan={plan} version={editor.version} />
        <Conflict editor={editor} />
        {editor.status === 'error' && editor.error !== null && <ErrorAlert error={editor.error} />}
        <Basisdoel plan={plan} editor={editor} editable={editable} />
        <Group justify="space-between" className="no-print">
          <Group gap="md">
            <SaveState editor={editor} />
            {editable && <RecordButton plan={plan} editor={editor} />}
          </Group>
          {incomplete > 0 && (
            <Text size="sm" className="cycle-missing">
              {p.incomplete(incomplete)}
            </Text>
          )}
        </Group>
        {editor.draft.subgroepen.map((sub) => (
          <SubgroupEditor key={sub.key} sub={sub} plan={plan} editor={editor} editable={editable} />
        ))}
        {editable && !hasIntensief && !plan.domein && <AddIntensief editor={editor} />}
        <PupilGoals plan={plan} editor={editor} editable={editable} />
        {plan.domein ? (
          <DomeinEvaluation
            key={`${plan.id}-${plan.status}`}
            plan={plan}
            version={editor.version}
            busy={editor.status === 'dirty' || editor.status === 'saving' || editor.status === 'conflict'}
          />
        ) : (
          <EvaluationPanel
            key={`${plan.id}-${plan.status}`}
            plan={plan}
            version={editor.version}
            busy={editor.status === 'dirty' || editor.status === 'saving' || editor.status === 'conflict'}
          />
        )}
        <History plan={plan} />
        <Anchor component={Link} to={cycleLinkOf(plan)} size="sm" className="no-print">
          {p.back}
        </Anchor>
      </Stack>
    </GoalKindsContext.Provider>
  );
}

export function PlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  return <QueryState query={plan}>{(data) => <PlanEditorView plan={data} />}</QueryState>;
}
