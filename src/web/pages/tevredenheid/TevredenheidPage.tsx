import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useBestuurOverview, useMe } from '../../api/queries';
import { useTevredenheid, type Tevredenheid } from '../../api/tevredenheid';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { SurveyGroupTable } from './SurveyGroupTable';
import { SurveyImportPanel } from './SurveyImportPanel';

/** What the words and marks of the tables mean; the line on withheld cells only where there are any. */
function Legend({ data }: { data: Tevredenheid }) {
  const { t } = useI18n();
  const items = t.tevredenheid.legendItems;
  const withheld = data.groepen.some((g) => g.themas.some((th) => th.points.some((p) => p.suppressed)));
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="tevredenheid-legend">
      <Title order={2} size="h6" mb={4} id="tevredenheid-legend">
        {t.tevredenheid.legend}
      </Title>
      <List size="xs" spacing={2} listStyleType="none">
        <List.Item>{items.positief}</List.Item>
        <List.Item>{items.mean}</List.Item>
        <List.Item>{items.n}</List.Item>
        <List.Item>{items.trend}</List.Item>
        {withheld && <List.Item>{items.suppressed(data.minCellSize)}</List.Item>}
      </List>
    </Paper>
  );
}

/**
 * Satisfaction of pupils, parents and team per theme over the years. The bestuur sees it too, without
 * the figures of a survey with few respondents; the IB and schoolleider import the survey files.
 */
export function TevredenheidPage() {
  const { t } = useI18n();
  const s = t.tevredenheid;
  const { schoolId = '' } = useParams();
  const query = useTevredenheid(schoolId);
  // The name from the user's roles at the school, or for the bestuur (which may not read the school
  // itself) from its overview of schools.
  const me = useMe().data;
  const ownName = me?.roles.find((r) => r.schoolId === schoolId)?.schoolName ?? undefined;
  const overview = useBestuurOverview(!ownName && (me?.abilities.includes('bestuur.read') ?? false));
  const schoolName =
    ownName ?? overview.data?.besturen.flatMap((b) => b.schools).find((x) => x.id === schoolId)?.name;
  return (
    <Stack gap="md">
      <PageHeader
        title={s.title}
        subtitle={schoolName}
        crumbs={[{ label: t.app.home, to: '/' }, { label: s.title }]}
      />
      <Text size="sm" c="dimmed" maw={820} mt={-8}>
        {s.intro}
      </Text>
      <QueryState query={query}>
        {(data) => (
          <Stack gap="md">
            {data.groepen.length === 0 ? (
              <Text>{s.empty}</Text>
            ) : (
              data.groepen.map((g) => (
                <SurveyGroupTable key={g.groep} group={g} minCellSize={data.minCellSize} />
              ))
            )}
            {data.groepen.length > 0 && <Legend data={data} />}
            {data.abilities.includes('ambition.manage') && <SurveyImportPanel schoolId={schoolId} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
