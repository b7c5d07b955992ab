import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { OBSERVATIE_ASPECTEN, type ObservatieAspectValue } from '../../shared/observations';
import { useAddObservation } from '../api/queries';
import type { PupilDetail } from '../api/types';
import { errorMessage } from '../components/QueryState';
import { useI18n } from '../i18n';

function ObservationForm({ pupilId }: { pupilId: string }) {
  const { t } = useI18n();
  const add = useAddObservation(pupilId);
  const [aspect, setAspect] = useState<ObservatieAspectValue>('werkhouding');
  const [rating, setRating] = useState<string>('3');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    add.mutate(
      { aspect, waardering: aspect === 'talent' ? null : Number(rating), toelichting: note.trim() || null },
      {
        onSuccess: () => {
          setNote('');
          setSaved(true);
        },
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t.pupil.addObservation}
        </Title>
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t.pupil.aspect}
            w={200}
            allowDeselect={false}
            value={aspect}
            onChange={(v) => v && setAspect(v as ObservatieAspectValue)}
            data={OBSERVATIE_ASPECTEN.map((a) => ({ value: a, label: t.aspects[a] }))}
          />
          {aspect !== 'talent' && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="rating-label">
                {t.pupil.rating}
              </Text>
              <SegmentedControl
                aria-labelledby="rating-label"
                value={rating}
                onChange={setRating}
                data={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t.ratings[n] ?? String(n) }))}
              />
            </Stack>
          )}
        </Group>
        <Textarea
          label={t.pupil.note}
          placeholder={t.pupil.notePlaceholder}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {add.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(add.error, t)}
          </Alert>
        )}
        {saved && (
          <Text size="sm" c="green.9" role="status">
            {t.pupil.saved}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t.pupil.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ObservationsPanel({ data }: { data: PupilDetail }) {
  const { t, formatDate } = useI18n();
  const canWrite = data.abilities.includes('observation.write');
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h3" mb="sm">
        {t.pupil.observations}
      </Title>
      {data.observations.length === 0 ? (
        <Text c="dimmed" size="sm" mb="md">
          {t.pupil.noObservations}
        </Text>
      ) : (
        <Stack gap="xs" mb="md" component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {data.observations.map((o) => (
            <li key={o.id}>
              <Text size="sm">
                <Text span fw={600}>
                  {t.aspects[o.aspect]}
                </Text>
                {o.waardering !== null && ` · ${t.ratings[o.waardering] ?? o.waardering}`}
                {o.toelichting && ` — ${o.toelichting}`}
              </Text>
              <Text size="xs" c="dimmed">
                {t.pupil.by(o.author, formatDate(o.observedOn))}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {canWrite && <ObservationForm pupilId={data.pupil.id} />}
    </Paper>
  );
}
