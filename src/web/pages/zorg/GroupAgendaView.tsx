import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import type { BesprekingDetail, GroupAgenda } from '../../api/zorg';
import { SignalLines } from '../../components/SignalText';
import { useI18n } from '../../i18n';
import { goalSummary, toDraftGoal } from '../plan/plan-draft';
import { GroupResults } from './GroupResults';
import { OppOnAgendaBlock } from './OppOnAgendaBlock';
import { StatusBadge } from './parts';

type Plan = GroupAgenda['plans'][number];

function PlanCard({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const g = t.bespreking.groep;
  const vak = t.vakken[plan.vak] ?? plan.vak;
  const why = plan.evaluation
    ? Object.entries(plan.evaluation.waarom).filter(([, text]) => text.trim() !== '')
    : [];
  return (
    <Paper withBorder radius="md" p="sm" className="agenda-card">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to={`/groepsplannen/${plan.id}`} fw={600}>
            {g.planTitle(g.vorm[plan.vorm] ?? plan.vorm, vak)}
          </Anchor>
          <StatusBadge
            status={plan.status === 'geevalueerd' ? 'vastgesteld' : 'gepland'}
            label={g.planStatus[plan.status] ?? plan.status}
          />
        </Group>
        {plan.basisdoel && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {`${g.basisdoel}: `}
            </Text>
            {plan.basisdoel}
          </Text>
        )}
        {plan.goals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {g.noGoals}
          </Text>
        ) : (
          <List size="sm" spacing={0}>
            {plan.goals.map((goal) => (
              <List.Item key={`${goal.subgroep}-${goal.goal.id}`}>
                {`${goal.subgroep}: ${goalSummary(toDraftGoal(goal.goal), t)}`}
              </List.Item>
            ))}
          </List>
        )}
        <Text size="sm" fw={500}>
          {plan.evaluation
            ? g.evaluation(
                plan.evaluation.counts.behaald,
                plan.evaluation.counts.deels,
                plan.evaluation.counts.niet,
                plan.evaluation.counts.onbekend,
              )
            : g.notEvaluated}
        </Text>
        {why.map(([key, text]) => (
          <Text size="sm" key={key}>
            <Text span c="dimmed" size="sm">
              {`${g.why[key] ?? key}: `}
            </Text>
            {text}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

function Signalled({
  agenda,
  raised,
  onRaise,
}: {
  agenda: GroupAgenda;
  raised: BesprekingDetail['raisedPupils'];
  onRaise: ((pupil: { id: string; name: string }) => void) | null;
}) {
  const { t } = useI18n();
  const b = t.bespreking;
  if (agenda.signalled.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {b.groep.noSignalled}
      </Text>
    );
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="xs" miw={640}>
        <Table.Caption>{b.groep.signalled}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={190}>
              {b.pupil}
            </Table.Th>
            <Table.Th scope="col">{t.bespreking.leerling.signals}</Table.Th>
            {onRaise && <Table.Th scope="col" w={200} className="no-print" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agenda.signalled.map(({ pupil, signals }) => {
            const isRaised = raised.some((r) => r.pupil.id === pupil.id);
            return (
              <Table.Tr key={pupil.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/leerlingen/${pupil.id}`} size="sm">
                    {pupil.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <SignalLines signals={signals} />
                </Table.Td>
                {onRaise && (
                  <Table.Td className="no-print">
                    {isRaised ? (
                      <Badge variant="light" tt="none" className="tone-bezig">
                        {b.raisedBadge}
                      </Badge>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={b.raiseLabel(pupil.name)}
                        onClick={() => onRaise(pupil)}
                      >
                        {b.raiseButton}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The groepsbespreking's agenda: results against the ambitions, the plans, signalled pupils, OPP's. */
export function GroupAgendaView({
  agenda,
  raised,
  onRaise,
}: {
  agenda: GroupAgenda;
  raised: BesprekingDetail['raisedPupils'];
  onRaise: ((pupil: { id: string; name: string }) => void) | null;
}) {
  const { t } = useI18n();
  const g = t.bespreking.groep;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={3} size="h5">
          {agenda.meetpunt ? g.results(agenda.meetpunt) : g.resultsNoMeetpunt}
        </Title>
        <GroupResults agenda={agenda} />
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {g.plans}
        </Title>
        {agenda.plans.length === 0 ? (
          <Text size="sm" c="dimmed">
            {g.noPlans}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {agenda.plans.map((plan) => (
              <PlanCard key={plan.id} plan={plan} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {g.signalled}
        </Title>
        <Signalled agenda={agenda} raised={raised} onRaise={onRaise} />
      </Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {g.opps}
        </Title>
        {agenda.opps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {g.noOpps}
          </Text>
        ) : (
          agenda.opps.map((entry) => <OppOnAgendaBlock key={entry.opp.id} entry={entry} showPupil />)
        )}
      </Stack>
    </Stack>
  );
}
