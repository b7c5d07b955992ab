import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { measureOf, nationalReference } from '../../../domain/ambitions-reference';
import type { AmbitionTarget as DomainTarget } from '../../../domain/ambitions';
import { useCreateAmbition } from '../../api/ogw';
import type { Ambition, AmbitionTarget } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { AmbitionReference } from './AmbitionReference';
import { goalLabel } from './format';

const MEASURED = [
  'atOrAbove',
  'atMostLowest',
  'meanAtLeastNorm',
  'growthAsExpected',
  'refAtLeast1F',
  'refAtLeast2F',
] as const;
type Kind = (typeof MEASURED)[number];
const LEVELS = ['I', 'II', 'III', 'IV'];
/** Referentieniveaus are measured by the doorstroomtoets in groep 8, for lezen, taalverzorging and rekenen. */
const REFERENTIE_VAKKEN = ['begrijpend-lezen', 'spelling', 'rekenen-wiskunde'];

/** The target from the form's fields; percentages on screen, fractions in the data. */
export function buildTarget(
  kind: Kind | 'woorden',
  percent: number,
  level: string,
  text = '',
): AmbitionTarget {
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

export interface CellKey {
  vak: string;
  jaargroep: number;
  moment: 'B' | 'M' | 'E';
}

/** The kinds that fit the cell: a referentieniveau only in groep 8 and for the vakken that have one. */
function kindsOf(cell: CellKey): Kind[] {
  const referentie = cell.jaargroep === 8 && REFERENTIE_VAKKEN.includes(cell.vak);
  return MEASURED.filter((k) => referentie || (k !== 'refAtLeast1F' && k !== 'refAtLeast2F'));
}

/**
 * Sets an ambition for one cell (jaargroep, vak, moment). The national share of the chosen measure
 * shows while the team types; when the cell has an ambition for that measure already, the form says
 * that saving changes it (the server keeps one per key).
 */
export function AmbitionForm(props: {
  schoolId: string;
  schooljaar: string;
  cell: CellKey;
  existing: readonly Ambition[];
  start?: AmbitionTarget;
  onSaved: (saved: Ambition) => void;
}) {
  const { t, formatNumber } = useI18n();
  const a = t.ambities;
  const create = useCreateAmbition(props.schoolId);
  const start = props.start;
  const [kind, setKind] = useState<Kind>(start && start.kind !== 'woorden' ? start.kind : 'atOrAbove');
  const [level, setLevel] = useState(start?.kind === 'atOrAbove' ? start.level : 'III');
  const startShare =
    start && 'minShare' in start ? start.minShare : start && 'maxShare' in start ? start.maxShare : 0.7;
  const [percent, setPercent] = useState(Math.round(startShare * 1000) / 10);
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const target = buildTarget(kind, percent, level);
  const measure = measureOf(target as DomainTarget);
  const same = props.existing.find((e) => measureOf(e.target as DomainTarget) === measure);
  const submit = () =>
    create.mutate(
      { schooljaar: props.schooljaar, ...props.cell, target, reason, decidedBy },
      { onSuccess: props.onSaved },
    );
  return (
    <Stack gap="sm">
      <Select
        label={a.kind}
        data={kindsOf(props.cell).map((k) => ({ value: k, label: a.kinds[k] ?? k }))}
        value={kind}
        allowDeselect={false}
        onChange={(v) => v && setKind(v as Kind)}
      />
      <SimpleGrid cols={2} spacing="sm">
        {kind !== 'meanAtLeastNorm' && (
          <NumberInput
            label={a.value}
            min={0}
            max={100}
            suffix=" %"
            value={percent}
            onChange={(v) => setPercent(typeof v === 'number' ? v : 0)}
          />
        )}
        {kind === 'atOrAbove' && (
          <Select
            label={a.level}
            data={LEVELS}
            value={level}
            allowDeselect={false}
            onChange={(v) => v && setLevel(v)}
          />
        )}
      </SimpleGrid>
      <div aria-live="polite">
        <AmbitionReference target={target} reference={nationalReference(target as DomainTarget)} />
      </div>
      {same && (
        <Alert variant="light" color="gray" p="xs">
          {a.replaces(goalLabel(same.target, t, formatNumber))}
        </Alert>
      )}
      <Stack gap="sm">
        <TextInput
          label={a.reason}
          required={same !== undefined}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <TextInput
          label={a.decidedBy}
          value={decidedBy}
          onChange={(e) => setDecidedBy(e.currentTarget.value)}
        />
      </Stack>
      {create.error && <ErrorAlert error={create.error} />}
      <Group justify="flex-end">
        <Button
          onClick={submit}
          loading={create.isPending}
          disabled={same !== undefined && reason.trim() === ''}
        >
          {a.save}
        </Button>
      </Group>
    </Stack>
  );
}
