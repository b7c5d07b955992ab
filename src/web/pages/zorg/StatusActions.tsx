import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useBesprekingStatus, useCorrectBespreking, type BesprekingDetail } from '../../api/zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import type { BesprekingEditor } from './useBesprekingEditor';

function VaststellenDialog({
  busy,
  error,
  onCancel,
  onConfirm,
}: {
  busy: boolean;
  error: unknown;
  onCancel(): void;
  onConfirm(): void;
}) {
  const { t } = useI18n();
  const b = t.bespreking;
  return (
    <Modal opened onClose={onCancel} title={b.vaststellenTitle} closeButtonProps={{ 'aria-label': b.close }}>
      <Stack gap="sm">
        <Alert color="orange" variant="light">
          {b.vaststellenText}
        </Alert>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {b.cancel}
          </Button>
          <Button onClick={onConfirm} loading={busy}>
            {b.vaststellenConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CorrectionDialog({
  busy,
  error,
  onCancel,
  onConfirm,
}: {
  busy: boolean;
  error: unknown;
  onCancel(): void;
  onConfirm(reason: string): void;
}) {
  const { t } = useI18n();
  const b = t.bespreking;
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onCancel} title={b.correctionTitle} closeButtonProps={{ 'aria-label': b.close }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{b.correctionText}</Text>
          <Textarea
            label={b.correctionReason}
            required
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(error, 'reason')}
          />
          {generalError(error, ['reason']) !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {b.cancel}
            </Button>
            <Button type="submit" loading={busy} disabled={!reason.trim()}>
              {b.correctionConfirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Gehouden, Vaststellen (after a confirmation that says it locks) and Correctie. They wait until the
 * answers are saved: each names the version the autosave reached.
 */
export function StatusActions({
  bespreking,
  editor,
}: {
  bespreking: BesprekingDetail;
  editor: BesprekingEditor;
}) {
  const { t } = useI18n();
  const b = t.bespreking;
  const status = useBesprekingStatus(bespreking.id);
  const correct = useCorrectBespreking(bespreking.id);
  const [dialog, setDialog] = useState<'vaststellen' | 'correctie' | null>(null);
  if (!bespreking.abilities.includes('zorg.write')) return null;
  const pending = ['dirty', 'saving', 'conflict'].includes(editor.status);
  const guard = (button: React.ReactNode) =>
    pending ? (
      <Tooltip label={b.waitForSave}>
        <span>{button}</span>
      </Tooltip>
    ) : (
      button
    );
  return (
    <>
      {bespreking.status === 'gepland' &&
        guard(
          <Button
            variant="default"
            disabled={pending}
            loading={status.isPending && status.variables?.status === 'gehouden'}
            onClick={() => status.mutate({ version: editor.version, status: 'gehouden' })}
          >
            {b.held}
          </Button>,
        )}
      {bespreking.status !== 'vastgesteld' &&
        guard(
          <Button disabled={pending} onClick={() => setDialog('vaststellen')}>
            {b.vaststellen}
          </Button>,
        )}
      {bespreking.status === 'vastgesteld' && (
        <Button variant="default" onClick={() => setDialog('correctie')}>
          {b.correction}
        </Button>
      )}
      {dialog === null && status.error !== null && <ErrorAlert error={status.error} />}
      {dialog === 'vaststellen' && (
        <VaststellenDialog
          busy={status.isPending}
          error={status.error}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            status.mutate(
              { version: editor.version, status: 'vastgesteld' },
              { onSuccess: () => setDialog(null) },
            )
          }
        />
      )}
      {dialog === 'correctie' && (
        <CorrectionDialog
          busy={correct.isPending}
          error={correct.error}
          onCancel={() => setDialog(null)}
          onConfirm={(reason) =>
            correct.mutate({ version: editor.version, reason }, { onSuccess: () => setDialog(null) })
          }
        />
      )}
    </>
  );
}

/** The kept versions: vastgesteld, and each correction with its reason. */
export function Versions({ bespreking }: { bespreking: BesprekingDetail }) {
  const { t, formatDate, formatTime } = useI18n();
  const b = t.bespreking;
  if (bespreking.versions.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" className="bespreking-section">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {b.versions}
        </Title>
        <Table verticalSpacing="xs">
          <Table.Caption>{b.versionsCaption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={80}>
                {b.version}
              </Table.Th>
              <Table.Th scope="col" w={130}>
                {t.zorg.status}
              </Table.Th>
              <Table.Th scope="col">{b.versionReason}</Table.Th>
              <Table.Th scope="col" w={180}>
                {b.versionBy}
              </Table.Th>
              <Table.Th scope="col" w={160}>
                {b.versionAt}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bespreking.versions.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>{v.version}</Table.Td>
                <Table.Td>{t.zorg.statuses[v.status] ?? v.status}</Table.Td>
                <Table.Td>{v.reason === 'vastgesteld' ? b.versionReasonVastgesteld : v.reason}</Table.Td>
                <Table.Td>{v.changedBy}</Table.Td>
                <Table.Td>{`${formatDate(v.changedAt)} ${formatTime(v.changedAt)}`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
