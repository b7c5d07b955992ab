import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useBestuurOverview, useGroups, useMe, useSchool, useSchools } from '../api/queries';
import type { SchoolList } from '../api/types';
import { DownloadLinks } from '../components/DownloadLinks';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { useI18n } from '../i18n';
import { schoolSections, todoSchools } from './home-sections';
import { LeaderSection } from './home/LeaderSection';
import { TodoList } from './home/TodoList';
import { HomeTodos } from './zorg/HomeTodos';
import { BackupsPanel } from './privacy/BackupsPanel';

type SchoolSummary = SchoolList['schools'][number];

function GroupCards({ schoolId, schooljaar }: { schoolId: string; schooljaar: string | undefined }) {
  const { t } = useI18n();
  const groups = useGroups(schoolId, schooljaar);
  return (
    <QueryState query={groups}>
      {(data) =>
        data.groups.length === 0 ? (
          <Text c="dimmed">{t.home.noGroups}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="md">
            {data.groups.map((g) => (
              <Card key={g.id} withBorder padding="md" radius="md" className="group-card">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap">
                    <Anchor component={Link} to={`/groepen/${g.id}`} fw={650} size="lg">
                      {g.name}
                    </Anchor>
                    {g.jaargroep === 'C' && (
                      <Badge variant="light" color="gray" size="sm">
                        {t.home.combination}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">{t.home.pupils(g.pupilCount)}</Text>
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {g.teachers.length > 0 ? g.teachers.join(', ') : t.home.noTeacher}
                  </Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )
      }
    </QueryState>
  );
}

function SchoolSection({ school, ownGroupsOnly }: { school: SchoolSummary; ownGroupsOnly: boolean }) {
  const { t } = useI18n();
  const detail = useSchool(school.id);
  const [schooljaar, setSchooljaar] = useState<string | undefined>(undefined);
  const years = detail.data?.schooljaren ?? [];
  const current = years.find((y) => y.current)?.name;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={2} size="h3">
            {ownGroupsOnly ? t.home.myGroups : t.home.schoolGroups(school.name)}
          </Title>
          {ownGroupsOnly && (
            <Text size="sm" c="dimmed">
              {school.name}
            </Text>
          )}
        </Stack>
        <Group align="flex-end">
          {school.abilities.includes('statistics.read') && (
            <>
              <Button component={Link} to={`/scholen/${school.id}/schooloverzicht`} variant="light" size="sm">
                {t.overzicht.link}
              </Button>
              <Button component={Link} to={`/scholen/${school.id}/tevredenheid`} variant="light" size="sm">
                {t.tevredenheid.link}
              </Button>
            </>
          )}
          {!ownGroupsOnly && school.abilities.includes('pupil.read') && (
            <>
              <Button component={Link} to={`/scholen/${school.id}/cyclus`} variant="light" size="sm">
                {t.cycle.schoolLink}
              </Button>
              <Button component={Link} to={`/scholen/${school.id}/schooladvies`} variant="light" size="sm">
                {t.schooladvies.link}
              </Button>
            </>
          )}
          {school.abilities.includes('settings.manage') && (
            <Button component={Link} to={`/scholen/${school.id}/instellingen`} variant="subtle" size="sm">
              {t.settings.link}
            </Button>
          )}
          {years.length > 1 && (
            <Select
              label={t.home.schooljaar}
              size="sm"
              w={160}
              allowDeselect={false}
              value={schooljaar ?? current ?? null}
              onChange={(value) => setSchooljaar(value ?? undefined)}
              data={years.map((y) => y.name)}
            />
          )}
        </Group>
      </Group>
      <GroupCards schoolId={school.id} schooljaar={schooljaar} />
      {school.abilities.includes('statistics.read') && (
        <DownloadLinks label={t.exports.schoolExport} base={`/schools/${school.id}/results/export`} />
      )}
    </Stack>
  );
}

function BestuurSection() {
  const { t, formatNumber } = useI18n();
  const overview = useBestuurOverview();
  return (
    <QueryState query={overview}>
      {(data) => (
        <Stack gap="lg">
          {data.besturen.map((b) => {
            const previous = `${Number(data.schooljaar.slice(0, 4)) - 1}-${data.schooljaar.slice(0, 4)}`;
            return (
              <Paper key={b.id} withBorder p="md" radius="md">
                <Title order={2} size="h3" mb="xs">
                  {b.name}
                </Title>
                <Group justify="space-between" mb="sm">
                  <Text size="sm" c="dimmed">
                    {t.bestuur.intro}
                  </Text>
                  <Button component={Link} to="/bestuur/schooloverzicht" variant="light" size="sm">
                    {t.bestuurGrid.link}
                  </Button>
                </Group>
                <Table striped highlightOnHover>
                  <Table.Caption>{t.bestuur.caption(b.name)}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t.bestuur.school}</Table.Th>
                      <Table.Th scope="col">{t.bestuur.brin}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t.bestuur.groups}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t.bestuur.pupils}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t.bestuur.resultsLastYear(previous)}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t.bestuur.resultsThisYear(data.schooljaar)}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {b.schools.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Th scope="row" fw={500}>
                          <Anchor component={Link} to={`/scholen/${s.id}/schooloverzicht`}>
                            {s.name}
                          </Anchor>
                        </Table.Th>
                        <Table.Td>
                          {s.brin}
                          {s.vestiging ? `-${s.vestiging}` : ''}
                        </Table.Td>
                        <Table.Td ta="right">{formatNumber(s.groups)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(s.pupils)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(s.resultsLastYear)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(s.resultsThisYear)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            );
          })}
        </Stack>
      )}
    </QueryState>
  );
}

function AdminSection() {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h3" mb={4}>
        {t.home.admin}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t.home.adminIntro}
      </Text>
      <Group>
        <Button component={Link} to="/beheer/gebruikers" variant="light">
          {t.home.manageUsers}
        </Button>
        <Button component={Link} to="/beheer/scholen" variant="light">
          {t.home.manageSchools}
        </Button>
      </Group>
    </Paper>
  );
}

export function HomePage() {
  const { t } = useI18n();
  const me = useMe().data;
  const canReadSchools = me?.abilities.includes('school.read') ?? false;
  const schools = useSchools(canReadSchools);
  if (!me) return null;
  // A schoolleider's own work (ambitions, schooloverzicht) comes before the school's besprekingen.
  const leaderOnly = me.roles.length > 0 && me.roles.every((r) => r.role === 'schoolleider');
  return (
    <Stack gap="xl">
      <PageHeader title={t.home.greeting(me.user.name.split(' ')[0] ?? me.user.name)} />
      {todoSchools(me).map((s, _, all) => (
        <TodoList key={s.id} schoolId={s.id} schoolName={all.length > 1 ? s.name : null} />
      ))}
      {!leaderOnly && <HomeTodos me={me} />}
      {canReadSchools && (
        <QueryState query={schools}>
          {(data) => (
            <Stack gap="xl">
              {schoolSections(me, data.schools).map(({ school, ownGroupsOnly, leader }) =>
                leader ? (
                  <LeaderSection key={school.id} school={school} />
                ) : (
                  <SchoolSection key={school.id} school={school} ownGroupsOnly={ownGroupsOnly} />
                ),
              )}
            </Stack>
          )}
        </QueryState>
      )}
      {leaderOnly && <HomeTodos me={me} />}
      {me.abilities.includes('bestuur.read') && <BestuurSection />}
      {me.abilities.includes('user.manage') && <AdminSection />}
      {me.abilities.includes('school.manage') && <BackupsPanel />}
    </Stack>
  );
}
