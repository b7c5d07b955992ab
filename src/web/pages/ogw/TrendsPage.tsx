import { Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { useTrends } from '../../api/ogw';
import { useSchool } from '../../api/queries';
import type { Trends } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { OgwLegend, type LegendItem } from './OgwLegend';
import { TrendChart } from './TrendChart';
import { VeiligheidTrend } from '../veiligheid/VeiligheidTrend';
import { UitstroomCohorts } from './UitstroomCohorts';

function PointsTable({ data }: { data: Trends }) {
  const { t, formatNumber } = useI18n();
  const tr = t.trends;
  const show = (v: number | null) =>
    v === null ? '–' : data.measure === 'share' ? `${formatNumber(v * 100)} %` : formatNumber(v);
  return (
    <Table fz="sm">
      <Table.Caption>{tr.table}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{tr.point}</Table.Th>
          <Table.Th scope="col">{tr.version}</Table.Th>
          <Table.Th scope="col">{tr.n}</Table.Th>
          <Table.Th scope="col">{tr.value}</Table.Th>
          <Table.Th scope="col">{tr.interval}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.segments.flatMap((s) =>
          s.points.map((p) => (
            <Table.Tr key={`${s.versionKey}-${p.schooljaar}-${p.jaargroep}`}>
              <Table.Th scope="row" fw={500}>
                {tr.pointLabel(p.schooljaar, p.jaargroep, p.moment)}
              </Table.Th>
              <Table.Td>{s.versionKey}</Table.Td>
              <Table.Td>{p.n}</Table.Td>
              <Table.Td>{p.suppressed ? tr.suppressed : show(p.value)}</Table.Td>
              <Table.Td>{p.interval ? `${show(p.interval.low)} – ${show(p.interval.high)}` : '–'}</Table.Td>
            </Table.Tr>
          )),
        )}
      </Table.Tbody>
    </Table>
  );
}

function CohortTable({ data }: { data: Trends }) {
  const { t } = useI18n();
  const tr = t.trends;
  if (!data.cohort) return null;
  return (
    <Table fz="sm">
      <Table.Caption>{tr.cohortTable}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t.overzicht.schooljaar}</Table.Th>
          <Table.Th scope="col">{tr.expected}</Table.Th>
          <Table.Th scope="col">{tr.members}</Table.Th>
          <Table.Th scope="col">{tr.repeaters}</Table.Th>
          <Table.Th scope="col">{tr.left}</Table.Th>
          <Table.Th scope="col">{tr.instroom}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.cohort.map((c) => (
          <Table.Tr key={c.schooljaar}>
            <Table.Th scope="row" fw={500}>
              {c.schooljaar}
            </Table.Th>
            <Table.Td>{c.expectedJaargroep}</Table.Td>
            <Table.Td>{c.members}</Table.Td>
            <Table.Td>{c.repeaters}</Table.Td>
            <Table.Td>{c.left}</Table.Td>
            <Table.Td>{c.instroom}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type TrendQuery = {
  kind: string;
  vak: string;
  moment: string;
  jaargroep: string | null;
  measure: string;
  schooljaar: string | null;
};

/** The kind of trend, with what it says about the school. */
function KindChoice({ kind, onChange }: { kind: string; onChange: (kind: string) => void }) {
  const { t } = useI18n();
  const tr = t.trends;
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id="trend-kind">
        {tr.kind}
      </Text>
      <SegmentedControl
        aria-labelledby="trend-kind"
        value={kind}
        onChange={onChange}
        data={['jaargroep', 'cohort', 'dwarsdoorsnede'].map((k) => ({
          value: k,
          label: tr.kinds[k] ?? k,
        }))}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {tr.kindHelp[kind]}
      </Text>
    </div>
  );
}

/** Which trend: its kind, vak, moment, jaargroep (or start year) and measure, kept in the address. */
function TrendFilters(props: {
  query: TrendQuery;
  years: string[];
  set: (key: string, value: string) => void;
}) {
  const { t } = useI18n();
  const tr = t.trends;
  const { query, years, set } = props;
  const { kind } = query;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <KindChoice kind={kind} onChange={(v) => set('kind', v)} />
        <Group>
          <Select
            label={t.ambities.vak}
            w={200}
            allowDeselect={false}
            value={query.vak}
            data={Object.entries(t.vakken).map(([value, label]) => ({ value, label }))}
            onChange={(v) => v && set('vak', v)}
          />
          <Select
            label={t.overzicht.moment}
            w={150}
            allowDeselect={false}
            value={query.moment}
            data={['B', 'M', 'E'].map((m) => ({ value: m, label: t.overzicht.moments[m] ?? m }))}
            onChange={(v) => v && set('moment', v)}
          />
          {kind !== 'dwarsdoorsnede' && (
            <Select
              label={kind === 'cohort' ? tr.startJaargroep : t.ambities.jaargroep}
              w={150}
              allowDeselect={false}
              value={query.jaargroep}
              data={['3', '4', '5', '6', '7', '8'].map((j) => ({
                value: j,
                label: t.overzicht.jaargroep(Number(j)),
              }))}
              onChange={(v) => v && set('jaargroep', v)}
            />
          )}
          {kind !== 'jaargroep' && years.length > 0 && (
            <Select
              label={kind === 'cohort' ? tr.startYear : t.overzicht.schooljaar}
              w={170}
              allowDeselect={false}
              value={query.schooljaar ?? years.at(-1) ?? null}
              data={years}
              onChange={(v) => v && set('schooljaar', v)}
            />
          )}
          <Select
            label={tr.measure}
            w={240}
            allowDeselect={false}
            value={query.measure}
            data={['share', 'mean'].map((m) => ({ value: m, label: tr.measures[m] ?? m }))}
            onChange={(v) => v && set('measure', v)}
          />
        </Group>
      </Stack>
    </Paper>
  );
}

function TrendResult({ data }: { data: Trends }) {
  const { t } = useI18n();
  const tr = t.trends;
  if (data.segments.length === 0) return <Text c="dimmed">{tr.empty}</Text>;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        {`${t.vakken[data.vak] ?? data.vak} · ${tr.measureLabel[data.measure]}`}
      </Title>
      <TrendChart data={data} />
      {data.breaks.map((b) => (
        <Text size="sm" key={b.schooljaar} className="cycle-missing">
          {`${t.overzicht.versionBreak(b.schooljaar)}: ${b.fromVersion} → ${b.toVersion}`}
        </Text>
      ))}
      <PointsTable data={data} />
      <CohortTable data={data} />
    </Paper>
  );
}

