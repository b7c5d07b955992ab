import { Button, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useAddOppNote, type EvaluatieVak, type OppEvaluatie, type OppResponse } from '../../api/opp';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError } from '../form-errors';
import { Section } from './OppEditor';
import { EvaluatieForm } from './EvaluatieForm';
import { OnTrackBadge } from './VakFigures';

function EvaluatieTable({ evaluatie }: { evaluatie: OppEvaluatie }) {
  const { t, formatDate, formatNumber } = useI18n();
  const e = t.opp.evaluaties;
  const pct = (n: number | null) => (n === null ? t.opp.empty : t.opp.pct(formatNumber(n)));
  const winst = (v: EvaluatieVak) =>
    [
      v.leerwinstDle === null ? null : e.leerwinstDle(formatNumber(v.leerwinstDle)),
      v.leerwinstScore === null ? null : e.leerwinstScore(formatNumber(v.leerwinstScore)),
    ]
      .filter(Boolean)
      .join(' · ') || t.opp.empty;
  return (
    <Table fz="sm" verticalSpacing={4} className="opp-table">
      <Table.Caption className="sr-caption">{e.caption(formatDate(evaluatie.evaluatedOn))}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{e.vak}</Table.Th>
          <Table.Th scope="col" ta="right">
            {e.lrv}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {e.real}
          </Table.Th>
          <Table.Th scope="col">{e.leerwinst}</Table.Th>
          <Table.Th scope="col">{e.verdict}</Table.Th>
          <Table.Th scope="col">{e.reason}</Table.Th>
          <Table.Th scope="col">{e.adjusted}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {evaluatie.vakken.map((v) => (
          <Table.Tr key={v.vak}>
            <Table.Td>{t.vakken[v.vak] ?? v.vak}</Table.Td>
            <Table.Td ta="right">{pct(v.lrv)}</Table.Td>
            <Table.Td ta="right">{pct(v.leerrendementSince)}</Table.Td>
            <Table.Td>{winst(v)}</Table.Td>
            <Table.Td>
              <OnTrackBadge onTrack={v.onTrack} />
            </Table.Td>
            <Table.Td className="opp-prose">{v.reason || t.opp.empty}</Table.Td>
            <Table.Td>{v.adjusted ? e.yes : e.no}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function EvaluatieItem({ evaluatie }: { evaluatie: OppEvaluatie }) {
  const { t, formatDate } = useI18n();
  const e = t.opp.evaluaties;
  if (evaluatie.kind === 'notitie') {
    return (
      <Stack gap={2} component="li">
        <Text size="xs" c="dimmed">
          {e.noteLine(evaluatie.recordedBy, formatDate(evaluatie.recordedAt))}
        </Text>
        <Text size="sm" className="opp-prose">
          {evaluatie.note}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={4} component="li">
      <Title order={3} size="h5">
        {`${e.title(formatDate(evaluatie.evaluatedOn))} (${evaluatie.withParents ? e.withParents : e.withoutParents})`}
      </Title>
      {evaluatie.vakken.length > 0 && <EvaluatieTable evaluatie={evaluatie} />}
      {evaluatie.note.trim() && (
        <Text size="sm" className="opp-prose">
          {evaluatie.note}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {e.by(evaluatie.recordedBy, formatDate(evaluatie.recordedAt))}
      </Text>
    </Stack>
  );
}

/** A teacher's note for the next evaluation: the one thing the leerkracht writes in an OPP. */
function NoteForm({ opp }: { opp: OppResponse }) {
  const { t } = useI18n();
  const e = t.opp.evaluaties;
  const add = useAddOppNote(opp.id);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    add.mutate(
      { note },
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
      <Stack gap="xs">
        <Textarea
          label={e.teacherNote}
          description={e.teacherNoteHint}
          autosize
          minRows={2}
          value={note}
          onChange={(ev) => setNote(ev.currentTarget.value)}
          error={fieldError(add.error, 'note')}
        />
        {generalError(add.error, ['note']) !== null && (
          <ErrorAlert error={generalError(add.error, ['note'])} />
        )}
        {saved && (
          <Text size="sm" className="cycle-done" role="status">
            {e.noteSaved}
          </Text>
        )}
        <Group>
          <Button type="submit" variant="light" loading={add.isPending} disabled={note.trim() === ''}>
            {e.addNote}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function OppEvaluaties({ opp }: { opp: OppResponse }) {
  const { t } = useI18n();
  const e = t.opp.evaluaties;
  const [open, setOpen] = useState(false);
  const canEvaluate = opp.abilities.includes('opp.write') && opp.steps.includes('evalueren');
  const canNote = opp.abilities.includes('opp.note') && opp.status !== 'beeindigd';
  return (
    <Section title={t.opp.sections.evaluaties} id="opp-evaluaties">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {e.intro}
        </Text>
        {opp.evaluaties.length === 0 ? (
          <Text size="sm">{e.none}</Text>
        ) : (
          <Stack gap="md" component="ul" className="opp-list">
            {opp.evaluaties.map((ev) => (
              <EvaluatieItem key={ev.id} evaluatie={ev} />
            ))}
          </Stack>
        )}
        {canEvaluate && (
          <Group>
            <Button variant="light" onClick={() => setOpen(true)}>
              {t.opp.steps.evalueren}
            </Button>
          </Group>
        )}
        {canNote && <NoteForm opp={opp} />}
      </Stack>
      <Modal
        closeButtonProps={{ 'aria-label': t.opp.close }}
        opened={open}
        onClose={() => setOpen(false)}
        title={e.newTitle}
        size="lg"
      >
        {open && <EvaluatieForm opp={opp} onDone={() => setOpen(false)} />}
      </Modal>
    </Section>
  );
}
