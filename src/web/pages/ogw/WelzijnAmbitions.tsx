/**
 * Ambitions on social safety and satisfaction: each with its outcome (share, N, 90 % interval) and
 * verdict for the schooljaar, and for who manages ambitions a small form to set one and a button to
 * drop one. Shown on the ambitions page (to set) and in the schooloverzicht (to read).
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import {
  useDeleteWelzijnAmbition,
  useSetWelzijnAmbition,
  useWelzijnAmbitions,
  type SetWelzijnAmbition,
  type WelzijnAmbition,
  type WelzijnAmbitionList,
} from '../../api/welzijn-ambities';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { VERDICT_TONE } from './format';

type Measure = SetWelzijnAmbition['measure'];

function useTexts() {
  const { t, formatNumber } = useI18n();
  const w = t.welzijnAmbities;
  const pct = (share: number) => `${formatNumber(share * 100)} %`;
  const describe = (a: WelzijnAmbition) => {
    const target = `${formatNumber(a.minPercent)} %`;
    return a.measure.source === 'seo'
      ? (w.seo[a.measure.domain]?.(target) ?? a.measure.domain)
      : w.survey(target, a.measure.groep, a.measure.thema);
  };
  return { t, w, pct, describe };
}

function Outcome({ a, minCellSize }: { a: WelzijnAmbition; minCellSize: number }) {
  const { t, w, pct } = useTexts();
  const o = a.outcome;
  if (o.verdict === 'te-weinig' && o.n !== null) return <Text size="sm">{w.tooFew(o.n, minCellSize)}</Text>;
  if (o.share === null || o.n === null) return <Text size="sm">{w.noMeasurement}</Text>;
  return (
    <>
      <Text size="sm" fw={600}>
        {w.share(pct(o.share), o.n)}
      </Text>
      {o.interval && (
        <Text size="xs" c="dimmed">
          {t.overzicht.interval(pct(o.interval.low), pct(o.interval.high))}
        </Text>
      )}
    </>
  );
}

function VerdictBadge({ a }: { a: WelzijnAmbition }) {
  const { t, w } = useTexts();
  const v = a.outcome.verdict;
  const [label, tone] =
    v === 'te-weinig' ? [w.tooFewVerdict, 'tone-open'] : [t.overzicht.verdicts[v], VERDICT_TONE[v]];
  return (
    <Badge size="sm" variant="light" tt="none" className={`verdict-badge ${tone}`}>
      {label}
    </Badge>
  );
}

function AmbitionTable({ data, canManage }: { data: WelzijnAmbitionList; canManage: boolean }) {
  const { w, describe } = useTexts();
  const drop = useDeleteWelzijnAmbition();
  if (data.ambitions.length === 0) return <Text c="dimmed">{w.empty}</Text>;
  return (
    <>
      {drop.error && <ErrorAlert error={drop.error} />}
      <Table withTableBorder className="welzijn-ambities">
        <Table.Caption>{w.caption(data.schooljaar)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{w.ambition}</Table.Th>
            <Table.Th scope="col">{w.outcome}</Table.Th>
            <Table.Th scope="col">{w.verdict}</Table.Th>
            {canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>{w.remove}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.ambitions.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Th scope="row" fw={500}>
                {describe(a)}
              </Table.Th>
              <Table.Td>
                <Outcome a={a} minCellSize={data.minCellSize} />
              </Table.Td>
              <Table.Td>
                <VerdictBadge a={a} />
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={w.removeLabel(describe(a))}
                    loading={drop.isPending && drop.variables === a.id}
                    onClick={() => drop.mutate(a.id)}
                  >
                    {w.remove}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** The measures a team can choose: the two monitoring domains and every survey theme the school has. */
function measureOptions(data: WelzijnAmbitionList, w: ReturnType<typeof useTexts>['w']) {
  const options: { value: string; label: string; measure: Measure }[] = (
    ['veiligheid', 'welbevinden'] as const
  ).map((domain) => ({
    value: `seo:${domain}`,
    label: w.measureSeo[domain] ?? domain,
    measure: { source: 'seo', domain },
  }));
  for (const th of data.themas)
    options.push({
      value: `tevredenheid:${th.groep}:${th.key}`,
      label: w.measureSurvey(th.groep, th.thema),
      measure: { source: 'tevredenheid', groep: th.groep, thema: th.thema },
    });
  return options;
}

function AmbitionForm({ data, schoolId }: { data: WelzijnAmbitionList; schoolId: string }) {
  const { w } = useTexts();
  const save = useSetWelzijnAmbition(schoolId);
  const options = measureOptions(data, w);
  const [choice, setChoice] = useState<string>('seo:veiligheid');
  const [percent, setPercent] = useState<number | string>(90);
  const chosen = options.find((o) => o.value === choice);
  return (
    <Stack gap="xs" className="no-print">
      <Group align="flex-end">
        <Select
          label={w.measure}
          w={360}
          allowDeselect={false}
          value={choice}
          data={options.map(({ value, label }) => ({ value, label }))}
          onChange={(v) => v && setChoice(v)}
        />
        <NumberInput label={w.minPercent} w={130} min={1} max={100} value={percent} onChange={setPercent} />
        <Button
          loading={save.isPending}
          disabled={!chosen}
          onClick={() =>
            chosen &&
            save.mutate({ schooljaar: data.schooljaar, measure: chosen.measure, minPercent: Number(percent) })
          }
        >
          {w.save}
        </Button>
      </Group>
      {data.themas.length === 0 && (
        <Text size="xs" c="dimmed">
          {w.noThemes}
        </Text>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      {save.data && !save.isPending && (
        <Alert variant="light" color="teal" role="status">
          {w.saved(save.data.version)}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * The section: the school's welzijn ambitions of the schooljaar; the form only where editing is allowed
 * and for who manages them. A read-only place (the schooloverzicht) leaves out a section without any.
 */
export function WelzijnAmbitions({
  schoolId,
  schooljaar,
  allowEdit,
}: {
  schoolId: string;
  schooljaar: string;
  allowEdit: boolean;
}) {
  const { w } = useTexts();
  const query = useWelzijnAmbitions(schoolId, schooljaar);
  return (
    <QueryState query={query}>
      {(data) => {
        const canManage = allowEdit && data.abilities.includes('ambition.manage');
        if (!allowEdit && data.ambitions.length === 0) return null;
        return (
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="welzijn-ambities-title">
            <Title order={2} size="h5" mb={4} id="welzijn-ambities-title">
              {w.title}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {w.intro}
            </Text>
            <Stack gap="md">
              <AmbitionTable data={data} canManage={canManage} />
              {canManage && <AmbitionForm data={data} schoolId={schoolId} />}
            </Stack>
          </Paper>
        );
      }}
    </QueryState>
  );
}
