import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useGroup } from '../api/queries';
import type { GroupDetail } from '../api/types';
import { LevelBadge } from '../components/LevelBadge';
import { DownloadLinks } from '../components/DownloadLinks';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useI18n } from '../i18n';

type Latest = GroupDetail['pupils'][number]['latest'][string];

function ResultCell({ result }: { result: Latest | undefined }) {
  const { t, formatNumber } = useI18n();
  if (!result) {
    return (
      <Text size="sm" c="dimmed">
        {t.group.noResult}
      </Text>
    );
  }
  return (
    <Group gap={8} wrap="nowrap" className="result-cell">
      <LevelBadge level={result.niveau} />
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t.group.vs} {formatNumber(result.vaardigheidsscore)}
        </Text>
        <Text size="xs" c="dimmed">
          {result.moment} {`'${result.schooljaar.slice(2, 4)}/${result.schooljaar.slice(7, 9)}`}
        </Text>
      </Stack>
    </Group>
  );
}

function GroupTable({ data }: { data: GroupDetail }) {
  const { t, formatDate } = useI18n();
  const combination = data.group.jaargroep === 'C';
  if (data.pupils.length === 0) return <Text c="dimmed">{t.group.empty}</Text>;
  return (
    <Paper withBorder radius="md" p={0} style={{ overflowX: 'auto' }}>
      <Table striped highlightOnHover verticalSpacing="xs" horizontalSpacing="md" miw={720}>
        <Table.Caption>{t.group.tableCaption(data.group.name)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.group.pupil}</Table.Th>
            {combination && <Table.Th scope="col">{t.group.jaargroep}</Table.Th>}
            {data.vakken.map((vak) => (
              <Table.Th scope="col" key={vak}>
                {t.vakken[vak] ?? vak}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.pupils.map((p) => (
            <Table.Tr key={p.id} className={p.leftOn ? 'left-pupil' : undefined}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/leerlingen/${p.id}`}>
                  {p.name}
                </Anchor>
                {p.leftOn && (
                  <Text size="xs" c="dimmed">
                    {t.group.left(formatDate(p.leftOn))}
                  </Text>
                )}
              </Table.Th>
              {combination && <Table.Td>{p.jaargroep}</Table.Td>}
              {data.vakken.map((vak) => (
                <Table.Td key={vak}>
                  <ResultCell result={p.latest[vak]} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Groep 8, or a combination group with pupils in it: the schooladvies is part of their year. */
const hasGroep8 = (data: GroupDetail) =>
  data.group.jaargroep === '8' || data.pupils.some((p) => p.jaargroep === '8');

export function GroupPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  const group = useGroup(groupId);
  return (
    <QueryState query={group}>
      {(data) => (
        <Stack gap="md">
          <PageHeader
            title={t.group.title(data.group.name)}
            subtitle={
              <>
                {t.group.subtitle(data.group.schooljaar, data.group.school.name)}
                <br />
                {data.group.teachers.length > 0
                  ? t.group.teachers(data.group.teachers.join(', '))
                  : t.group.noTeachers}
              </>
            }
            crumbs={[{ label: t.app.home, to: '/' }, { label: data.group.name }]}
            actions={
              <Stack gap={6} align="flex-end">
                <Group gap="xs">
                  <Button component={Link} to={`/groepen/${data.group.id}/datamuur`}>
                    {t.datamuur.link}
                  </Button>
                  <Button component={Link} to={`/groepen/${data.group.id}/groepsoverzicht`} variant="default">
                    {t.groepsoverzicht.link}
                  </Button>
                  <Button component={Link} to={`/groepen/${data.group.id}/cyclus`} variant="default">
                    {t.cycle.link}
                  </Button>
                  {hasGroep8(data) && (
                    <Button
                      component={Link}
                      to={`/scholen/${data.group.school.id}/schooladvies?schooljaar=${data.group.schooljaar}`}
                      variant="default"
                    >
                      {t.schooladvies.link}
                    </Button>
                  )}
                </Group>
                <DownloadLinks label={t.exports.groupExport} base={`/groups/${data.group.id}/export`} />
              </Stack>
            }
          />
          <GroupTable data={data} />
        </Stack>
      )}
    </QueryState>
  );
}
