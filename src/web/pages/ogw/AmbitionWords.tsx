import { Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useCreateAmbition } from '../../api/ogw';
import type { Ambition, AmbitionList } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import type { Edit } from './AmbitionEditDialog';
import { AmbitionHistory } from './AmbitionCellDialog';

/** A new ambition in words (e.g. about instructiegedrag), for the whole school. */
function WordsForm({ schoolId, schooljaar }: { schoolId: string; schooljaar: string }) {
  const { t } = useI18n();
  const a = t.ambities;
  const create = useCreateAmbition(schoolId);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const submit = () =>
    create.mutate(
      {
        schooljaar,
        vak: null,
        jaargroep: null,
        moment: null,
        target: { kind: 'woorden', text },
        reason,
        decidedBy,
      },
      {
        onSuccess: () => {
          setText('');
          setReason('');
        },
      },
    );
  return (
    <Stack gap="xs">
      <Textarea
        label={a.text}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <TextInput label={a.reason} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <TextInput
          label={a.decidedBy}
          value={decidedBy}
          onChange={(e) => setDecidedBy(e.currentTarget.value)}
        />
      </Group>
      {create.error && <ErrorAlert error={create.error} />}
      <Group>
        <Button variant="default" onClick={submit} loading={create.isPending}>
          {a.wordsAdd}
        </Button>
      </Group>
    </Stack>
  );
}

function WordsAmbition({
  amb,
  canManage,
  onEdit,
}: {
  amb: Ambition;
  canManage: boolean;
  onEdit: (e: Edit) => void;
}) {
  const { t } = useI18n();
  const a = t.ambities;
  const [history, setHistory] = useState(false);
  const active = amb.status === 'actief';
  if (amb.target.kind !== 'woorden') return null;
  return (
    <Stack gap={2}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" fw={500}>
          {amb.target.text}
          {!active && (
            <Badge ml="xs" size="sm" variant="light" className="tone-open">
              {a.dropped}
            </Badge>
          )}
        </Text>
        {canManage && active && (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => onEdit({ ambition: amb, mode: 'evaluate' })}
            >
              {a.evaluate}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              onClick={() => onEdit({ ambition: amb, mode: 'drop' })}
            >
              {a.drop}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c={amb.evaluation ? undefined : 'dimmed'}>
        {`${t.overzicht.evaluation}: ${amb.evaluation ?? t.overzicht.notEvaluated}`}
      </Text>
      <Button
        size="compact-xs"
        variant="subtle"
        w="fit-content"
        onClick={() => setHistory(!history)}
        aria-expanded={history}
      >
        {`${a.history} (${amb.history.length})`}
      </Button>
      {history && <AmbitionHistory amb={amb} />}
    </Stack>
  );
}

/** The ambitions in words of the schooljaar: the team judges them, so each carries its evaluation. */
export function AmbitionWords({ data, onEdit }: { data: AmbitionList; onEdit: (e: Edit) => void }) {
  const { t } = useI18n();
  const a = t.ambities;
  const canManage = data.abilities.includes('ambition.manage');
  const words = data.ambitions.filter((x) => x.target.kind === 'woorden');
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb={4}>
        {a.wordsTitle}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {a.wordsIntro}
      </Text>
      <Stack gap="md">
        {words.length === 0 && <Text size="sm">{t.overzicht.noWords}</Text>}
        {words.map((amb) => (
          <WordsAmbition key={amb.id} amb={amb} canManage={canManage} onEdit={onEdit} />
        ))}
        {canManage && <WordsForm schoolId={data.schoolId} schooljaar={data.schooljaar} />}
      </Stack>
    </Paper>
  );
}
