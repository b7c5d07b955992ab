import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAmbitions, useCopyAmbitions } from '../../api/ogw';
import type { AmbitionList } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { AmbitionForm } from './AmbitionForm';
import { EditDialog, type Edit } from './AmbitionEditDialog';
import { goalLabel, targetShare } from './format';

type Amb = AmbitionList['ambitions'][number];

/** The buttons of an active ambition: change its share (or evaluate one in words), or drop it. */
function ManageButtons({ amb, onEdit }: { amb: Amb; onEdit: (e: Edit) => void }) {
  const { t } = useI18n();
  const a = t.ambities;
  if (amb.status !== 'actief') return null;
  return (
    <Group gap={4} wrap="nowrap">
      {amb.target.kind === 'woorden' ? (
        <Button size="compact-xs" variant="light" onClick={() => onEdit({ ambition: amb, mode: 'evaluate' })}>
          {a.evaluate}
        </Button>
      ) : (
        targetShare(amb.target) !== null && (
          <Button size="compact-xs" variant="light" onClick={() => onEdit({ ambition: amb, mode: 'change' })}>
            {a.change}
          </Button>
        )
      )}
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        onClick={() => onEdit({ ambition: amb, mode: 'drop' })}
      >
        {a.drop}
      </Button>
    </Group>
  );
}

