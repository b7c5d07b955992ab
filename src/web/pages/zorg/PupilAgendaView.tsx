import { Anchor, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PupilAgenda } from '../../api/zorg';
import { LevelBadge } from '../../components/LevelBadge';
import { ResultChart } from '../../components/ResultChart';
import { SignalLines } from '../../components/SignalText';
import { VakSummary } from '../../components/VakSummary';
import { useI18n } from '../../i18n';
import { shortYear } from '../pupil-results';
import { Section, ZorgniveauLine } from './agenda-parts';
import { OppOnAgendaBlock } from './OppOnAgendaBlock';

type VakEntry = PupilAgenda['vakken'][number];

const HISTORY_ROWS = 6;

/** One vak: the engine's facts, the line of scores, and the same numbers as a table for screen readers. */
function VakCard({ entry }: { entry: VakEntry }) {
  const { t, formatNumber } = useI18n();
  const l = t.bespreking.leerling;
  const vak = t.vakken[entry.vak] ?? entry.vak;
  const points = entry.history
    .filter((h) => h.score !== null)
    .map((h) => ({ label: `${h.moment} '${shortYear(h.schooljaar)}`, score: h.score ?? 0, niveau: h.level }));
  const rows = entry.history.slice(-HISTORY_ROWS).reverse();
  return (
    <Paper withBorder radius="md" p="sm" className="agenda-card">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Title order={4} size="h6">
          {vak}
        </Title>
        <LevelBadge level={entry.current?.level ?? null} size="md" />
      </Group>
      <VakSummary analysis={entry} />
      <ResultChart points={points} label={l.chartLabel(vak)} />
      <Table verticalSpacing={2} fz="xs" mt="xs">
        <Table.Caption>{l.historyCaption(vak)}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{l.moment}</Table.Th>
            <Table.Th scope="col" ta="right">
              {l.score}
            </Table.Th>
            <Table.Th scope="col">{l.level}</Table.Th>
            <Table.Th scope="col" ta="right">
              {l.dle}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {l.leerrendement}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{`${h.moment} '${shortYear(h.schooljaar)}`}</Table.Td>
              <Table.Td ta="right">{formatNumber(h.score)}</Table.Td>
              <Table.Td>{h.level ?? t.bespreking.empty}</Table.Td>
              <Table.Td ta="right">{formatNumber(h.dle)}</Table.Td>
              <Table.Td ta="right">
                {h.leerrendement === null ? t.bespreking.empty : `${h.leerrendement}%`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function Groepsoverzicht({ entry }: { entry: NonNullable<PupilAgenda['groepsoverzicht']> }) {
  const { t } = useI18n();
  const l = t.bespreking.leerling;
  const fields = [
    [l.stimulerend, entry.stimulerend],
    [l.belemmerend, entry.belemmerend],
    [l.behoeftePedagogisch, entry.behoeftePedagogisch],
    [l.behoefteDidactisch, entry.behoefteDidactisch],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      {fields.map(([label, text]) => (
        <Stack gap={0} key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {text.trim() || t.bespreking.empty}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

function Observations({ observations }: { observations: PupilAgenda['observations'] }) {
  const { t, formatDate } = useI18n();
  const l = t.bespreking.leerling;
  const aspectLabel = (aspect: string) =>
    Object.entries(t.aspects).find(([key]) => key === aspect)?.[1] ?? aspect;
  if (observations.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {l.noObservations}
      </Text>
    );
  return (
    <List size="sm" spacing={2}>
      {observations.map((o, i) => (
        <List.Item key={`${o.observedOn}-${i}`}>
          {l.observationLine(
            aspectLabel(o.aspect),
            o.waardering === null ? t.bespreking.empty : (t.ratings[o.waardering] ?? String(o.waardering)),
            formatDate(o.observedOn),
          )}
          {o.toelichting && (
            <Text size="sm" c="dimmed" span>
              {` — ${o.toelichting}`}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

function Earlier({ earlier }: { earlier: PupilAgenda['earlier'] }) {
  const { t, formatDate } = useI18n();
  const l = t.bespreking.leerling;
  if (earlier.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {l.noEarlier}
      </Text>
    );
  return (
    <List size="sm" spacing={2}>
      {earlier.map((b) => (
        <List.Item key={b.id}>
          <Anchor component={Link} to={`/besprekingen/${b.id}`} size="sm">
            {l.earlierLine(
              t.zorg.kinds[b.kind] ?? b.kind,
              formatDate(b.heldOn ?? b.plannedOn),
              t.zorg.statuses[b.status] ?? b.status,
            )}
          </Anchor>
          {b.decision && (
            <Text size="sm" span>
              {` · ${t.bespreking.decisions[b.decision.code] ?? b.decision.code}`}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** The agenda of a leerlingbespreking or zorgteam: growth per vak, signals, needs, OPP, history. */
export function PupilAgendaView({ agenda }: { agenda: PupilAgenda }) {
  const { t } = useI18n();
  const l = t.bespreking.leerling;
  return (
    <Stack gap="md">
      <Section title={l.zorgniveau}>
        <ZorgniveauLine zorgniveau={agenda.zorgniveau} />
      </Section>
      <Section title={l.growth}>
        {agenda.vakken.length === 0 ? (
          <Text size="sm" c="dimmed">
            {l.noResults}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm" className="agenda-vakken">
            {agenda.vakken.map((entry) => (
              <VakCard key={entry.vak} entry={entry} />
            ))}
          </SimpleGrid>
        )}
      </Section>
      <Section title={l.signals}>
        {agenda.signals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t.analysis.noSignals}
          </Text>
        ) : (
          <SignalLines signals={agenda.signals} />
        )}
      </Section>
      <Section
        title={
          agenda.groepsoverzicht
            ? l.groepsoverzicht(agenda.groepsoverzicht.group.name, agenda.groepsoverzicht.periode.name)
            : l.groepsoverzichtTitle
        }
      >
        {agenda.groepsoverzicht ? (
          <Groepsoverzicht entry={agenda.groepsoverzicht} />
        ) : (
          <Text size="sm" c="dimmed">
            {l.noGroepsoverzicht}
          </Text>
        )}
      </Section>
      <Section title={l.observations}>
        <Observations observations={agenda.observations} />
      </Section>
      <Section title={l.opp}>
        {agenda.opp ? (
          <OppOnAgendaBlock entry={agenda.opp} />
        ) : (
          <Text size="sm" c="dimmed">
            {l.noOpp}
          </Text>
        )}
      </Section>
      <Section title={l.earlier}>
        <Earlier earlier={agenda.earlier} />
      </Section>
    </Stack>
  );
}
