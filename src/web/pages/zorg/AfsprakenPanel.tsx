import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useCreateAfspraak, type BesprekingDetail, type NewAfspraak } from '../../api/zorg';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { goalLabel } from '../ogw/format';
import { AfsprakenTable } from './AfsprakenTable';
import { fieldError, generalError } from '../form-errors';

type Link = NonNullable<NewAfspraak['link']>;
const FIELDS = ['text', 'ownerUserId', 'deadline', 'link', 'link.id', 'link.kind'];

/** What an afspraak can change, from the agenda: a groepsplan, the OPP, an ambition of the school. */
function useLinkOptions(bespreking: BesprekingDetail): { value: string; label: string; link: Link }[] {
  const { t, formatNumber } = useI18n();
  const a = t.afspraak;
  const agenda = bespreking.agenda;
  if (agenda.kind === 'groep') {
    const plans = agenda.plans.map((p) => ({
      value: `groepsplan:${p.id}`,
      label: a.linkPlan(t.vakken[p.vak] ?? p.vak),
      link: { kind: 'groepsplan' as const, id: p.id },
    }));
    const opps = agenda.opps.map((o) => ({
      value: `opp:${o.opp.id}`,
      label: a.linkOpp(o.pupil.name),
      link: { kind: 'opp' as const, id: o.opp.id },
    }));
    const ambitions = agenda.results.flatMap((cell) =>
      cell.figures.flatMap((f) =>
        f.ambitionId
          ? [
              {
                value: `ambitie:${f.ambitionId}`,
                label: `${a.linkKinds.ambitie}: ${t.vakken[cell.vak] ?? cell.vak}, ${goalLabel(f.goal, t, formatNumber)}`,
                link: { kind: 'ambitie' as const, id: f.ambitionId },
              },
            ]
          : [],
      ),
    );
    return [...plans, ...ambitions, ...opps];
  }
  return agenda.opp
    ? [
        {
          value: `opp:${agenda.opp.opp.id}`,
          label: a.linkOpp(agenda.opp.pupil.name),
          link: { kind: 'opp', id: agenda.opp.opp.id },
        },
      ]
    : [];
}

/** The new afspraak's fields and sending it; after a save the fields empty but the owner stays. */
function useAddAfspraak(bespreking: BesprekingDetail) {
  const create = useCreateAfspraak(bespreking.schoolId);
  const links = useLinkOptions(bespreking);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [deadline, setDeadline] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const ready = text.trim() !== '' && owner !== null;
  const submit = async () => {
    await create.mutateAsync({
      text: text.trim(),
      ownerUserId: owner ?? '',
      deadline: deadline || null,
      besprekingId: bespreking.id,
      ...(bespreking.group ? { groepId: bespreking.group.id } : {}),
      ...(bespreking.pupil ? { leerlingId: bespreking.pupil.id } : {}),
      link: links.find((l) => l.value === link)?.link ?? null,
    });
    setText('');
    setDeadline('');
    setLink(null);
    setDone(true);
  };
  return {
    create,
    links,
    text,
    setText,
    owner,
    setOwner,
    deadline,
    setDeadline,
    link,
    setLink,
    done,
    setDone,
    ready,
    submit,
  };
}

/** Who, by when and what it changes. */
function AfspraakDetails({
  form: f,
  staff,
}: {
  form: ReturnType<typeof useAddAfspraak>;
  staff: BesprekingDetail['staff'];
}) {
  const { t } = useI18n();
  const a = t.afspraak;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
      <Select
        label={a.owner}
        placeholder={a.ownerPlaceholder}
        required
        searchable
        value={f.owner}
        onChange={f.setOwner}
        error={fieldError(f.create.error, 'ownerUserId')}
        data={staff.map((s) => ({ value: s.id, label: s.name }))}
      />
      <TextInput
        type="date"
        label={a.deadline}
        value={f.deadline}
        onChange={(e) => f.setDeadline(e.currentTarget.value)}
        error={fieldError(f.create.error, 'deadline')}
      />
      <Select
        label={a.link}
        placeholder={a.linkNone}
        clearable
        value={f.link}
        onChange={f.setLink}
        error={fieldError(f.create.error, 'link.id')}
        data={f.links.map(({ value, label }) => ({ value, label }))}
        disabled={f.links.length === 0}
      />
    </SimpleGrid>
  );
}

/** A new afspraak of this bespreking: what, who (staff of the school), by when, and what it changes. */
function AddAfspraak({ bespreking }: { bespreking: BesprekingDetail }) {
  const { t } = useI18n();
  const a = t.afspraak;
  const f = useAddAfspraak(bespreking);
  return (
    <form
      className="no-print"
      onSubmit={(e) => {
        e.preventDefault();
        if (f.ready) void f.submit().catch(() => undefined);
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {a.addTitle}
        </Title>
        <Textarea
          label={a.text}
          required
          autosize
          minRows={2}
          value={f.text}
          onChange={(e) => {
            f.setText(e.currentTarget.value);
            f.setDone(false);
          }}
          error={fieldError(f.create.error, 'text')}
        />
        <AfspraakDetails form={f} staff={bespreking.staff} />
        {generalError(f.create.error, FIELDS) !== null && <ErrorAlert error={f.create.error} />}
        <Group gap="sm">
          <Button type="submit" disabled={!f.ready} loading={f.create.isPending}>
            {a.add}
          </Button>
          {f.done && (
            <Text size="sm" c="dimmed" role="status">
              {a.saved}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** The afspraken of this bespreking, a form for a new one, and the open ones from earlier besprekingen. */
export function AfsprakenPanel({
  bespreking,
  canWrite,
}: {
  bespreking: BesprekingDetail;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const a = t.afspraak;
  const b = t.bespreking;
  return (
    <Paper withBorder radius="md" p="md" className="bespreking-section">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {b.afspraken}
        </Title>
        <AfsprakenTable
          afspraken={bespreking.afspraken}
          caption={a.captionBespreking}
          empty={a.noneHere}
          showAbout={false}
        />
        {canWrite && <AddAfspraak bespreking={bespreking} />}
        {bespreking.openAfspraken.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {b.openAfspraken}
            </Title>
            <AfsprakenTable afspraken={bespreking.openAfspraken} caption={a.captionOpen} empty={a.noneOpen} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
