import {
  Alert,
  Badge,
  Blockquote,
  Button,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useRecordOverleg, type OppOverleg, type OppResponse, type OverlegOutcome } from '../../api/opp';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { fieldError, generalError, todayIso } from '../form-errors';
import { Section } from './OppEditor';

const OUTCOMES: OverlegOutcome[] = ['instemming', 'geen_overeenstemming', 'besproken'];
const OUTCOME_TONE: Record<OverlegOutcome, string> = {
  instemming: 'tone-klaar',
  geen_overeenstemming: 'tone-niet',
  besproken: 'tone-open',
};

/** Where parents can turn without overeenstemming: named in the catalog, from the server's codes. */
export function WhereToTurn({ codes }: { codes: readonly string[] }) {
  const { t } = useI18n();
  const ov = t.opp.overleg;
  if (codes.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={ov.whereTitle}>
      <Stack gap={4}>
        {codes.map((code) => (
          <Text size="sm" key={code}>
            {ov.where[code] ?? code}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

function OverlegItem({ overleg, opp }: { overleg: OppOverleg; opp: OppResponse }) {
  const { t, formatDate } = useI18n();
  const ov = t.opp.overleg;
  const outdated =
    overleg.outcome === 'instemming' &&
    overleg.oppVersion !== opp.version &&
    opp.steps.includes('vaststellen');
  return (
    <Stack gap={6} component="li">
      <Group gap="xs">
        <Badge variant="light" className={OUTCOME_TONE[overleg.outcome]}>
          {ov.outcomeShort[overleg.outcome] ?? overleg.outcome}
        </Badge>
        <Text size="sm" fw={600}>
          {ov.line(formatDate(overleg.heldOn), overleg.participants)}
        </Text>
        <Text size="xs" c="dimmed">
          {ov.aboutVersion(overleg.oppVersion)}
        </Text>
      </Group>
      {overleg.parentsView.trim() && (
        <Blockquote p="xs" color="gray" className="opp-prose" fz="sm">
          {overleg.parentsView}
        </Blockquote>
      )}
      {overleg.note.trim() && (
        <Text size="sm" className="opp-prose">
          <Text span fw={600}>{`${ov.note}: `}</Text>
          {overleg.note}
        </Text>
      )}
      {outdated && (
        <Text size="sm" className="cycle-missing">
          {ov.outdated}
        </Text>
      )}
      <WhereToTurn codes={overleg.whereToTurn} />
      <Text size="xs" c="dimmed">
        {ov.recordedBy(overleg.recordedBy, formatDate(overleg.recordedAt))}
      </Text>
    </Stack>
  );
}

const FIELDS = ['heldOn', 'participants', 'parentsView', 'outcome', 'note'];

function OutcomeField({
  value,
  onChange,
  error,
}: {
  value: OverlegOutcome;
  onChange(value: OverlegOutcome): void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const ov = t.opp.overleg;
  return (
    <Radio.Group
      label={ov.outcome}
      value={value}
      onChange={(v) => onChange(v as OverlegOutcome)}
      error={error}
    >
      <Stack gap={6} mt={4}>
        {OUTCOMES.map((o) => (
          <Radio key={o} value={o} label={ov.outcomes[o]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function OverlegForm({ opp, onDone }: { opp: OppResponse; onDone: () => void }) {
  const { t } = useI18n();
  const ov = t.opp.overleg;
  const record = useRecordOverleg(opp.id);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [participants, setParticipants] = useState('');
  const [parentsView, setParentsView] = useState('');
  const [outcome, setOutcome] = useState<OverlegOutcome>('instemming');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ heldOn, participants, parentsView, outcome, note }, { onSuccess: onDone });
  };
  const error = (field: string) => fieldError(record.error, field);
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          type="date"
          label={ov.heldOn}
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
          error={error('heldOn')}
        />
        <TextInput
          label={ov.participants}
          placeholder={ov.participantsPlaceholder}
          required
          value={participants}
          onChange={(e) => setParticipants(e.currentTarget.value)}
          error={error('participants')}
        />
        <Textarea
          label={ov.parentsView}
          autosize
          minRows={3}
          value={parentsView}
          onChange={(e) => setParentsView(e.currentTarget.value)}
          error={error('parentsView')}
        />
        <OutcomeField value={outcome} onChange={setOutcome} error={error('outcome')} />
        <Textarea
          label={ov.note}
          description={outcome === 'geen_overeenstemming' ? ov.noteRequired : undefined}
          required={outcome === 'geen_overeenstemming'}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={error('note')}
        />
        {outcome === 'geen_overeenstemming' && (
          <WhereToTurn codes={['onderwijsconsulenten', 'geschillencommissie_passend_onderwijs']} />
        )}
        {generalError(record.error, FIELDS) !== null && (
          <ErrorAlert error={generalError(record.error, FIELDS)} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t.opp.steps.cancel}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {ov.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The overleg with the verzorgers: every conversation kept with their view in their own words. Only
 * an instemming on the version as stored lets the OPP be vastgesteld, so recording waits for the save.
 */
export function OppOverleg({ opp, settled }: { opp: OppResponse; settled: boolean }) {
  const { t } = useI18n();
  const ov = t.opp.overleg;
  const [open, setOpen] = useState(false);
  const canWrite = opp.abilities.includes('opp.write') && opp.status !== 'beeindigd';
  return (
    <Section title={t.opp.sections.overleg} id="opp-overleg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {ov.intro}
        </Text>
        {opp.overleggen.length === 0 ? (
          <Text size="sm">{ov.none}</Text>
        ) : (
          <Stack gap="md" component="ul" className="opp-list">
            {opp.overleggen.map((o) => (
              <OverlegItem key={o.id} overleg={o} opp={opp} />
            ))}
          </Stack>
        )}
        {canWrite && (
          <Group gap="sm">
            <Button variant="light" onClick={() => setOpen(true)} disabled={!settled}>
              {ov.add}
            </Button>
            {!settled && (
              <Text size="xs" c="dimmed">
                {ov.waitForSave}
              </Text>
            )}
          </Group>
        )}
      </Stack>
      <Modal
        closeButtonProps={{ 'aria-label': t.opp.close }}
        opened={open}
        onClose={() => setOpen(false)}
        title={ov.addTitle}
        size="lg"
      >
        {open && <OverlegForm opp={opp} onDone={() => setOpen(false)} />}
      </Modal>
    </Section>
  );
}
