import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useSaveAdvies, type AdviesRecord, type SchooladviesPupil } from '../../api/schooladvies';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import { bodyOf, formOf, mergeForm, type AdviesForm } from './advies-form';
import { AdviceSections, HeroverwegingSection, UitstroomSection, type FieldKit } from './AdviesSections';

const FIELDS = Object.keys(formOf(null));

function ConflictAlert({ message, onReload }: { message: string; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <Alert color="orange" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="light" onClick={onReload}>
          {t.schooladvies.reload}
        </Button>
      </Stack>
    </Alert>
  );
}

/** The record of one pupil, saved whole with the version the user saw; someone else's change is shown. */
export function AdviesDialog({
  schoolId,
  schooljaar,
  row,
  onClose,
  onSaved,
}: {
  schoolId: string;
  schooljaar: string;
  row: SchooladviesPupil;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useI18n();
  const s = t.schooladvies;
  const save = useSaveAdvies(schoolId, schooljaar);
  const [version, setVersion] = useState(row.advies?.version ?? null);
  // The record as it was when this user last loaded it: what they changed since is theirs to keep.
  const [base, setBase] = useState<AdviesForm>(formOf(row.advies));
  const [form, setForm] = useState<AdviesForm>(base);
  const [scoreInvalid, setScoreInvalid] = useState(false);
  const set =
    <K extends keyof AdviesForm>(key: K) =>
    (value: AdviesForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof AdviesForm) => ({
    value: String(form[key] ?? ''),
    onChange: (e: { currentTarget: { value: string } }) => set(key)(e.currentTarget.value as never),
    error: fieldError(save.error, key),
  });
  const kit: FieldKit = { form, set, text, error: save.error };
  const conflict = save.error instanceof ApiError && save.error.code === 'conflict' ? save.error : null;
  const reload = () => {
    const current = (conflict?.current ?? null) as AdviesRecord | null;
    const theirs = formOf(current);
    setForm(mergeForm(base, form, theirs));
    setBase(theirs);
    setVersion(current?.version ?? null);
    save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = bodyOf(form, schooljaar, version);
    setScoreInvalid('invalid' in result);
    if ('body' in result)
      save.mutate({ pupilId: row.pupil.id, body: result.body }, { onSuccess: () => onSaved(row.pupil.name) });
  };
  const general = conflict ? null : generalError(save.error, FIELDS);
  return (
    <Modal
      opened
      onClose={onClose}
      title={s.dialogTitle(row.pupil.name)}
      size="xl"
      closeButtonProps={{ 'aria-label': t.account.close }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <AdviceSections kit={kit} scoreInvalid={scoreInvalid} />
          <HeroverwegingSection kit={kit} />
          <UitstroomSection kit={kit} />
          {conflict && <ConflictAlert message={conflict.message} onReload={reload} />}
          {general !== null && <ErrorAlert error={general} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {s.cancel}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={conflict !== null}>
              {s.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
