import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  useAddToestemming,
  useWithdrawToestemming,
  type Toestemming,
  type ToestemmingScope,
} from '../../api/pupil-zorg';
import type { PupilZorgResponse } from '../../api/zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError, todayIso } from '../form-errors';
import { Panel } from './Panel';

const FIELDS = ['verzorgerId', 'scope', 'description', 'given', 'givenOn', 'validUntil'];

function ToestemmingForm({ zorg, onDone }: { zorg: PupilZorgResponse; onDone: () => void }) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const add = useAddToestemming(zorg.pupil.id);
  const [verzorgerId, setVerzorgerId] = useState<string | null>(zorg.verzorgers[0]?.id ?? null);
  const [scope, setScope] = useState<ToestemmingScope>('extern_deskundige');
  const [description, setDescription] = useState('');
  const [given, setGiven] = useState('ja');
  const [givenOn, setGivenOn] = useState(todayIso());
  const [validUntil, setValidUntil] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { verzorgerId, scope, description, given: given === 'ja', givenOn, validUntil: validUntil || null },
      { onSuccess: onDone },
    );
  };
  const error = (field: string) => fieldError(add.error, field);
  const scopes = Object.entries(z.scopes) as [ToestemmingScope, string][];
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Select
          label={z.scope}
          required
          allowDeselect={false}
          data={scopes.map(([value, label]) => ({ value, label }))}
          value={scope}
          onChange={(value) => value && setScope(value as ToestemmingScope)}
          error={error('scope')}
        />
        <Textarea
          label={z.description}
          placeholder={z.descriptionPlaceholder}
          required
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={error('description')}
        />
        <Select
          label={z.verzorger}
          placeholder={z.noVerzorger}
          clearable
          data={zorg.verzorgers.map((v) => ({ value: v.id, label: `${v.name} (${v.relation})` }))}
          value={verzorgerId}
          onChange={setVerzorgerId}
          error={error('verzorgerId')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="toestemming-answer">
            {z.answer}
          </Text>
          <SegmentedControl
            aria-labelledby="toestemming-answer"
            value={given}
            onChange={setGiven}
            data={[
              { value: 'ja', label: z.given },
              { value: 'nee', label: z.refused },
            ]}
          />
        </Stack>
        <Group grow>
          <TextInput
            type="date"
            label={z.givenOn}
            required
            value={givenOn}
            onChange={(e) => setGivenOn(e.currentTarget.value)}
            error={error('givenOn')}
          />
          <TextInput
            type="date"
            label={z.validUntil}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
            error={error('validUntil')}
          />
        </Group>
        {generalError(add.error, FIELDS) !== null && <ErrorAlert error={generalError(add.error, FIELDS)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {z.cancel}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {z.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function WithdrawForm({
  pupilId,
  toestemming,
  onDone,
}: {
  pupilId: string;
  toestemming: Toestemming;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const withdraw = useWithdrawToestemming(pupilId);
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate({ id: toestemming.id, withdrawnOn }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{`${z.scopes[toestemming.scope]}: ${toestemming.description}`}</Text>
        <TextInput
          type="date"
          label={z.withdrawnOnLabel}
          required
          value={withdrawnOn}
          onChange={(e) => setWithdrawnOn(e.currentTarget.value)}
          error={fieldError(withdraw.error, 'withdrawnOn')}
        />
        {generalError(withdraw.error, ['withdrawnOn']) !== null && (
          <ErrorAlert error={generalError(withdraw.error, ['withdrawnOn'])} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {z.cancel}
          </Button>
          <Button type="submit" color="red" loading={withdraw.isPending}>
            {z.withdrawConfirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

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

type Dialog = { kind: 'add' } | { kind: 'withdraw'; toestemming: Toestemming } | null;

/** The verzorgers' consents (to share with an expert or the SWV …): given or refused, until when. */
export function ToestemmingenPanel({ zorg }: { zorg: PupilZorgResponse }) {
  const { t, formatDate } = useI18n();
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
              <Table.Tr key={ts.id}>
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
                        onClick={() => setDialog({ kind: 'withdraw', toestemming: ts })}
                      >
                        {z.withdraw}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
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
