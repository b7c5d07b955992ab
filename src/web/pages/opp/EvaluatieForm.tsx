import { Button, Checkbox, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useEvaluateOpp, type OppResponse } from '../../api/opp';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError, todayIso } from '../form-errors';

interface VakInput {
  vak: string;
  reason: string;
  adjusted: boolean;
}

/** One vak of the evaluation: its figures since the start, why it went so, and whether the OPP changes. */
function VakEvaluatie({
  input: v,
  view,
  error,
  onChange,
}: {
  input: VakInput;
  view: OppResponse['perVak'][number] | undefined;
  error: string | undefined;
  onChange(patch: Partial<VakInput>): void;
}) {
  const { t, formatNumber } = useI18n();
  const e = t.opp.evaluaties;
  const pct = (n: number | null) => (n === null ? t.opp.empty : t.opp.pct(formatNumber(n)));
  const vakLabel = t.vakken[v.vak] ?? v.vak;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {`${vakLabel}: ${e.vakFigures(pct(view?.leerrendementSince ?? null), pct(view?.lrv ?? null))}`}
      </Text>
      <Textarea
        label={e.vakReason(vakLabel)}
        autosize
        minRows={2}
        value={v.reason}
        onChange={(ev) => onChange({ reason: ev.currentTarget.value })}
        error={error}
      />
      <Checkbox
        label={e.vakAdjusted(vakLabel)}
        checked={v.adjusted}
        onChange={(ev) => onChange({ adjusted: ev.currentTarget.checked })}
      />
    </Stack>
  );
}

/** A new evaluation of the OPP: on which day, with the parents or not, per vak why and whether adjusted. */
export function EvaluatieForm({ opp, onDone }: { opp: OppResponse; onDone: () => void }) {
  const { t } = useI18n();
  const e = t.opp.evaluaties;
  const evaluate = useEvaluateOpp(opp.id);
  const [evaluatedOn, setEvaluatedOn] = useState(todayIso());
  const [withParents, setWithParents] = useState(true);
  const [note, setNote] = useState('');
  const [vakken, setVakken] = useState<VakInput[]>(() =>
    opp.perVak.map((v) => ({ vak: v.vak, reason: '', adjusted: false })),
  );
  const set = (i: number, patch: Partial<VakInput>) =>
    setVakken((list) => list.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    evaluate.mutate({ evaluatedOn, withParents, vakken, note }, { onSuccess: onDone });
  };
  const fields = ['evaluatedOn', 'note', ...vakken.map((_, i) => `vakken.${i}.reason`)];
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{e.newIntro}</Text>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={e.evaluatedOn}
            required
            value={evaluatedOn}
            onChange={(ev) => setEvaluatedOn(ev.currentTarget.value)}
            error={fieldError(evaluate.error, 'evaluatedOn')}
          />
          <Checkbox
            mb={8}
            label={e.withParentsLabel}
            checked={withParents}
            onChange={(ev) => setWithParents(ev.currentTarget.checked)}
          />
        </Group>
        {vakken.map((v, i) => (
          <VakEvaluatie
            key={v.vak}
            input={v}
            view={opp.perVak[i]}
            error={fieldError(evaluate.error, `vakken.${i}.reason`)}
            onChange={(patch) => set(i, patch)}
          />
        ))}
        <Textarea
          label={e.note}
          autosize
          minRows={2}
          value={note}
          onChange={(ev) => setNote(ev.currentTarget.value)}
          error={fieldError(evaluate.error, 'note')}
        />
        {generalError(evaluate.error, fields) !== null && (
          <ErrorAlert error={generalError(evaluate.error, fields)} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t.opp.steps.cancel}
          </Button>
          <Button type="submit" loading={evaluate.isPending}>
            {e.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
