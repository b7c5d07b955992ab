import { Anchor, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCreateOpp, type Uitstroomprofiel } from '../../api/opp';
import type { PupilZorgResponse } from '../../api/zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError, todayIso } from '../form-errors';
import { OppStatusBadge } from '../opp/OppStatusBadge';
import { Panel } from './Panel';

type OppSummary = PupilZorgResponse['opps'][number];

function StartForm({ pupilId, onDone }: { pupilId: string; onDone: () => void }) {
  const { t } = useI18n();
  const z = t.pupilZorg;
  const create = useCreateOpp(pupilId);
  const navigate = useNavigate();
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [reden, setReden] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { decidedOn, ...(reden.trim() ? { reden: reden.trim() } : {}) },
      { onSuccess: (opp) => navigate(`/opp/${opp.id}`) },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{z.startIntro}</Text>
        <TextInput
          type="date"
          label={z.decidedOn}
          description={z.decidedOnHint}
          required
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.currentTarget.value)}
          error={fieldError(create.error, 'decidedOn')}
        />
        <Textarea
          label={z.startReden}
          autosize
          minRows={2}
          value={reden}
          onChange={(e) => setReden(e.currentTarget.value)}
          error={fieldError(create.error, 'reden')}
        />
        {generalError(create.error, ['decidedOn', 'reden']) !== null && (
          <ErrorAlert error={generalError(create.error, ['decidedOn', 'reden'])} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {z.cancel}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {z.create}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function profielOf(summary: OppSummary, t: ReturnType<typeof useI18n>['t']) {
  const code = summary.uitstroomprofiel as Uitstroomprofiel | null;
  return code ? (t.opp.profielen[code] ?? code) : t.opp.noProfiel;
}

/** The pupil's OPP in force (or a way to start one), and the ended ones kept in the archive. */
export function OppCard({ zorg }: { zorg: PupilZorgResponse }) {
  const { t, formatDate } = useI18n();
  const z = t.pupilZorg;
  const [open, setOpen] = useState(false);
  const current = zorg.opps.find((o) => o.status !== 'beeindigd') ?? null;
  const ended = zorg.opps.filter((o) => o.status === 'beeindigd');
  const canStart = zorg.abilities.includes('opp.write') && current === null;
  return (
    <Panel title={z.opp}>
      {current ? (
        <Stack gap={6} align="flex-start">
          <Group gap="xs">
            <OppStatusBadge status={current.status} />
            <Text size="sm">{profielOf(current, t)}</Text>
          </Group>
          <Text size="xs" c="dimmed">
            {[
              z.oppDecided(formatDate(current.decidedOn)),
              current.vastgesteldOn ? z.oppVastgesteld(formatDate(current.vastgesteldOn)) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Button component={Link} to={`/opp/${current.id}`} size="sm" variant="light">
            {z.openOpp}
          </Button>
        </Stack>
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {z.noOpp}
          </Text>
          {canStart && (
            <Button size="sm" onClick={() => setOpen(true)}>
              {z.startOpp}
            </Button>
          )}
        </Stack>
      )}
      {ended.length > 0 && (
        <Stack gap={2} mt="sm">
          <Text size="sm" fw={600}>
            {z.earlierOpps}
          </Text>
          {ended.map((o) => (
            <Anchor component={Link} to={`/opp/${o.id}`} size="sm" key={o.id}>
              {z.endedLine(formatDate(o.decidedOn), formatDate(o.endedOn))}
            </Anchor>
          ))}
        </Stack>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t.opp.close }}
        opened={open}
        onClose={() => setOpen(false)}
        title={z.startTitle}
      >
        {open && <StartForm pupilId={zorg.pupil.id} onDone={() => setOpen(false)} />}
      </Modal>
    </Panel>
  );
}
