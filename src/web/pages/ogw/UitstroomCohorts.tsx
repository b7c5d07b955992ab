/**
 * The outflow per cohort beside the school's trends: advice against the doorstroomtoets, the
 * heroverwegingen, and the share at or above the advice at outflow and in VO years 1–3, each with the
 * number of pupils it is about. The server has withheld the counts of small cells for a bestuur user;
 * this table only says so.
 */
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCohorts, type CohortFigures } from '../../api/schooladvies';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';

type Position = CohortFigures['uitstroom'];

function PositionCell({ figures }: { figures: Position | undefined }) {
  const { t, formatNumber } = useI18n();
  const c = t.schooladvies.cohorts;
  if (!figures || figures.n === 0) return <Table.Td>{c.none}</Table.Td>;
  const pct = (v: number) => formatNumber(Math.round(v * 100));
  const share = figures.opOfBoven;
  return (
    <Table.Td style={{ whiteSpace: 'nowrap' }}>
      {figures.suppressed || !share
        ? c.suppressed
        : c.share(pct(share.share), pct(share.low), pct(share.high))}
      <Text span size="xs" c="dimmed" ml={6}>
        {c.ofN(figures.n)}
      </Text>
    </Table.Td>
  );
}

function TripleCell(props: { n: number; values: (number | null)[]; suppressed: boolean }) {
  const { t } = useI18n();
  const c = t.schooladvies.cohorts;
  const [a, b, d] = props.values;
  if (props.n === 0) return <Table.Td>{c.none}</Table.Td>;
  const shown = props.suppressed || a == null || b == null || d == null ? c.suppressed : c.triple(a, b, d);
  return (
    <Table.Td>
      {shown}
      <Text span size="xs" c="dimmed" ml={6}>
        {c.ofN(props.n)}
      </Text>
    </Table.Td>
  );
}

function CohortRow({ cohort }: { cohort: CohortFigures }) {
  const { toets, heroverweging } = cohort;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {cohort.cohort}
      </Table.Th>
      <Table.Td>{cohort.pupils}</Table.Td>
      <TripleCell
        n={toets.n}
        values={[toets.hoger, toets.gelijk, toets.lager]}
        suppressed={toets.suppressed}
      />
      <TripleCell
        n={heroverweging.n}
        values={[heroverweging.bijgesteld, heroverweging.gehandhaafd, heroverweging.open]}
        suppressed={heroverweging.suppressed}
      />
      <PositionCell figures={cohort.uitstroom} />
      {[1, 2, 3].map((leerjaar) => (
        <PositionCell key={leerjaar} figures={cohort.vo.find((v) => v.leerjaar === leerjaar)} />
      ))}
    </Table.Tr>
  );
}

export function UitstroomCohorts({ schoolId }: { schoolId: string }) {
  const { t } = useI18n();
  const c = t.schooladvies.cohorts;
  const cohorts = useCohorts(schoolId);
  return (
    <Paper withBorder radius="md" p="md" aria-labelledby="uitstroom-cohorts">
      <Stack gap="xs">
        <Title order={2} size="h4" id="uitstroom-cohorts">
          {c.title}
        </Title>
        <Text size="sm" c="dimmed">
          {c.intro}
        </Text>
        <QueryState query={cohorts}>
          {(data) =>
            data.cohorts.length === 0 ? (
              <Text c="dimmed">{c.empty}</Text>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table fz="sm" striped>
                  <Table.Caption>{c.caption}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{c.cohort}</Table.Th>
                      <Table.Th scope="col">{c.pupils}</Table.Th>
                      <Table.Th scope="col">{c.toets}</Table.Th>
                      <Table.Th scope="col">{c.heroverweging}</Table.Th>
                      <Table.Th scope="col">{c.uitstroom}</Table.Th>
                      {[1, 2, 3].map((leerjaar) => (
                        <Table.Th scope="col" key={leerjaar}>
                          {c.vo(leerjaar)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...data.cohorts].reverse().map((cohort) => (
                      <CohortRow key={cohort.cohort} cohort={cohort} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
        <Text size="xs" c="dimmed">
          {c.legend}
        </Text>
      </Stack>
    </Paper>
  );
}
