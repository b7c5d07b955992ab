import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCreatePlan, useGroupCycle, useMarkStep } from '../../api/plans';
import type { CycleStep, GroupCycle } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { noteText } from './cycle-notes';
import { DomeinPlans } from './DomeinPlans';
import { StepMarker } from './StepMarker';

function StepLinks({ step, data }: { step: CycleStep; data: GroupCycle }) {
  const { t } = useI18n();
  const c = t.cycle;
  const overzicht = `/groepen/${data.group.id}/groepsoverzicht?periode=${data.periode.id}`;
  const links: { to: string; label: string }[] = [];
  if (step.stap === 1) {
    links.push({ to: overzicht, label: c.toGroepsoverzicht });
    for (const p of data.previousPlans)
      links.push({
        to: `/groepsplannen/${p.id}`,
        label: c.previousPlan((t.vakken[p.vak] ?? t.plansGedrag.domeinen[p.vak] ?? p.vak).toLowerCase()),
      });
  }
  if (step.stap === 2) links.push({ to: `/groepen/${data.group.id}/datamuur`, label: c.toDatamuur });
  if (step.stap === 3) links.push({ to: overzicht, label: c.toGroepsoverzicht });
  if (step.stap === 4) links.push({ to: `${overzicht}#clusters`, label: c.toClusters });
  if (links.length === 0) return null;
  return (
    <Group gap="md">
      {links.map((l) => (
        <Anchor component={Link} to={l.to} key={l.to} size="sm">
          {l.label}
        </Anchor>
      ))}
    </Group>
  );
}

function PlanActions({ data, canWrite }: { data: GroupCycle; canWrite: boolean }) {
  const { t } = useI18n();
  const c = t.cycle;
  const navigate = useNavigate();
  const create = useCreatePlan(data.group.id);
  const make = async (vak: string, vorm: 'groepsplan' | 'blokplan') => {
    const copyPrevious = data.previousPlans.some((p) => p.vak === vak);
    const plan = await create.mutateAsync({ periodeId: data.periode.id, vak, vorm, copyPrevious });
    await navigate(`/groepsplannen/${plan.id}`);
  };
  return (
    <Stack gap={8}>
      {data.vakken.map((vak) => {
        const name = t.vakken[vak] ?? vak;
        const plan = data.plans.find((p) => p.vak === vak);
        if (plan) {
          return (
            <Group gap="xs" key={vak}>
              <Button component={Link} to={`/groepsplannen/${plan.id}`} variant="light" size="sm">
                {c.openPlan(name.toLowerCase())}
              </Button>
              <Badge variant="light" className={plan.status === 'geevalueerd' ? 'tone-klaar' : 'tone-open'}>
                {c.planStatus[plan.status] ?? plan.status}
              </Badge>
              {plan.vorm === 'blokplan' && <Badge variant="outline">{c.blokplan}</Badge>}
              <Text size="xs" c="dimmed">
                {c.version(plan.version)}
              </Text>
            </Group>
          );
        }
        if (!canWrite) return null;
        const copy = data.previousPlans.some((p) => p.vak === vak);
        return (
          <Group gap="xs" key={vak}>
            <Button size="sm" loading={create.isPending} onClick={() => void make(vak, 'groepsplan')}>
              {c.newPlan(name.toLowerCase())}
            </Button>
            <Button size="sm" variant="default" onClick={() => void make(vak, 'blokplan')}>
              {c.newBlokplan}
            </Button>
            {copy && (
              <Text size="xs" c="dimmed">
                {c.copyPrevious}
              </Text>
            )}
          </Group>
        );
      })}
      {create.error && <ErrorAlert error={create.error} />}
    </Stack>
  );
}

function StepCard({ step, data, canWrite }: { step: CycleStep; data: GroupCycle; canWrite: boolean }) {
  const { t } = useI18n();
  const c = t.cycle;
  const mark = useMarkStep(data.group.id);
  const title = c.steps[step.stap] ?? '';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={`stap-${step.stap}`}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <StepMarker stap={step.stap} state={step.state} />
        <Stack gap={6} style={{ flex: 1 }}>
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h4" id={`stap-${step.stap}`}>
              {`${step.stap}. ${title}`}
            </Title>
            <Badge variant="light" className={`tone-${step.state}`}>
              {c.state[step.state]}
            </Badge>
          </Group>
          {step.done
            .map((note) => noteText(t, note))
            .map((line) => (
              <Text size="sm" key={line}>
                <span aria-hidden="true" className="cycle-done">
                  ✓{' '}
                </span>
                {line}
              </Text>
            ))}
          {step.missing
            .map((note) => noteText(t, note))
            .map((line) => (
              <Text size="sm" key={line} className="cycle-missing">
                <span aria-hidden="true">! </span>
                {line}
              </Text>
            ))}
          <StepLinks step={step} data={data} />
          {step.stap === 5 && <PlanActions data={data} canWrite={canWrite} />}
          {step.stap === 5 && <DomeinPlans data={data} canWrite={canWrite} />}
          {step.manual && canWrite && (
            <Group>
              <Button
                size="xs"
                variant={step.state === 'klaar' ? 'subtle' : 'light'}
                loading={mark.isPending}
                onClick={() =>
                  mark.mutate({ stap: step.stap, periodeId: data.periode.id, done: step.state !== 'klaar' })
                }
              >
                {step.state === 'klaar' ? c.markOpen : `${c.markDone}: ${title.toLowerCase()}`}
              </Button>
            </Group>
          )}
          {mark.error && <ErrorAlert error={mark.error} />}
        </Stack>
      </Group>
    </Paper>
  );
}

export function GroupCyclePage() {
  const { t } = useI18n();
  const { groupId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const cycle = useGroupCycle(groupId, params.get('periode'));
  const c = t.cycle;
  return (
    <QueryState query={cycle}>
      {(data) => {
        const canWrite = data.abilities.includes('plan.write');
        return (
          <Stack gap="md">
            <PageHeader
              title={c.title(data.group.name)}
              subtitle={`${data.group.schooljaar} · ${data.periode.name}`}
              crumbs={[
                { label: t.app.home, to: '/' },
                { label: data.group.name, to: `/groepen/${data.group.id}` },
                { label: c.link },
              ]}
              actions={
                data.periods.length > 1 && (
                  <SegmentedControl
                    aria-label={c.periode}
                    value={data.periode.id}
                    onChange={(v) => setParams({ periode: v })}
                    data={data.periods.map((p) => ({ value: p.id, label: p.name }))}
                  />
                )
              }
            />
            {data.vakken.length === 0 && data.steps[0]?.missing[0] && (
              <Alert variant="light" color="gray">
                {noteText(t, data.steps[0].missing[0])}
              </Alert>
            )}
            {data.steps.map((step) => (
              <StepCard key={step.stap} step={step} data={data} canWrite={canWrite} />
            ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}
