import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useOpp, type OppResponse, type OppVakView } from '../api/opp';
import { usePupil, usePupilAnalysis } from '../api/queries';
import { downloadHref } from '../api/query-string';
import type { PupilDetail, VakAnalysis } from '../api/types';
import { LevelBadge } from '../components/LevelBadge';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { ResultChart } from '../components/ResultChart';
import { SignalList } from '../components/SignalList';
import { VakSummary } from '../components/VakSummary';
import { useI18n } from '../i18n';
import { usePupilZorg } from '../api/zorg';
import { ObservationsPanel } from './ObservationsPanel';
import { VakFigures } from './opp/VakFigures';
import { PupilSeoSection } from './pupil/PupilSeoSection';
import { PupilZorgSection } from './pupil/PupilZorgSection';
import { PupilPrivacyPanel } from './privacy/PupilPrivacyPanel';
import { byVak, shortYear } from './pupil-results';

type Result = PupilDetail['results'][number];

/** The level as stored, or the engine's level computed from the norms (marked as such). */
function ResultLevel({ result, analysis }: { result: Result; analysis: VakAnalysis | undefined }) {
  const { t } = useI18n();
  const enriched = analysis?.history.find((h) => h.id === result.id);
  if (result.niveau || !enriched?.level) return <LevelBadge level={result.niveau} size="sm" />;
  return (
    <Group gap={4} wrap="nowrap">
      <LevelBadge level={enriched.level} size="sm" />
      <Text size="xs" c="dimmed" title={t.analysis.levelFromNorms}>
        ({t.analysis.computed})
      </Text>
    </Group>
  );
}

/** Where the pupil has an OPP for this vak: its expected line beside the real one, in DLE. */
function OppLine({
  opp,
  view,
  analysis,
}: {
  opp: OppResponse;
  view: OppVakView;
  analysis: VakAnalysis | undefined;
}) {
  const { t } = useI18n();
  const vakLabel = t.vakken[view.vak] ?? view.vak;
  return (
    <Stack gap={4} mt="sm" className="pupil-opp-line">
      <Text size="sm" fw={600}>
        {t.pupilZorg.oppChart}
      </Text>
      <Text size="xs" c="dimmed">
        {t.pupilZorg.oppChartIntro(t.opp.statuses[opp.status])}
      </Text>
      <VakFigures view={view} history={analysis?.history ?? null} vakLabel={vakLabel} compact />
    </Stack>
  );
}

