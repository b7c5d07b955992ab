import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCreateTeambespreking, useSchooloverzicht, useTeambesprekingen } from '../../api/ogw';
import type { Schooloverzicht } from '../../api/types';
import { DownloadLinks } from '../../components/DownloadLinks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { CellDrawer } from './CellDrawer';
import { VERDICT_TONE } from './format';
import { OgwLegend, VERDICT_LEGEND, type LegendItem } from './OgwLegend';
import { WelzijnAmbitions } from './WelzijnAmbitions';
import { OverzichtGrid } from './OverzichtGrid';

type Verdict = Schooloverzicht['cells'][number]['figures'][number]['verdict'];

/** A bar (signaleringswaarde or ambition) with how the pooled share stands against it. */
function AgainstBar({ value, verdict }: { value: string; verdict: Verdict }) {
  const { t } = useI18n();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">{value}</Text>
      {verdict && verdict !== 'geen-gegevens' && (
        <Badge size="sm" variant="light" tt="none" className={`verdict-badge ${VERDICT_TONE[verdict]}`}>
          {t.overzicht.againstBar[verdict] ?? verdict}
        </Badge>
      )}
    </Group>
  );
}

function Referentie({ data }: { data: Schooloverzicht }) {
  const { t, formatNumber } = useI18n();
  const o = t.overzicht;
  const pct = (v: number | null) => (v === null ? '–' : `${formatNumber(v * 100)} %`);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb={4}>
        {o.referentie}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {o.referentieIntro}
      </Text>
      {data.referentie.length === 0 ? (
        <Text size="sm">{o.noReferentie}</Text>
      ) : (
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{o.indicator}</Table.Th>
              <Table.Th scope="col">{o.referentiePupils}</Table.Th>
              <Table.Th scope="col">{o.share}</Table.Th>
              <Table.Th scope="col">{o.signaleringswaarde}</Table.Th>
              <Table.Th scope="col">{o.ambition}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.referentie.map((r) => (
              <Table.Tr key={`${r.vak}-${r.indicator}`}>
                <Table.Th scope="row" fw={500}>{`${t.vakken[r.vak] ?? r.vak} ≥ ${r.indicator}`}</Table.Th>
                <Table.Td>
                  {o.pupils(r.n)}
                  <Text size="xs" c="dimmed">
                    {r.schooljaren.join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {r.suppressed ? o.suppressed : pct(r.share)}
                  {r.interval && (
                    <Text size="xs" c="dimmed">
                      {o.interval(pct(r.interval.low), pct(r.interval.high))}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <AgainstBar value={pct(r.signaleringswaarde)} verdict={r.signaleringVerdict} />
                </Table.Td>
                <Table.Td>
                  <AgainstBar value={pct(r.ambition)} verdict={r.ambitionVerdict} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** The legend of what this overview shows: the verdicts always, the other terms where they occur. */
function legendOf(data: Schooloverzicht): LegendItem[] {
  const figures = data.cells.flatMap((c) => c.figures);
  const has = (test: (f: (typeof figures)[number]) => boolean) => figures.some(test);
  return [
    ...VERDICT_LEGEND,
    ...(has((f) => f.direction === 'atMost') ? (['atMost'] as const) : []),
    ...(has((f) => f.kind === 'atOrAbove') ? (['share'] as const) : []),
    ...(has((f) => f.kind === 'meanAtLeastNorm') ? (['vs'] as const) : []),
    'sparkline',
    ...(has((f) => f.suppressed) ? (['suppressed'] as const) : []),
  ];
}

function Words({ data }: { data: Schooloverzicht }) {
  const { t } = useI18n();
  const o = t.overzicht;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="xs">
        {o.words}
      </Title>
      {data.words.length === 0 && <Text size="sm">{o.noWords}</Text>}
      <Stack gap="xs">
        {data.words.map((w) => (
          <div key={w.id}>
            <Text size="sm" fw={500}>
              {w.text}
            </Text>
            <Text size="sm" c={w.evaluation ? undefined : 'dimmed'}>
              {`${o.evaluation}: ${w.evaluation ?? o.notEvaluated}`}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function Teambesprekingen({ data }: { data: Schooloverzicht }) {
  const { t, formatDate } = useI18n();
  const o = t.overzicht;
  const navigate = useNavigate();
  const list = useTeambesprekingen(data.schoolId, data.abilities.includes('group.read'));
  const create = useCreateTeambespreking(data.schoolId);
  const [heldOn, setHeldOn] = useState(() => new Date().toISOString().slice(0, 10));
  if (!data.abilities.includes('group.read')) return null;
  const start = async () => {
    const made = await create.mutateAsync({ schooljaar: data.schooljaar, moment: data.moment, heldOn });
    await navigate(`/teambesprekingen/${made.id}`);
  };
  return (
    <Paper withBorder radius="md" p="md" className="no-print">
      <Title order={2} size="h4" mb="xs">
        {o.teambesprekingen}
      </Title>
      <Stack gap={4} mb="sm">
        {list.data?.items.length === 0 && <Text size="sm">{o.noTeambesprekingen}</Text>}
        {list.data?.items.map((b) => (
          <Anchor component={Link} to={`/teambesprekingen/${b.id}`} key={b.id} size="sm">
            {`${formatDate(b.heldOn)} · ${b.schooljaar} ${b.moment}`}
          </Anchor>
        ))}
      </Stack>
      {data.abilities.includes('teambespreking.write') && (
        <Group align="flex-end">
          <TextInput
            type="date"
            label={o.heldOn}
            value={heldOn}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
          />
          <Button onClick={() => void start()} loading={create.isPending}>
            {o.newTeambespreking}
          </Button>
        </Group>
      )}
      {create.error && <ErrorAlert error={create.error} />}
    </Paper>
  );
}

/** The ways on: ambitions, trends, satisfaction, print and the spreadsheet of what is shown. */
function OverzichtActions({ data }: { data: Schooloverzicht }) {
  const { t } = useI18n();
  const o = t.overzicht;
  return (
    <Stack gap={6} align="flex-start" className="no-print">
      <Group gap="xs">
        <Button
          component={Link}
          to={`/scholen/${data.schoolId}/ambities?schooljaar=${data.schooljaar}`}
          variant="default"
        >
          {o.ambitionsLink}
        </Button>
        <Button component={Link} to={`/scholen/${data.schoolId}/trends`} variant="default">
          {o.trendsLink}
        </Button>
        <Button component={Link} to={`/scholen/${data.schoolId}/tevredenheid`} variant="default">
          {t.tevredenheid.link}
        </Button>
        <Button component={Link} to={`/scholen/${data.schoolId}/veiligheid`} variant="default">
          {t.veiligheid.link}
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          {o.print}
        </Button>
      </Group>
      <DownloadLinks
        label={o.title}
        base={`/schools/${data.schoolId}/schooloverzicht/export?schooljaar=${data.schooljaar}&moment=${data.moment}`}
      />
    </Stack>
  );
}

/** Schooljaar and moment of the overview, kept in the address. */
function OverzichtFilters({
  data,
  set,
}: {
  data: Schooloverzicht;
  set: (key: string, value: string) => void;
}) {
  const { t } = useI18n();
  const o = t.overzicht;
  return (
    <Group className="no-print">
      <Select
        label={o.schooljaar}
        w={160}
        allowDeselect={false}
        value={data.schooljaar}
        data={data.schooljaren}
        onChange={(v) => v && set('schooljaar', v)}
      />
      {data.moments.length > 0 && (
        <div>
          <Text size="sm" fw={500} mb={4} id="moment-label">
            {o.moment}
          </Text>
          <SegmentedControl
            aria-labelledby="moment-label"
            value={data.moment}
            onChange={(v) => set('moment', v)}
            data={data.moments.map((m) => ({ value: m, label: o.moments[m] ?? m }))}
          />
        </div>
      )}
    </Group>
  );
}

export function SchooloverzichtPage() {
  const { t } = useI18n();
  const o = t.overzicht;
  const { schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const overzicht = useSchooloverzicht(schoolId, params.get('schooljaar'), params.get('moment'));
  // The open cell by its place, not its object: a refetch (another tab, a new ambition) must reach the drawer.
  const [open, setOpen] = useState<{ jaargroep: number; vak: string } | null>(null);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  return (
    <QueryState query={overzicht}>
      {(data) => (
        <Stack gap="md" className="overzicht-page">
          <PageHeader
            title={o.title}
            subtitle={`${data.schoolName} · ${o.intro}`}
            crumbs={[{ label: t.app.home, to: '/' }, { label: o.title }]}
            actions={<OverzichtActions data={data} />}
          />
          <OverzichtFilters data={data} set={set} />
          <OverzichtGrid data={data} onOpen={(c) => setOpen({ jaargroep: c.jaargroep, vak: c.vak })} />
          <OgwLegend items={legendOf(data)} />
          <CellDrawer
            data={data}
            cell={
              open
                ? (data.cells.find((c) => c.jaargroep === open.jaargroep && c.vak === open.vak) ?? null)
                : null
            }
            onClose={() => setOpen(null)}
          />
          <Referentie data={data} />
          <Words data={data} />
          <WelzijnAmbitions schoolId={schoolId} schooljaar={data.schooljaar} allowEdit={false} />
          <Teambesprekingen data={data} />
        </Stack>
      )}
    </QueryState>
  );
}
