import { Accordion, Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { usePlan, usePlanAction } from '../../api/plans';
import type { PlanDetail } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ConflictAlert, SaveStatusLine } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';
import { EvaluationPanel } from './EvaluationPanel';
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

function History({ plan }: { plan: PlanDetail }) {
  const { t, formatDate, formatTime } = useI18n();
  const p = t.plan;
  const when = (iso: string) => `${formatDate(iso)} ${formatTime(iso)}`;
  return (
    <Accordion variant="contained" className="no-print">
      <Accordion.Item value="history">
        <Accordion.Control>{`${p.history} (${plan.history.length})`}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap={4}>
            {plan.history.map((h) => (
              <Text size="sm" key={h.version}>
                <strong>{p.historyLine(h.version, h.savedBy, when(h.savedAt))}</strong>
                {h.changes.length > 0 && ` · ${h.changes.join('; ')}`}
              </Text>
            ))}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

const cycleLinkOf = (plan: PlanDetail) => `/groepen/${plan.group.id}/cyclus?periode=${plan.periode.id}`;

function PlanHeader({ plan }: { plan: PlanDetail }) {
  const { t, formatDate } = useI18n();
  const p = t.plan;
  const vak = t.vakken[plan.vak] ?? plan.vak;
  const locked = plan.status === 'geevalueerd';
  return (
    <PageHeader
      title={plan.vorm === 'blokplan' ? p.blokTitle(vak, plan.group.name) : p.title(vak, plan.group.name)}
      subtitle={p.meta(plan.periode.name, plan.version, plan.updatedBy, formatDate(plan.updatedAt))}
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
          <Badge size="lg" variant="light" className={locked ? 'tone-klaar' : 'tone-open'}>
            {p.status[plan.status]}
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

function Basisdoel({ editor, editable }: { editor: PlanEditor; editable: boolean }) {
  const { t } = useI18n();
  const p = t.plan;
  return (
    <Paper withBorder radius="md" p="md">
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
    </Paper>
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
    <Stack gap="md" className="plan-page">
      <PlanHeader plan={plan} />
      <Text className="plan-print-only" size="sm">
        {`${plan.group.name} · ${plan.group.schooljaar} · ${plan.periode.name}`}
      </Text>
      <PlanNotices plan={plan} version={editor.version} />
      <Conflict editor={editor} />
      {editor.status === 'error' && editor.error !== null && <ErrorAlert error={editor.error} />}
      <Basisdoel editor={editor} editable={editable} />
      <Group justify="space-between" className="no-print">
        <SaveState editor={editor} />
        {incomplete > 0 && (
          <Text size="sm" className="cycle-missing">
            {p.incomplete(incomplete)}
          </Text>
        )}
      </Group>
      {editor.draft.subgroepen.map((sub) => (
        <SubgroupEditor key={sub.key} sub={sub} plan={plan} editor={editor} editable={editable} />
      ))}
      {editable && !hasIntensief && <AddIntensief editor={editor} />}
      <EvaluationPanel
        key={`${plan.id}-${plan.status}`}
        plan={plan}
        version={editor.version}
        busy={editor.status === 'dirty' || editor.status === 'saving' || editor.status === 'conflict'}
      />
      <History plan={plan} />
      <Anchor component={Link} to={cycleLinkOf(plan)} size="sm" className="no-print">
        {p.back}
      </Anchor>
    </Stack>
  );
}

export function PlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  return <QueryState query={plan}>{(data) => <PlanEditorView plan={data} />}</QueryState>;
}
