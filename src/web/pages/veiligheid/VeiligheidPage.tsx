import { Alert, Button, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useVeiligheid, type Veiligheid } from '../../api/veiligheid';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { MonitoringScaleTable } from './MonitoringScaleTable';
import './veiligheid.css';

/** Complete, or which groepen still miss a list on which domain; and the instruments with their dates. */
function Status({ data }: { data: Veiligheid }) {
  const { t, formatDate } = useI18n();
  const v = t.veiligheid;
  const missing = data.groepen.flatMap((g) => {
    const domains = (['veiligheid', 'welbevinden'] as const).filter((d) => g.measured[d] === 0);
    return domains.length === 0
      ? []
      : [
          v.missingIn(
            v.groepName(g.jaargroep),
            domains.map((d) => v.domains[d] ?? d),
          ),
        ];
  });
  const nothing = data.scales.length === 0;
  return (
    <Stack gap="xs">
      <Alert
        color={data.complete ? 'teal' : 'orange'}
        variant="light"
        // The light alert's own title colour is too faint on its background (axe): the text colour.
        title={
          <Text span fw={700} size="sm" c="dark.8">
            {data.complete ? v.complete : v.incomplete}
          </Text>
        }
        className="veiligheid-status"
      >
        {data.complete ? v.completeText : nothing ? v.nothing : v.incompleteText(missing)}
      </Alert>
      {data.instruments.length > 0 && (
        <List size="sm" spacing={2} aria-label={v.instruments}>
          {data.instruments.map((i) => (
            <List.Item key={i.instrument}>
              {v.instrumentLine(
                v.instrumentNames[i.instrument] ?? i.instrument,
                formatDate(i.firstTaken),
                formatDate(i.lastTaken),
                i.pupils,
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** How many pupils each groep 5–8 had and how many filled in a list on each domain. */
function Coverage({ data }: { data: Veiligheid }) {
  const { t } = useI18n();
  const v = t.veiligheid;
  if (data.groepen.length === 0) return null;
  const count = (n: number) =>
    n === 0 ? (
      <Text span c="orange.9" size="sm">
        {v.notMeasured}
      </Text>
    ) : (
      n
    );
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="veiligheid-coverage"
      className="veiligheid-block"
    >
      <Title order={2} size="h5" id="veiligheid-coverage" mb="xs">
        {v.coverageTitle}
      </Title>
      <Table withTableBorder withColumnBorders className="veiligheid-table">
        <Table.Caption>{v.coverageCaption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{v.groep}</Table.Th>
            <Table.Th scope="col">{v.pupils}</Table.Th>
            <Table.Th scope="col">{v.measured(v.domains.veiligheid ?? '')}</Table.Th>
            <Table.Th scope="col">{v.measured(v.domains.welbevinden ?? '')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.groepen.map((g) => (
            <Table.Tr key={g.jaargroep}>
              <Table.Th scope="row">{v.groepName(g.jaargroep)}</Table.Th>
              <Table.Td>{g.pupils}</Table.Td>
              <Table.Td>{count(g.measured.veiligheid)}</Table.Td>
              <Table.Td>{count(g.measured.welbevinden)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** What the figures mean; the lines on withheld cells only where there are any. */
function Legend({ data }: { data: Veiligheid }) {
  const { t } = useI18n();
  const items = t.veiligheid.legendItems;
  const cells = data.scales.flatMap((s) => [s.school, ...s.groepen]);
  const small = cells.some((c) => c.suppressed && c.n < data.minCellSize);
  const forOther = cells.some((c) => c.suppressed && c.n >= data.minCellSize);
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="section"
      aria-labelledby="veiligheid-legend"
      className="veiligheid-legend"
    >
      <Title order={2} size="h6" mb={4} id="veiligheid-legend">
        {t.veiligheid.legend}
      </Title>
      <List size="xs" spacing={2} listStyleType="none">
        <List.Item>{items.favourable}</List.Item>
        <List.Item>{items.latest}</List.Item>
        <List.Item>{items.interval}</List.Item>
        {small && <List.Item>{items.suppressed(data.minCellSize)}</List.Item>}
        {forOther && <List.Item>{items.withheldForOther}</List.Item>}
        <List.Item>{items.complete}</List.Item>
      </List>
    </Paper>
  );
}

/**
 * The yearly monitoring of social safety for the Inspectie: whether every groep 5–8 was measured, and
 * per safety and well-being scale the share of pupils in a favourable band. Printable as it stands.
 */
export function VeiligheidPage() {
  const { t } = useI18n();
  const v = t.veiligheid;
  const { schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('schooljaar');
  const query = useVeiligheid(schoolId, asked);
  const data = query.data;
  return (
    <Stack gap="md" className="veiligheid-page">
      <PageHeader
        title={v.title}
        subtitle={data ? v.subtitle(data.schoolName, data.schooljaar) : undefined}
        crumbs={[{ label: t.app.home, to: '/' }, { label: v.title }]}
        actions={
          data && (
            <Group gap="sm" className="no-print" align="end">
              <Select
                label={v.year}
                data={[...data.years].reverse()}
                value={data.schooljaar}
                onChange={(year) => year && setParams({ schooljaar: year })}
                allowDeselect={false}
                w={140}
              />
              <Button variant="default" onClick={() => window.print()}>
                {v.print}
              </Button>
            </Group>
          )
        }
      />
      <Text size="sm" c="dimmed" maw={820} mt={-8}>
        {v.intro}
      </Text>
      <QueryState query={query}>
        {(d) => (
          <Stack gap="md">
            <Status data={d} />
            <Coverage data={d} />
            {(['veiligheid', 'welbevinden'] as const).map((domain) => {
              const scales = d.scales.filter((s) => s.domain === domain);
              if (scales.length === 0) return null;
              return (
                <Stack key={domain} gap="sm" component="section" aria-labelledby={`veiligheid-${domain}`}>
                  <Title order={2} size="h4" id={`veiligheid-${domain}`}>
                    {v.domainTitles[domain]}
                  </Title>
                  {scales.map((s) => (
                    <MonitoringScaleTable
                      key={`${s.instrument}-${s.schaal}`}
                      scale={s}
                      minCellSize={d.minCellSize}
                    />
                  ))}
                </Stack>
              );
            })}
            {d.scales.length > 0 && <Legend data={d} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
