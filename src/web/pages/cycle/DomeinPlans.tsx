import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useCreatePlan } from '../../api/plans';
import type { GroupCycle } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { PLAN_DOMEINEN } from '../../../shared/plan-domeinen';

/**
 * Step 5 besides the vak plans: a plan for werkhouding, gedrag or sociaal-emotioneel, made without a
 * toets (HGW: goals for werkhouding and social-emotional functioning too).
 */
export function DomeinPlans({ data, canWrite }: { data: GroupCycle; canWrite: boolean }) {
  const { t } = useI18n();
  const g = t.plansGedrag;
  const c = t.cycle;
  const navigate = useNavigate();
  const create = useCreatePlan(data.group.id);
  const make = async (domein: string) => {
    const plan = await create.mutateAsync({ periodeId: data.periode.id, vak: domein, vorm: 'groepsplan' });
    await navigate(`/groepsplannen/${plan.id}`);
  };
  const shown = PLAN_DOMEINEN.filter((d) => canWrite || data.plans.some((p) => p.vak === d));
  if (shown.length === 0) return null;
  return (
    <Stack gap={6} mt={4} data-testid="domein-plans">
      <Text size="sm" fw={600}>
        {g.cycleTitle}
      </Text>
      <Text size="xs" c="dimmed">
        {g.cycleIntro}
      </Text>
      <Group gap="xs">
        {shown.map((domein) => {
          const name = (g.domeinen[domein] ?? domein).toLowerCase();
          const plan = data.plans.find((p) => p.vak === domein);
          if (plan)
            return (
              <Group gap={4} key={domein}>
                <Button component={Link} to={`/groepsplannen/${plan.id}`} variant="light" size="xs">
                  {g.openPlan(name)}
                </Button>
                <Badge variant="light" className={plan.status === 'geevalueerd' ? 'tone-klaar' : 'tone-open'}>
                  {c.planStatus[plan.status] ?? plan.status}
                </Badge>
              </Group>
            );
          return (
            <Button
              key={domein}
              size="xs"
              variant="default"
              loading={create.isPending && create.variables.vak === domein}
              onClick={() => void make(domein)}
            >
              {g.newPlan(name)}
            </Button>
          );
        })}
      </Group>
      {create.error && <ErrorAlert error={create.error} />}
    </Stack>
  );
}
