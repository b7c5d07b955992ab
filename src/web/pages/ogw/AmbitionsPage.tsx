import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Fragment, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useAmbitions, useChangeAmbition, useCopyAmbitions } from '../../api/ogw';
import type { Ambition, AmbitionList } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { AmbitionForm } from './AmbitionForm';
import { targetLabel, targetShare } from './format';

type Edit = { ambition: Ambition; mode: 'change' | 'drop' | 'evaluate' };

function EditDialog({ edit, onClose }: { edit: Edit | null; onClose: () => void }) {
  const { t } = useI18n();
  const a = t.ambities;
  const change = useChangeAmbition();
  const share = edit ? targetShare(edit.ambition.target) : null;
  const [percent, setPercent] = useState<number | null>(null);
  const [evaluation, setEvaluation] = useState('');
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  if (!edit) return null;
  const { ambition, mode } = edit;
  const submit = () => {
    const base = { id: ambition.id, version: ambition.version, reason, decidedBy };
    const target = ambition.target;
    const value = (percent ?? (share ?? 0) * 100) / 100;
    const next =
      mode === 'drop'
        ? { ...base, status: 'vervallen' as const }
        : mode === 'evaluate'
          ? { ...base, evaluation }
          : {
              ...base,
              target:
                'minShare' in target
                  ? { ...target, minShare: value }
                  : 'maxShare' in target
                    ? { ...target, maxShare: value }
                    : target,
            };
    change.mutate(next, { onSuccess: onClose });
  };
  const title = mode === 'drop' ? a.dropTitle : mode === 'evaluate' ? a.evaluate : a.editTitle;
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t.overzicht.close }}>
      <Stack gap="sm">
        <Text size="sm">{targetLabel(ambition.target, (n) => String(n))}</Text>
        {mode === 'change' && share !== null && (
          <NumberInput
            label={a.value}
            min={0}
            max={100}
            suffix=" %"
            value={percent ?? share * 100}
            onChange={(v) => setPercent(typeof v === 'number' ? v : null)}
            data-autofocus
          />
        )}
        {mode === 'evaluate' && (
          <Textarea
            label={a.evaluationLabel}
            autosize
            minRows={3}
            value={evaluation}
            onChange={(e) => setEvaluation(e.currentTarget.value)}
          />
        )}
        <TextInput
          label={a.reason}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <TextInput
          label={a.decidedBy}
          value={decidedBy}
          onChange={(e) => setDecidedBy(e.currentTarget.value)}
        />
        {change.error && <ErrorAlert error={change.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {a.cancel}
          </Button>
          <Button onClick={submit} loading={change.isPending} color={mode === 'drop' ? 'red.8' : undefined}>
            {mode === 'drop' ? a.drop : a.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AmbitionRows({ data, onEdit }: { data: AmbitionList; onEdit: (e: Edit) => void }) {
  const { t, formatNumber, formatDate } = useI18n();
  const a = t.ambities;
  const [openHistory, setOpenHistory] = useState<string | null>(null);
  const canManage = data.abilities.includes('ambition.manage');
  return (
    <Table.Tbody>
      {data.ambitions.map((amb) => (
        <Fragment key={amb.id}>
          <Table.Tr className={amb.status === 'vervallen' ? 'left-pupil' : undefined}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {amb.vak ? (t.vakken[amb.vak] ?? amb.vak) : a.all}
            </Table.Td>
            <Table.Td>{amb.jaargroep ? t.overzicht.jaargroep(amb.jaargroep) : '–'}</Table.Td>
            <Table.Td>{amb.moment ?? '–'}</Table.Td>
            <Table.Td>
              {targetLabel(amb.target, formatNumber)}
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
                onClick={() => setOpenHistory(openHistory === amb.id ? null : amb.id)}
                aria-expanded={openHistory === amb.id}
              >
                {`${a.history} (${amb.history.length})`}
              </Button>
            </Table.Td>
            {canManage && (
              <Table.Td>
                {amb.status === 'actief' && (
                  <Group gap={4} wrap="nowrap">
                    {amb.target.kind === 'woorden' ? (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => onEdit({ ambition: amb, mode: 'evaluate' })}
                      >
                        {a.evaluate}
                      </Button>
                    ) : (
                      targetShare(amb.target) !== null && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => onEdit({ ambition: amb, mode: 'change' })}
                        >
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
                )}
              </Table.Td>
            )}
          </Table.Tr>
          {openHistory === amb.id && (
            <Table.Tr>
              <Table.Td colSpan={canManage ? 6 : 5}>
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
                      {` · ${targetLabel(h.target, formatNumber)} · ${h.reason} (${h.decidedBy})`}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          )}
        </Fragment>
      ))}
    </Table.Tbody>
  );
}

export function AmbitionsPage() {
  const { t, formatNumber } = useI18n();
  const a = t.ambities;
  const { schoolId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const ambitions = useAmbitions(schoolId, params.get('schooljaar'));
  const copy = useCopyAmbitions(schoolId);
  const [edit, setEdit] = useState<Edit | null>(null);
  return (
    <QueryState query={ambitions}>
      {(data) => {
        const previous = data.schooljaren.find((y) => y < data.schooljaar);
        const canManage = data.abilities.includes('ambition.manage');
        const s = data.signaleringswaarden;
        return (
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
              actions={
                <Group align="flex-end" className="no-print">
                  <Select
                    label={t.overzicht.schooljaar}
                    w={160}
                    allowDeselect={false}
                    value={data.schooljaar}
                    data={data.schooljaren}
                    onChange={(v) => v && setParams({ schooljaar: v })}
                  />
                  {canManage && previous && (
                    <Button
                      variant="default"
                      loading={copy.isPending}
                      onClick={() => copy.mutate({ from: previous, to: data.schooljaar })}
                    >
                      {a.copy(previous)}
                    </Button>
                  )}
                </Group>
              }
            />
            {copy.data && (
              <Alert variant="light" color="teal" role="status">
                {a.copied(copy.data.copied, copy.data.skipped)}
              </Alert>
            )}
            {copy.error && <ErrorAlert error={copy.error} />}
            {!canManage && <Text c="dimmed">{a.readOnly}</Text>}
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
            {canManage && <AmbitionForm schoolId={schoolId} schooljaar={data.schooljaar} />}
            <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
              {data.ambitions.length === 0 ? (
                <Text p="md" c="dimmed">
                  {a.none}
                </Text>
              ) : (
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
                  <AmbitionRows data={data} onEdit={setEdit} />
                </Table>
              )}
            </Paper>
            <EditDialog key={edit?.ambition.id ?? 'none'} edit={edit} onClose={() => setEdit(null)} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
