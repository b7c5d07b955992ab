import { Autocomplete, Button, Group, Modal, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  useAddVerzorger,
  useChangeVerzorger,
  useRemoveVerzorger,
  type Verzorger,
} from '../../api/pupil-zorg';
import type { PupilZorgResponse } from '../../api/zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import { Panel } from './Panel';

const FIELDS = ['name', 'relation', 'phone', 'email', 'gezag'];

function VerzorgerForm({
  pupilId,
  verzorger,
  onDone,
}: {
  pupilId: string;
  verzorger: Verzorger | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const add = useAddVerzorger(pupilId);
  const change = useChangeVerzorger(pupilId);
  const save = verzorger ? change : add;
  const [name, setName] = useState(verzorger?.name ?? '');
  const [relation, setRelation] = useState(verzorger?.relation ?? '');
  const [phone, setPhone] = useState(verzorger?.phone ?? '');
  const [email, setEmail] = useState(verzorger?.email ?? '');
  const [gezag, setGezag] = useState(verzorger?.gezag ?? true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name,
      relation,
      phone: phone.trim() || null,
      email: email.trim() || null,
      gezag,
    };
    if (verzorger) change.mutate({ id: verzorger.id, ...input }, { onSuccess: onDone });
    else add.mutate(input, { onSuccess: onDone });
  };
  const error = (field: string) => fieldError(save.error, field);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={z.name}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error('name')}
        />
        <Autocomplete
          label={z.relation}
          required
          data={z.relations}
          value={relation}
          onChange={setRelation}
          error={error('relation')}
        />
        <Group grow>
          <TextInput
            label={z.phone}
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
            error={error('phone')}
          />
          <TextInput
            label={z.email}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={error('email')}
          />
        </Group>
        <Switch label={z.gezag} checked={gezag} onChange={(e) => setGezag(e.currentTarget.checked)} />
        {generalError(save.error, FIELDS) !== null && <ErrorAlert error={generalError(save.error, FIELDS)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {z.cancel}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {z.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RemoveConfirm({
  pupilId,
  verzorger,
  onDone,
}: {
  pupilId: string;
  verzorger: Verzorger;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const remove = useRemoveVerzorger(pupilId);
  return (
    <Stack gap="sm">
      <Text size="sm">{z.removeText}</Text>
      {remove.error !== null && <ErrorAlert error={remove.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {z.cancel}
        </Button>
        <Button
          color="red"
          loading={remove.isPending}
          onClick={() => remove.mutate(verzorger.id, { onSuccess: onDone })}
        >
          {z.removeConfirm}
        </Button>
      </Group>
    </Stack>
  );
}

function VerzorgerRow({
  verzorger: v,
  canWrite,
  onEdit,
  onRemove,
}: {
  verzorger: Verzorger;
  canWrite: boolean;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  return (
    <Table.Tr>
      <Table.Td>
        {v.name}
        {v.source === 'edexml' && (
          <Text size="xs" c="dimmed">
            {z.fromLas}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{v.relation}</Table.Td>
      <Table.Td>{[v.phone, v.email].filter(Boolean).join(' · ') || t.opp.empty}</Table.Td>
      <Table.Td>
        <Text size="sm" aria-label={v.gezag ? z.gezagYes : z.gezagNo}>
          {v.gezag ? z.yes : z.no}
        </Text>
      </Table.Td>
      {canWrite && (
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" aria-label={z.editVerzorger(v.name)} onClick={onEdit}>
              {z.edit}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={z.removeVerzorger(v.name)}
              onClick={onRemove}
            >
              {z.remove}
            </Button>
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

type Dialog = { kind: 'edit'; verzorger: Verzorger | null } | { kind: 'remove'; verzorger: Verzorger } | null;

/** The pupil's parents and carers, with whether they hold gezag: who signs, who must be asked. */
export function VerzorgersPanel({ zorg }: { zorg: PupilZorgResponse }) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = zorg.abilities.includes('zorg.write');
  const close = () => setDialog(null);
  return (
    <Panel
      title={z.verzorgers}
      action={
        canWrite && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setDialog({ kind: 'edit', verzorger: null })}
          >
            {z.addVerzorger}
          </Button>
        )
      }
    >
      {zorg.verzorgers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {z.noVerzorgers}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Caption className="sr-caption">{z.verzorgersCaption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{z.name}</Table.Th>
              <Table.Th scope="col">{z.relation}</Table.Th>
              <Table.Th scope="col">{z.contact}</Table.Th>
              <Table.Th scope="col">{z.gezagShort}</Table.Th>
              {canWrite && <Table.Th scope="col">{z.actions}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {zorg.verzorgers.map((v) => (
              <VerzorgerRow
                key={v.id}
                verzorger={v}
                canWrite={canWrite}
                onEdit={() => setDialog({ kind: 'edit', verzorger: v })}
                onRemove={() => setDialog({ kind: 'remove', verzorger: v })}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t.opp.close }}
        opened={dialog !== null}
        onClose={close}
        title={
          dialog?.kind === 'remove'
            ? z.removeTitle(dialog.verzorger.name)
            : dialog?.verzorger
              ? z.editVerzorger(dialog.verzorger.name)
              : z.addVerzorger
        }
      >
        {dialog?.kind === 'edit' && (
          <VerzorgerForm pupilId={zorg.pupil.id} verzorger={dialog.verzorger} onDone={close} />
        )}
        {dialog?.kind === 'remove' && (
          <RemoveConfirm pupilId={zorg.pupil.id} verzorger={dialog.verzorger} onDone={close} />
        )}
      </Modal>
    </Panel>
  );
}
