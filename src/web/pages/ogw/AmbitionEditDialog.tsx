import { Button, Group, Modal, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useChangeAmbition } from '../../api/ogw';
import type { Ambition } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { goalLabel, targetShare } from './format';

export type Edit = { ambition: Ambition; mode: 'change' | 'drop' | 'evaluate' };

/** Changing an ambition's share, dropping it, or evaluating one in words: each with a reason. */
export function EditDialog({ edit, onClose }: { edit: Edit | null; onClose: () => void }) {
  const { t, formatNumber } = useI18n();
  const a = t.ambities;
  const change = useChangeAmbition();
  const share = edit ? targetShare(edit.ambition.target) : null;
  const [percent, setPercent] = useState<number | null>(null);
  const [evaluation, setEvaluation] = useState('');
  const [reason, setReason] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  if (!edit) return null;
  const { ambition, mode } = edit;
  const submit = () => {
    const base = { id: ambition.id, version: ambition.version, reason, decidedBy };
    const target = ambition.target;
    const value = (percent ?? (share ?? 0) * 100) / 100;
    const next =
      mode === 'drop'
        ? { ...base, status: 'vervallen' as const }
        : mode === 'evaluate'
          ? { ...base, evaluation }
          : {
              ...base,
              target:
                'minShare' in target
                  ? { ...target, minShare: value }
                  : 'maxShare' in target
                    ? { ...target, maxShare: value }
                    : target,
            };
    change.mutate(next, { onSuccess: onClose });
  };
  const title = mode === 'drop' ? a.dropTitle : mode === 'evaluate' ? a.evaluate : a.editTitle;
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t.overzicht.close }}>
      <Stack gap="sm">
        <Text size="sm">{goalLabel(ambition.target, t, formatNumber)}</Text>
        {mode === 'change' && share !== null && (
          <NumberInput
            label={a.value}
            min={0}
            max={100}
            suffix=" %"
            value={percent ?? share * 100}
            onChange={(v) => setPercent(typeof v === 'number' ? v : null)}
            data-autofocus
          />
        )}
        {mode === 'evaluate' && (
          <Textarea
            label={a.evaluationLabel}
            autosize
            minRows={3}
            value={evaluation}
            onChange={(e) => setEvaluation(e.currentTarget.value)}
          />
        )}
        <TextInput
          label={a.reason}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <TextInput
          label={a.decidedBy}
          value={decidedBy}
          onChange={(e) => setDecidedBy(e.currentTarget.value)}
        />
        {change.error && <ErrorAlert error={change.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {a.cancel}
          </Button>
          <Button onClick={submit} loading={change.isPending} color={mode === 'drop' ? 'red.8' : undefined}>
            {mode === 'drop' ? a.drop : a.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
