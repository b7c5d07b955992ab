import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Toestemming } from '../../api/pupil-zorg';
import type { PupilZorgResponse } from '../../api/zorg';
import { useI18n } from '../../i18n';
import { Panel } from './Panel';
import { ToestemmingForm, WithdrawForm } from './ToestemmingForms';

function StateCell({ toestemming }: { toestemming: Toestemming }) {
  const { t, formatDate } = useI18n();
  const z = t.pupilZorg;
  return (
    <Stack gap={2}>
      <Text
        size="sm"
        fw={600}
        c={toestemming.valid ? undefined : 'dimmed'}
        className={toestemming.valid ? 'cycle-done' : undefined}
      >
        {toestemming.valid ? z.valid : z.invalid}
      </Text>
      {toestemming.withdrawnOn && <Text size="xs">{z.withdrawnOn(formatDate(toestemming.withdrawnOn))}</Text>}
      {toestemming.validUntil && (
        <Text size="xs">{`${z.validUntilShort} ${formatDate(toestemming.validUntil)}`}</Text>
      )}
    </Stack>
  );
}

function ToestemmingRow({
  toestemming: ts,
  canWrite,
  onWithdraw,
}: {
  toestemming: Toestemming;
  canWrite: boolean;
  onWithdraw(): void;
}) {
  const { t, formatDate } = useI18n();
  const z = t.pupilZorg;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {z.scopes[ts.scope]}
        </Text>
        <Text size="xs">{ts.description}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{`${ts.given ? z.given : z.refused}, ${formatDate(ts.givenOn)}`}</Text>
        <Text size="xs" c="dimmed">
          {ts.verzorger?.name ?? z.noVerzorger}
        </Text>
      </Table.Td>
      <Table.Td>
        <StateCell toestemming={ts} />
      </Table.Td>
      {canWrite && (
        <Table.Td>
          {ts.given && ts.withdrawnOn === null && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={z.withdrawLabel(ts.description)}
              onClick={onWithdraw}
            >
              {z.withdraw}
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

type Dialog = { kind: 'add' } | { kind: 'withdraw'; toestemming: Toestemming } | null;

/** The verzorgers' consents (to share with an expert or the SWV …): given or refused, until when. */
export function ToestemmingenPanel({ zorg }: { zorg: PupilZorgResponse }) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = zorg.abilities.includes('zorg.write');
  const close = () => setDialog(null);
  return (
    <Panel
      title={z.toestemmingen}
      action={
        canWrite && (
          <Button size="compact-sm" variant="light" onClick={() => setDialog({ kind: 'add' })}>
            {z.addToestemming}
          </Button>
        )
      }
    >
      {zorg.toestemmingen.length === 0 ? (
        <Text size="sm" c="dimmed">
          {z.noToestemmingen}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Caption className="sr-caption">{z.toestemmingenCaption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{z.scope}</Table.Th>
              <Table.Th scope="col">{z.answer}</Table.Th>
              <Table.Th scope="col">{z.state}</Table.Th>
              {canWrite && <Table.Th scope="col">{z.actions}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {zorg.toestemmingen.map((ts) => (
              <ToestemmingRow
                key={ts.id}
                toestemming={ts}
                canWrite={canWrite}
                onWithdraw={() => setDialog({ kind: 'withdraw', toestemming: ts })}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t.opp.close }}
        opened={dialog !== null}
        onClose={close}
        title={dialog?.kind === 'withdraw' ? z.withdrawTitle : z.addToestemming}
      >
        {dialog?.kind === 'add' && <ToestemmingForm zorg={zorg} onDone={close} />}
        {dialog?.kind === 'withdraw' && (
          <WithdrawForm pupilId={zorg.pupil.id} toestemming={dialog.toestemming} onDone={close} />
        )}
      </Modal>
    </Panel>
  );
}
