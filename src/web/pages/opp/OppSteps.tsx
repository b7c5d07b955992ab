import { Button, Group, List, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useOppStep, type OppResponse } from '../../api/opp';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError, todayIso } from '../form-errors';

type Dialog = 'vaststellen' | 'bijstellen' | 'beeindigen' | null;

function StepForm({
  opp,
  step,
  onDone,
}: {
  opp: OppResponse;
  step: Exclude<Dialog, null>;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const s = t.opp.steps;
  const take = useOppStep(opp.id);
  const [reason, setReason] = useState('');
  const [endedOn, setEndedOn] = useState(todayIso());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    take.mutate(
      {
        version: opp.version,
        step,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(step === 'beeindigen' ? { endedOn } : {}),
      },
      { onSuccess: onDone },
    );
  };
  const text = { vaststellen: s.vaststellenText, bijstellen: s.bijstellenText, beeindigen: s.beeindigenText };
  const confirm = { vaststellen: s.vaststellenConfirm, bijstellen: s.bijstellen, beeindigen: s.beeindigen };
  const fields = ['reason', 'endedOn'];
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{text[step]}</Text>
        {step === 'bijstellen' && (
          <Textarea
            label={s.bijstellenReason}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(take.error, 'reason')}
          />
        )}
        {step === 'beeindigen' && (
          <>
            <TextInput
              type="date"
              label={s.endedOn}
              required
              value={endedOn}
              onChange={(e) => setEndedOn(e.currentTarget.value)}
              error={fieldError(take.error, 'endedOn')}
            />
            <Textarea
              label={s.endReason}
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(take.error, 'reason')}
            />
          </>
        )}
        {generalError(take.error, fields) !== null && <ErrorAlert error={generalError(take.error, fields)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {s.cancel}
          </Button>
          <Button type="submit" loading={take.isPending} color={step === 'beeindigen' ? 'red' : undefined}>
            {confirm[step]}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The steps this state allows, with the server's reasons why vaststellen waits worded beside the
 * button. A step is about the version as stored, so the buttons wait for the autosave.
 */
export function OppSteps({ opp, settled }: { opp: OppResponse; settled: boolean }) {
  const { t } = useI18n();
  const s = t.opp.steps;
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!opp.abilities.includes('opp.write')) return null;
  const can = (step: string) => opp.steps.includes(step as OppResponse['steps'][number]);
  const blockers = opp.canVaststellen.reasons.filter((r) => r !== 'wrong_status');
  const titles = {
    vaststellen: s.vaststellenTitle,
    bijstellen: s.bijstellenTitle,
    beeindigen: s.beeindigenTitle,
  };
  if (!can('vaststellen') && !can('bijstellen') && !can('beeindigen')) return null;
  return (
    <Stack gap="xs" className="no-print">
      <Group gap="sm">
        {can('vaststellen') && (
          <Button
            onClick={() => setDialog('vaststellen')}
            disabled={!opp.canVaststellen.allowed || !settled}
            aria-describedby={blockers.length > 0 ? 'opp-blockers' : undefined}
          >
            {s.vaststellen}
          </Button>
        )}
        {can('bijstellen') && (
          <Button variant="default" onClick={() => setDialog('bijstellen')}>
            {s.bijstellen}
          </Button>
        )}
        {can('beeindigen') && (
          <Button variant="default" color="red" onClick={() => setDialog('beeindigen')} disabled={!settled}>
            {s.beeindigen}
          </Button>
        )}
      </Group>
      {can('vaststellen') && blockers.length > 0 && (
        <List size="sm" id="opp-blockers" className="cycle-missing">
          {blockers.map((b) => (
            <List.Item key={b}>{s.blockers[b]}</List.Item>
          ))}
        </List>
      )}
      {can('vaststellen') && blockers.length === 0 && !settled && (
        <Text size="xs" c="dimmed">
          {s.waitForSave}
        </Text>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t.opp.close }}
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog ? titles[dialog] : ''}
      >
        {dialog && <StepForm opp={opp} step={dialog} onDone={() => setDialog(null)} />}
      </Modal>
    </Stack>
  );
}
