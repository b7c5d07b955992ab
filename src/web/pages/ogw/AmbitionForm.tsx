import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useCreateAmbition } from '../../api/ogw';
import type { AmbitionTarget } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';

const KINDS = [
  'atOrAbove',
  'atMostLowest',
  'meanAtLeastNorm',
  'growthAsExpected',
  'refAtLeast1F',
  'refAtLeast2F',
  'woorden',
] as const;
type Kind = (typeof KINDS)[number];
const LEVELS = ['I', 'II', 'III', 'IV'];

/** The target from the form's fields; percentages on screen, fractions in the data. */
export function buildTarget(kind: Kind, percent: number, level: string, text: string): AmbitionTarget {
  const share = percent / 100;
  switch (kind) {
    case 'atOrAbove':
      return { kind, system: 'I-V', level, minShare: share };
    case 'atMostLowest':
      return { kind, system: 'I-V', maxShare: share };
    case 'meanAtLeastNorm':
      return { kind };
    case 'woorden':
      return { kind, text };
    default:
      return { kind, minShare: share };
  }
}

interface CellChoice {
  vak: string | null;
  jaargroep: string | null;
  moment: string | null;
  percent: number;
  level: string;
}

/** Where the ambition holds (vak, jaargroep, moment) and its share and level, as far as the kind needs. */
function CellFields({
  kind,
  cell,
  onChange,
}: {
  kind: Kind;
  cell: CellChoice;
  onChange: (next: Partial<CellChoice>) => void;
}) {
  const { t } = useI18n();
  const a = t.ambities;
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
      <Select
        label={a.vak}
        data={Object.entries(t.vakken).map(([value, label]) => ({ value, label }))}
        value={cell.vak}
        allowDeselect={false}
        onChange={(vak) => onChange({ vak })}
      />
      <Select
        label={a.jaargroep}
        data={['3', '4', '5', '6', '7', '8'].map((j) => ({
          value: j,
          label: t.overzicht.jaargroep(Number(j)),
        }))}
        value={cell.jaargroep}
        allowDeselect={false}
        onChange={(jaargroep) => onChange({ jaargroep })}
      />
      <Select
        label={a.moment}
        data={['B', 'M', 'E'].map((m) => ({ value: m, label: t.overzicht.moments[m] ?? m }))}
        value={cell.moment}
        allowDeselect={false}
        onChange={(moment) => onChange({ moment })}
      />
      {kind !== 'meanAtLeastNorm' && (
        <NumberInput
          label={a.value}
          min={0}
          max={100}
          suffix=" %"
          value={cell.percent}
          onChange={(v) => onChange({ percent: typeof v === 'number' ? v : 0 })}
        />
      )}
      {kind === 'atOrAbove' && (
        <Select
          label={a.level}
          data={LEVELS}
          value={cell.level}
          allowDeselect={false}
          onChange={(v) => v && onChange({ level: v })}
        />
      )}
    </SimpleGrid>
  );
}

export function AmbitionForm({ schoolId, schooljaar }: { schoolId: string; schooljaar: string }) {
  const { t } = useI18n();
  const a = t.ambities;
  const create = useCreateAmbition(schoolId);
  const [kind, setKind] = useState<Kind>('atOrAbove');
  const [cell, setCell] = useState<CellChoice>({
    vak: 'rekenen-wiskunde',
    jaargroep: '3',
    moment: 'E',
    percent: 70,
    level: 'III',
  });
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const words = kind === 'woorden';
  const { moment } = cell;
  const submit = () =>
    create.mutate(
      {
        schooljaar,
        vak: words ? null : cell.vak,
        jaargroep: words ? null : Number(cell.jaargroep),
        moment: words ? null : moment === 'B' || moment === 'M' || moment === 'E' ? moment : null,
        target: buildTarget(kind, cell.percent, cell.level, text),
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
    <Paper withBorder radius="md" p="md" className="no-print">
      <Title order={2} size="h4" mb="sm">
        {a.add}
      </Title>
      <Stack gap="sm">
        <Select
          label={a.kind}
          data={KINDS.map((k) => ({ value: k, label: a.kinds[k] ?? k }))}
          value={kind}
          allowDeselect={false}
          onChange={(v) => v && setKind(v as Kind)}
        />
        {words ? (
          <Textarea
            label={a.text}
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        ) : (
          <CellFields kind={kind} cell={cell} onChange={(next) => setCell((c) => ({ ...c, ...next }))} />
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <TextInput label={a.reason} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <TextInput
            label={a.decidedBy}
            value={decidedBy}
            onChange={(e) => setDecidedBy(e.currentTarget.value)}
          />
        </SimpleGrid>
        {create.error && <ErrorAlert error={create.error} />}
        <Group>
          <Button onClick={submit} loading={create.isPending}>
            {a.save}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
