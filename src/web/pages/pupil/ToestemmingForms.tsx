import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
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

const FIELDS = ['verzorgerId', 'scope', 'description', 'given', 'givenOn', 'validUntil'];

/** The consent's fields; it starts as given today, by the first verzorger, for an external expert. */
function useToestemmingForm(zorg: PupilZorgResponse, onDone: () => void) {
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
  return {
    add,
    verzorgerId,
    setVerzorgerId,
    scope,
    setScope,
    description,
    setDescription,
    given,
    setGiven,
    givenOn,
    setGivenOn,
    validUntil,
    setValidUntil,
    submit,
  };
}

/** Given or refused, on which day, and until when. */
function AnswerFields({
  form: f,
  error,
}: {
  form: ReturnType<typeof useToestemmingForm>;
  error(field: string): string | undefined;
}) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="toestemming-answer">
          {z.answer}
        </Text>
        <SegmentedControl
          aria-labelledby="toestemming-answer"
          value={f.given}
          onChange={f.setGiven}
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
          value={f.givenOn}
          onChange={(e) => f.setGivenOn(e.currentTarget.value)}
          error={error('givenOn')}
        />
        <TextInput
          type="date"
          label={z.validUntil}
          value={f.validUntil}
          onChange={(e) => f.setValidUntil(e.currentTarget.value)}
          error={error('validUntil')}
        />
      </Group>
    </>
  );
}

export function ToestemmingForm({ zorg, onDone }: { zorg: PupilZorgResponse; onDone: () => void }) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const f = useToestemmingForm(zorg, onDone);
  const { add } = f;
  const error = (field: string) => fieldError(add.error, field);
  const scopes = Object.entries(z.scopes) as [ToestemmingScope, string][];
  return (
    <form onSubmit={f.submit}>
      <Stack gap="sm">
        <Select
          label={z.scope}
          required
          allowDeselect={false}
          data={scopes.map(([value, label]) => ({ value, label }))}
          value={f.scope}
          onChange={(value) => value && f.setScope(value as ToestemmingScope)}
          error={error('scope')}
        />
        <Textarea
          label={z.description}
          placeholder={z.descriptionPlaceholder}
          required
          autosize
          minRows={2}
          value={f.description}
          onChange={(e) => f.setDescription(e.currentTarget.value)}
          error={error('description')}
        />
        <Select
          label={z.verzorger}
          placeholder={z.noVerzorger}
          clearable
          data={zorg.verzorgers.map((v) => ({ value: v.id, label: `${v.name} (${v.relation})` }))}
          value={f.verzorgerId}
          onChange={f.setVerzorgerId}
          error={error('verzorgerId')}
        />
        <AnswerFields form={f} error={error} />
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

export function WithdrawForm({
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