function VakResults({
  vak,
  results,
  analysis,
  opp,
}: {
  vak: string;
  results: Result[];
  analysis: VakAnalysis | undefined;
  opp: OppResponse | undefined;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const vakLabel = t.vakken[vak] ?? vak;
  const points = results
    .filter((r) => r.vaardigheidsscore !== null)
    .map((r) => ({
      label: `${r.moment} '${shortYear(r.schooljaar)}`,
      score: r.vaardigheidsscore ?? 0,
      niveau: r.niveau,
    }));
  const latest = results.at(-1);
  const toetsen = [...new Map(results.map((r) => [r.toets.id, r.toets])).values()];
  const severalToetsen = toetsen.length > 1;
  // Only where the OPP sets an expectation for this vak: a baseline alone draws no expected line.
  const oppView = opp?.perVak.find(
    (v) => v.vak === vak && ((v.baseline !== null && v.lrv !== null) || v.avi.length > 0),
  );
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Title order={3} size="h4">
          {vakLabel}
        </Title>
        {latest && <LevelBadge level={latest.niveau} size="lg" />}
      </Group>
      {!severalToetsen && toetsen[0] && (
        <Text size="xs" c="dimmed" mb="xs">
          {t.pupil.toetsLine(toetsen[0].name, toetsen[0].publisher, toetsen[0].version)}
        </Text>
      )}
      {analysis && <VakSummary analysis={analysis} />}
      <ResultChart points={points} label={t.pupil.chartLabel(vakLabel)} />
      {opp && oppView && <OppLine opp={opp} view={oppView} analysis={analysis} />}
      <Table mt="sm" verticalSpacing={4} fz="sm">
        <Table.Caption>{t.pupil.tableCaption(vakLabel)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.pupil.moment}</Table.Th>
            <Table.Th scope="col">{t.pupil.date}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t.pupil.score}
            </Table.Th>
            <Table.Th scope="col">{t.pupil.level}</Table.Th>
            {severalToetsen && <Table.Th scope="col">{t.pupil.toets}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...results].reverse().map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                {r.moment}{' '}
                <Text span size="xs" c="dimmed">
                  {shortYear(r.schooljaar)}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(r.afnamedatum)}</Table.Td>
              <Table.Td ta="right">{formatNumber(r.vaardigheidsscore)}</Table.Td>
              <Table.Td>
                <ResultLevel result={r} analysis={analysis} />
              </Table.Td>
              {severalToetsen && <Table.Td>{`${r.toets.name} ${r.toets.version}`}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function PupilFacts({ data }: { data: PupilDetail }) {
  const { t, formatDate } = useI18n();
  const p = data.pupil;
  return (
    <Group gap="xl" wrap="wrap">
      <Text size="sm">
        <Text span c="dimmed">
          {t.pupil.born}:{' '}
        </Text>
        {formatDate(p.geboortedatum)}
      </Text>
      <Text size="sm">
        <Text span c="dimmed">
          {t.pupil.lasKey}:{' '}
        </Text>
        {p.lasKey}{' '}
        {!p.lasKeyStable && (
          <Badge color="orange" variant="light" size="sm">
            {t.pupil.unstableKey}
          </Badge>
        )}
      </Text>
      <Text size="sm">
        <Text span c="dimmed">
          {t.pupil.groep3Start}:{' '}
        </Text>
        {formatDate(p.groep3Start)}
      </Text>
    </Group>
  );
}

export function PupilPage() {
  const { pupilId = '' } = useParams();
  const { t } = useI18n();
  const pupil = usePupil(pupilId);
  const analysis = usePupilAnalysis(pupilId);
  const analysisOf = (vak: string) => analysis.data?.vakken.find((v) => v.vak === vak);
  const mayReadZorg = pupil.data?.abilities.includes('zorg.read') ?? false;
  const zorg = usePupilZorg(pupilId, mayReadZorg);
  const currentOpp = zorg.data?.opps.find((o) => o.status !== 'beeindigd');
  const opp = useOpp(currentOpp?.id ?? '', currentOpp !== undefined);
  return (
    <QueryState query={pupil}>
      {(data) => {
        const current = data.pupil.groups[0];
        return (
          <Stack gap="lg">
            <PageHeader
              title={data.pupil.name}
              subtitle={
                current
                  ? `${current.name} · ${current.schooljaar} · ${data.pupil.school.name}`
                  : data.pupil.school.name
              }
              crumbs={[
                { label: t.app.home, to: '/' },
                ...(current ? [{ label: current.name, to: `/groepen/${current.id}` }] : []),
                { label: data.pupil.name },
              ]}
            />
            <PupilFacts data={data} />
            <Anchor
              href={downloadHref(`/pupils/${data.pupil.id}/oso.xml`)}
              size="sm"
              download
              className="no-print"
            >
              {t.exports.oso}
            </Anchor>
            {analysis.data && <SignalList signals={analysis.data.signals} />}
            {zorg.data && <PupilZorgSection zorg={zorg.data} />}
            <Title order={2} size="h3">
              {t.pupil.results}
            </Title>
            {data.results.length === 0 ? (
              <Text c="dimmed">{t.pupil.noResults}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                {byVak(data.results).map(([vak, results]) => (
                  <VakResults
                    key={vak}
                    vak={vak}
                    results={results}
                    analysis={analysisOf(vak)}
                    opp={opp.data}
                  />
                ))}
              </SimpleGrid>
            )}
            <PupilSeoSection pupilId={data.pupil.id} />
            <ObservationsPanel data={data} />
            <PupilPrivacyPanel
              pupil={data.pupil}
              abilities={data.abilities}
              leaveTo={current ? `/groepen/${current.id}` : '/'}
            />
          </Stack>
        );
      }}
    </QueryState>
  );
}