/** Every version of the ambition, newest first, with why it changed and who decided. */
function HistoryRow({ amb, colSpan }: { amb: Amb; colSpan: number }) {
  const { t, formatNumber, formatDate } = useI18n();
  const a = t.ambities;
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Stack gap={2}>
          {amb.history.map((h) => (
            <Text size="xs" key={h.version}>
              <strong>
                {a.historyLine(
                  h.version,
                  a.actions[h.action] ?? h.action,
                  h.changedBy,
                  formatDate(h.changedAt),
                )}
              </strong>
              {` · ${goalLabel(h.target, t, formatNumber)} · ${h.reason} (${h.decidedBy})`}
            </Text>
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function AmbitionRow(props: {
  amb: Amb;
  canManage: boolean;
  historyOpen: boolean;
  onHistory: () => void;
  onEdit: (e: Edit) => void;
}) {
  const { t, formatNumber } = useI18n();
  const a = t.ambities;
  const { amb, canManage } = props;
  return (
    <>
      <Table.Tr className={amb.status === 'vervallen' ? 'left-pupil' : undefined}>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {amb.vak ? (t.vakken[amb.vak] ?? amb.vak) : a.all}
        </Table.Td>
        <Table.Td>{amb.jaargroep ? t.overzicht.jaargroep(amb.jaargroep) : '–'}</Table.Td>
        <Table.Td>{amb.moment ?? '–'}</Table.Td>
        <Table.Td>
          {goalLabel(amb.target, t, formatNumber)}
          {amb.status === 'vervallen' && (
            <Badge ml="xs" size="sm" variant="light" className="tone-open">
              {a.dropped}
            </Badge>
          )}
          {amb.evaluation && (
            <Text size="xs" c="dimmed">
              {amb.evaluation}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={props.onHistory}
            aria-expanded={props.historyOpen}
          >
            {`${a.history} (${amb.history.length})`}
          </Button>
        </Table.Td>
        {canManage && (
          <Table.Td>
            <ManageButtons amb={amb} onEdit={props.onEdit} />
          </Table.Td>
        )}
      </Table.Tr>
      {props.historyOpen && <HistoryRow amb={amb} colSpan={canManage ? 6 : 5} />}
    </>
  );
}

function AmbitionTable({ data, onEdit }: { data: AmbitionList; onEdit: (e: Edit) => void }) {
  const { t } = useI18n();
  const a = t.ambities;
  const [openHistory, setOpenHistory] = useState<string | null>(null);
  const canManage = data.abilities.includes('ambition.manage');
  if (data.ambitions.length === 0)
    return (
      <Text p="md" c="dimmed">
        {a.none}
      </Text>
    );
  return (
    <Table verticalSpacing={6} miw={820}>
      <Table.Caption>{a.caption(data.schooljaar)}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{a.vak}</Table.Th>
          <Table.Th scope="col">{a.jaargroep}</Table.Th>
          <Table.Th scope="col">{a.moment}</Table.Th>
          <Table.Th scope="col">{a.target}</Table.Th>
          <Table.Th scope="col">{a.history}</Table.Th>
          {canManage && <Table.Th scope="col" />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.ambitions.map((amb) => (
          <AmbitionRow
            key={amb.id}
            amb={amb}
            canManage={canManage}
            historyOpen={openHistory === amb.id}
            onHistory={() => setOpenHistory(openHistory === amb.id ? null : amb.id)}
            onEdit={onEdit}
          />
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The Inspectie's signaleringswaarden for this school, beside the groep 8 ambitions. */
function Signaleringswaarden({ s }: { s: AmbitionList['signaleringswaarden'] }) {
  const { t, formatNumber } = useI18n();
  const a = t.ambities;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h5" mb={4}>
        {a.signalering}
      </Title>
      <Text size="sm">{a.signalering1F(`${formatNumber(s.ref1F * 100)} %`)}</Text>
      <Text size="sm">
        {s.ref2F !== null && s.schoolweging !== null
          ? a.signalering2F(`${formatNumber(s.ref2F * 100)} %`, formatNumber(s.schoolweging))
          : a.signalering2FMissing}
      </Text>
      {s.source && (
        <Text size="xs" c="dimmed">
          {s.source}
        </Text>
      )}
    </Paper>
  );
}

type CopyMutation = ReturnType<typeof useCopyAmbitions>;

/** The schooljaar to show, and for who manages: last year's ambitions into this one. */
function YearActions({ data, copy }: { data: AmbitionList; copy: CopyMutation }) {
  const { t } = useI18n();
  const [, setParams] = useSearchParams();
  const previous = data.schooljaren.find((y) => y < data.schooljaar);
  return (
    <Group align="flex-end" className="no-print">
      <Select
        label={t.overzicht.schooljaar}
        w={160}
        allowDeselect={false}
        value={data.schooljaar}
        data={data.schooljaren}
        onChange={(v) => v && setParams({ schooljaar: v })}
      />
      {data.abilities.includes('ambition.manage') && previous && (
        <Button
          variant="default"
          loading={copy.isPending}
          onClick={() => copy.mutate({ from: previous, to: data.schooljaar })}
        >
          {t.ambities.copy(previous)}
        </Button>
      )}
    </Group>
  );
}

export function AmbitionsPage() {
  const { t } = useI18n();
  const a = t.ambities;
  const { schoolId = '' } = useParams();
  const [params] = useSearchParams();
  const ambitions = useAmbitions(schoolId, params.get('schooljaar'));
  const copy = useCopyAmbitions(schoolId);
  const [edit, setEdit] = useState<Edit | null>(null);
  return (
    <QueryState query={ambitions}>
      {(data) => (
        <Stack gap="md">
          <PageHeader
            title={a.title}
            subtitle={a.intro}
            crumbs={[
              { label: t.app.home, to: '/' },
              {
                label: t.overzicht.title,
                to: `/scholen/${schoolId}/schooloverzicht?schooljaar=${data.schooljaar}`,
              },
              { label: a.title },
            ]}
            actions={<YearActions data={data} copy={copy} />}
          />
          {copy.data && (
            <Alert variant="light" color="teal" role="status">
              {a.copied(copy.data.copied, copy.data.skipped)}
            </Alert>
          )}
          {copy.error && <ErrorAlert error={copy.error} />}
          {!data.abilities.includes('ambition.manage') && <Text c="dimmed">{a.readOnly}</Text>}
          <Signaleringswaarden s={data.signaleringswaarden} />
          {data.abilities.includes('ambition.manage') && (
            <AmbitionForm schoolId={schoolId} schooljaar={data.schooljaar} />
          )}
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <AmbitionTable data={data} onEdit={setEdit} />
          </Paper>
          <EditDialog key={edit?.ambition.id ?? 'none'} edit={edit} onClose={() => setEdit(null)} />
        </Stack>
      )}
    </QueryState>
  );
}