/** What the chart's marks and words mean: the band, the measure, a version change, a hidden point. */
function legendOf(data: Trends): LegendItem[] {
  const points = data.segments.flatMap((s) => s.points);
  return [
    'band',
    'interval',
    data.measure === 'share' ? 'share' : 'vs',
    ...(data.breaks.length > 0 ? (['arrows'] as const) : []),
    ...(points.some((p) => p.suppressed) ? (['suppressed'] as const) : []),
  ];
}

export function TrendsPage() {
  const { t } = useI18n();
  const tr = t.trends;
  const { schoolId = '' } = useParams();
  const school = useSchool(schoolId);
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? 'jaargroep';
  const years = (school.data?.schooljaren ?? []).map((y) => y.name).sort();
  const query: TrendQuery = {
    kind,
    vak: params.get('vak') ?? 'rekenen-wiskunde',
    moment: params.get('moment') ?? 'E',
    jaargroep:
      kind === 'dwarsdoorsnede' ? null : (params.get('jaargroep') ?? (kind === 'cohort' ? '3' : '5')),
    measure: params.get('measure') ?? 'share',
    schooljaar: params.get('schooljaar') ?? (kind === 'cohort' ? (years[0] ?? null) : null),
  };
  const trends = useTrends(schoolId, query);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (key === 'kind') next.delete('schooljaar');
    setParams(next);
  };
  return (
    <Stack gap="md">
      <PageHeader
        title={tr.title}
        subtitle={school.data ? `${school.data.school.name} · ${tr.intro}` : tr.intro}
        crumbs={[
          { label: t.app.home, to: '/' },
          { label: t.overzicht.title, to: `/scholen/${schoolId}/schooloverzicht` },
          { label: tr.title },
        ]}
      />
      <TrendFilters query={query} years={years} set={set} />
      <QueryState query={trends}>
        {(data) => (
          <>
            <TrendResult data={data} />
            {data.segments.length > 0 && <OgwLegend items={legendOf(data)} />}
          </>
        )}
      </QueryState>
      <UitstroomCohorts schoolId={schoolId} />
      <VeiligheidTrend schoolId={schoolId} />
    </Stack>
  );
}
