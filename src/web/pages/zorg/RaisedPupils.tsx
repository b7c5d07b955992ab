import {
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useGroup } from '../../api/queries';
import { useDropRaisedPupil, useRaisePupil, type BesprekingDetail } from '../../api/zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';

type Pupil = { id: string; name: string };

/** The raise dialog's fields and sending them; the dialog closes once the pupil is raised. */
function useRaiseForm(bespreking: BesprekingDetail, pupil: Pupil | null, onClose: () => void) {
  const raise = useRaisePupil(bespreking.id);
  const group = useGroup(bespreking.group?.id ?? '');
  const [leerlingId, setLeerlingId] = useState<string | null>(pupil?.id ?? null);
  const [reason, setReason] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const chosen = pupil ?? group.data?.pupils.find((p) => p.id === leerlingId) ?? null;
  const ready = leerlingId !== null && reason.trim() !== '';
  const submit = async () => {
    await raise.mutateAsync({
      leerlingId: leerlingId ?? '',
      reason: reason.trim(),
      plannedOn: plannedOn || undefined,
    });
    onClose();
  };
  return {
    raise,
    group,
    leerlingId,
    setLeerlingId,
    reason,
    setReason,
    plannedOn,
    setPlannedOn,
    chosen,
    ready,
    submit,
  };
}

/** Sends a pupil of the group on to a leerlingbespreking: why, and with a date it is planned at once. */
export function RaiseDialog({
  bespreking,
  pupil,
  onClose,
}: {
  bespreking: BesprekingDetail;
  pupil: Pupil | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  const b = t.bespreking;
  const f = useRaiseForm(bespreking, pupil, onClose);
  const { raise, leerlingId, reason, plannedOn } = f;
  return (
    <Modal
      opened
      onClose={onClose}
      title={f.chosen ? b.raiseTitle(f.chosen.name) : b.raised}
      closeButtonProps={{ 'aria-label': b.close }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (f.ready) void f.submit().catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          {!pupil && (
            <Select
              label={b.pupil}
              searchable
              required
              value={leerlingId}
              onChange={f.setLeerlingId}
              error={fieldError(raise.error, 'leerlingId')}
              data={(f.group.data?.pupils ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          )}
          <Textarea
            label={b.raiseReason}
            required
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            onChange={(e) => f.setReason(e.currentTarget.value)}
            error={fieldError(raise.error, 'reason')}
          />
          <TextInput
            type="date"
            label={b.raiseDate}
            description={b.raiseDateHint}
            value={plannedOn}
            onChange={(e) => f.setPlannedOn(e.currentTarget.value)}
            error={fieldError(raise.error, 'plannedOn')}
          />
          {generalError(raise.error, ['leerlingId', 'reason', 'plannedOn']) !== null && (
            <ErrorAlert error={raise.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {b.cancel}
            </Button>
            <Button type="submit" disabled={!f.ready} loading={raise.isPending}>
              {b.raiseConfirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Raised = BesprekingDetail['raisedPupils'][number];

function RaisedRow({
  raised: r,
  canWrite,
  dropping,
  onDrop,
}: {
  raised: Raised;
  canWrite: boolean;
  dropping: boolean;
  onDrop(): void;
}) {
  const { t, formatDate } = useI18n();
  const b = t.bespreking;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={`/leerlingen/${r.pupil.id}`} size="sm">
          {r.pupil.name}
        </Anchor>
      </Table.Th>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {r.reason}
        </Text>
      </Table.Td>
      <Table.Td>
        {r.leerlingbespreking ? (
          <Anchor
            component={Link}
            to={`/besprekingen/${r.leerlingbespreking.id}`}
            size="sm"
            aria-label={b.openLeerlingbespreking(r.pupil.name)}
          >
            {b.raisedPlanned(
              formatDate(r.leerlingbespreking.plannedOn),
              t.zorg.statuses[r.leerlingbespreking.status] ?? r.leerlingbespreking.status,
            )}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {b.raisedNotPlanned}
          </Text>
        )}
      </Table.Td>
      {canWrite && (
        <Table.Td className="no-print">
          <Button
            size="compact-sm"
            variant="subtle"
            aria-label={b.dropRaised(r.pupil.name)}
            loading={dropping}
            onClick={onDrop}
          >
            {b.dropRaisedShort}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** The pupils this groepsbespreking sends on, with why and the leerlingbespreking planned for them. */
export function RaisedPupils({
  bespreking,
  canWrite,
  onRaise,
}: {
  bespreking: BesprekingDetail;
  canWrite: boolean;
  onRaise(pupil: Pupil | null): void;
}) {
  const { t } = useI18n();
  const b = t.bespreking;
  const drop = useDropRaisedPupil(bespreking.id);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className={`bespreking-section${bespreking.raisedPupils.length === 0 ? ' no-print' : ''}`}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {b.raised}
          </Title>
          {canWrite && (
            <Button size="xs" variant="default" className="no-print" onClick={() => onRaise(null)}>
              {b.raiseButton}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {b.raisedIntro}
        </Text>
        {bespreking.raisedPupils.length === 0 ? (
          <Text size="sm" c="dimmed">
            {b.raisedNone}
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Caption>{b.raised}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={190}>
                  {b.pupil}
                </Table.Th>
                <Table.Th scope="col">{b.raiseReason}</Table.Th>
                <Table.Th scope="col" w={260}>
                  {t.zorg.kinds.leerlingbespreking}
                </Table.Th>
                {canWrite && <Table.Th scope="col" w={170} className="no-print" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bespreking.raisedPupils.map((r) => (
                <RaisedRow
                  key={r.pupil.id}
                  raised={r}
                  canWrite={canWrite}
                  dropping={drop.isPending && drop.variables === r.pupil.id}
                  onDrop={() => drop.mutate(r.pupil.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {drop.error !== null && <ErrorAlert error={drop.error} />}
      </Stack>
    </Paper>
  );
}
