/**
 * The bestuur's schools on social safety and satisfaction in one schooljaar: a row per school and one
 * for all schools together. The schooljaar is kept in the address beside the grid's own choices.
 */
import { Anchor, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useBestuurWelzijn, type BestuurWelzijn as Data, type MonitoringCell } from '../../api/veiligheid';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';

const GROUPS = ['leerlingen', 'ouders', 'team'] as const;

function ShareCell({ cell }: { cell: MonitoringCell | null }) {
  const { t, formatNumber } = useI18n();
  const v = t.veiligheid;
  if (!cell || cell.n === 0) return <Table.Td c="dimmed">{v.bestuur.notMeasured}</Table.Td>;
  if (cell.suppressed || cell.share === null || cell.favourable === null)
    return <Table.Td c="dimmed">{v.bestuur.small(cell.n)}</Table.Td>;
  return (
    <Table.Td>
      <Text size="sm" fw={650} style={{ whiteSpace: 'nowrap' }}>
        {v.share(formatNumber(Math.round(cell.share * 1000) / 10), cell.favourable, cell.n)}
      </Text>
      {cell.interval && (
        <Text size="xs" c="dimmed">
          {v.range(
            formatNumber(Math.round(cell.interval.low * 1000) / 10),
            formatNumber(Math.round(cell.interval.high * 1000) / 10),
          )}
        </Text>
      )}
    </Table.Td>
  );
}

function SurveyCell({ school, groep }: { school: Data['schools'][number]; groep: (typeof GROUPS)[number] }) {
  const { t, formatNumber, formatDate } = useI18n();
  const b = t.veiligheid.bestuur;
  const survey = school.tevredenheid.find((s) => s.groep === groep);
  if (!survey) return <Table.Td c="dimmed">–</Table.Td>;
  if (survey.suppressed || survey.positief === null)
    return <Table.Td c="dimmed">{b.small(survey.n)}</Table.Td>;
  return (
    <Table.Td>
      <Text size="sm">{b.positief(formatNumber(survey.positief))}</Text>
      <Text size="xs" c="dimmed">
        {b.surveyDate(survey.n, formatDate(survey.afgenomenOp))}
      </Text>
    </Table.Td>
  );
}

export function BestuurWelzijn(props: { schooljaar: string | null; onSchooljaar: (year: string) => void }) {
  const { t } = useI18n();
  const v = t.veiligheid;
  const b = v.bestuur;
  const query = useBestuurWelzijn(props.schooljaar);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="bestuur-welzijn">
      <Stack gap="xs">
        <Title order={2} size="h4" id="bestuur-welzijn">
          {b.title}
        </Title>
        <Text size="sm" c="dimmed" maw={900}>
          {b.intro}
        </Text>
        <QueryState query={query}>
          {(data) => (
            <>
              <Select
                label={v.year}
                w={160}
                allowDeselect={false}
                value={data.schooljaar}
                data={data.schooljaren}
                onChange={(year) => year && props.onSchooljaar(year)}
              />
              <Table.ScrollContainer minWidth={900}>
                <Table fz="sm" striped>
                  <Table.Caption>{b.caption(data.schooljaar)}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t.bestuurGrid.school}</Table.Th>
                      <Table.Th scope="col">{b.safe}</Table.Th>
                      <Table.Th scope="col">{b.well}</Table.Th>
                      <Table.Th scope="col">{b.monitoring}</Table.Th>
                      {GROUPS.map((g) => (
                        <Table.Th scope="col" key={g}>
                          {b.survey(t.tevredenheid.groups[g] ?? g)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.schools.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Th scope="row">
                          <Anchor
                            component={Link}
                            to={`/scholen/${s.id}/veiligheid?schooljaar=${data.schooljaar}`}
                            fw={600}
                          >
                            {s.name}
                          </Anchor>
                        </Table.Th>
                        <ShareCell cell={s.veiligheid} />
                        <ShareCell cell={s.welbevinden} />
                        <Table.Td>{s.complete ? b.complete : b.incomplete}</Table.Td>
                        {GROUPS.map((g) => (
                          <SurveyCell key={g} school={s} groep={g} />
                        ))}
                      </Table.Tr>
                    ))}
                    <Table.Tr>
                      <Table.Th scope="row">{t.bestuurGrid.total}</Table.Th>
                      <ShareCell cell={data.total.veiligheid} />
                      <ShareCell cell={data.total.welbevinden} />
                      <Table.Td colSpan={4} />
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
