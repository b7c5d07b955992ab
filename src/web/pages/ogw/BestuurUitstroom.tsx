/**
 * The bestuur's outflow: one cohort, a row per school and one for all schools together. Which cohort is
 * kept in the address beside the grid's own choices.
 */
import { Anchor, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useBestuurUitstroom } from '../../api/schooladvies';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { CohortColumns, CohortRow } from './cohort-row';

export function BestuurUitstroom(props: { cohort: string | null; onCohort: (cohort: string) => void }) {
  const { t } = useI18n();
  const c = t.schooladvies.cohorts;
  const uitstroom = useBestuurUitstroom(props.cohort);
  return (
    <Paper withBorder radius="md" p="md" aria-labelledby="bestuur-uitstroom">
      <Stack gap="xs">
        <Title order={2} size="h4" id="bestuur-uitstroom">
          {c.title}
        </Title>
        <QueryState query={uitstroom}>
          {(data) =>
            data.cohort === null ? (
              <Text c="dimmed">{c.bestuurEmpty}</Text>
            ) : (
              <>
                <Group align="flex-end">
                  <Select
                    label={c.cohortSelect}
                    w={280}
                    allowDeselect={false}
                    value={data.cohort}
                    data={data.cohorts}
                    onChange={(v) => v && props.onCohort(v)}
                  />
                </Group>
                <Table.ScrollContainer minWidth={1000}>
                  <Table fz="sm" striped>
                    <Table.Caption>{c.bestuurCaption(data.cohort)}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t.bestuurGrid.school}</Table.Th>
                        <CohortColumns />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.schools.map((s) => (
                        <CohortRow
                          key={s.id}
                          label={
                            <Anchor component={Link} to={`/scholen/${s.id}/trends`} fw={600}>
                              {s.name}
                            </Anchor>
                          }
                          figures={s.figures}
                        />
                      ))}
                      <CohortRow label={t.bestuurGrid.total} figures={data.total} />
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
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
