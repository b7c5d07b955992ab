import { Anchor, Badge, Group, Paper, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSchoolCycle } from '../../api/plans';
import { useSchool } from '../../api/queries';
import type { SchoolCycle } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { noteText } from './cycle-notes';
import { StepMarker } from './StepMarker';

const STEPS = [1, 2, 3, 4, 5, 6];

function CycleTable({ data }: { data: SchoolCycle }) {
  const { t } = useI18n();
  const c = t.cycle;
  if (data.groups.length === 0) return <Text c="dimmed">{c.noGroups}</Text>;
  return (
    <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
      <Table className="cycle-table" verticalSpacing="sm" miw={900} highlightOnHover>
        <Table.Caption>{c.caption(data.periode.name)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{c.group}</Table.Th>
            {STEPS.map((s) => (
              <Table.Th scope="col" key={s} className="step-cell">
                {`${s}. ${c.stepShort[s] ?? ''}`}
              </Table.Th>
            ))}
            <Table.Th scope="col">{c.plans}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.groups.map((g) => (
            <Table.Tr key={g.group.id}>
              <Table.Th scope="row">
                <Anchor
                  component={Link}
                  to={`/groepen/${g.group.id}/cyclus?periode=${g.periode.id}`}
                  fw={600}
                >
                  {g.group.name}
                </Anchor>
              </Table.Th>
              {g.steps.map((step) => (
                <Table.Td key={step.stap} className="step-cell">
                  <Tooltip
                    label={
                      [...step.done, ...step.missing].map((note) => noteText(t, note)).join(' ') ||
                      c.state[step.state]
                    }
                    multiline
                    w={320}
                    withArrow
                  >
                    <span>
                      <StepMarker stap={step.stap} state={step.state} size={30} />
                    </span>
                  </Tooltip>
                </Table.Td>
              ))}
              <Table.Td>
                <Group gap={4}>
                  {g.plans.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      –
                    </Text>
                  ) : (
                    g.plans.map((p) => (
                      <Badge
                        key={p.id}
                        component={Link}
                        to={`/groepsplannen/${p.id}`}
                        variant="light"
                        className={p.status === 'geevalueerd' ? 'tone-klaar' : 'tone-open'}
                        style={{ cursor: 'pointer', textTransform: 'none' }}
                      >
                        {`${t.vakken[p.vak] ?? t.plansGedrag.domeinen[p.vak] ?? p.vak}: ${c.planStatus[p.status] ?? p.status}`}
                      </Badge>
                    ))
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function SchoolCyclePage() {
  const { t } = useI18n();
  const { schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const school = useSchool(schoolId);
  const cycle = useSchoolCycle(schoolId, params.get('schooljaar'), params.get('periode'));
  const c = t.cycle;
  return (
    <Stack gap="md">
      <PageHeader
        title={c.schoolTitle}
        subtitle={school.data ? `${school.data.school.name} · ${c.schoolIntro}` : c.schoolIntro}
        crumbs={[{ label: t.app.home, to: '/' }, { label: c.schoolTitle }]}
        actions={
          cycle.data &&
          cycle.data.periods.length > 1 && (
            <SegmentedControl
              aria-label={c.periode}
              value={String(cycle.data.periode.volgnummer)}
              onChange={(v) => setParams({ schooljaar: cycle.data?.schooljaar ?? '', periode: v })}
              data={cycle.data.periods.map((p) => ({ value: String(p.volgnummer), label: p.name }))}
            />
          )
        }
      />
      <QueryState query={cycle}>{(data) => <CycleTable data={data} />}</QueryState>
    </Stack>
  );
}
