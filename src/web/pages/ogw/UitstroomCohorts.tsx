/**
 * The outflow per cohort beside the school's trends, newest cohort first. The server has withheld the
 * counts of small cells for a bestuur user; the rows only say so.
 */
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCohorts } from '../../api/schooladvies';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { CohortColumns, CohortRow } from './cohort-row';

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
                      <CohortColumns />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...data.cohorts].reverse().map((cohort) => (
                      <CohortRow key={cohort.cohort} label={cohort.cohort} figures={cohort} />
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
