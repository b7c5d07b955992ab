import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../../api/queries';
import { useBespreking, type BesprekingDetail } from '../../api/zorg';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { AfsprakenPanel } from './AfsprakenPanel';
import { DeelnemersPanel } from './DeelnemersPanel';
import { GroupAgendaView } from './GroupAgendaView';
import { StatusBadge } from './parts';
import { OuderAgendaView } from './OuderAgendaView';
import { PupilAgendaView } from './PupilAgendaView';
import { QuestionsForm } from './QuestionsForm';
import { RaiseDialog, RaisedPupils } from './RaisedPupils';
import { StatusActions, Versions } from './StatusActions';
import { useBesprekingEditor, type BesprekingEditor } from './useBesprekingEditor';
import { zorgSchools } from './zorg-schools';
import './zorg.css';

type Pupil = { id: string; name: string };

/** Date, status, who or what it is about, and the participants. */
function Facts({
  bespreking,
  editor,
  canWrite,
}: {
  bespreking: BesprekingDetail;
  editor: BesprekingEditor;
  canWrite: boolean;
}) {
  const { t, formatDate } = useI18n();
  const b = t.bespreking;
  return (
    <Paper withBorder radius="md" p="md" className="bespreking-section">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="xs">
            {canWrite ? (
              <TextInput
                type="date"
                label={b.plannedOn}
                w={180}
                className="no-print"
                value={editor.draft.plannedOn}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  editor.edit((d) => ({ ...d, plannedOn: value }));
                }}
              />
            ) : null}
            <Text size="sm" className={canWrite ? 'print-only' : undefined}>
              <Text span c="dimmed" size="sm">
                {`${b.plannedOn}: `}
              </Text>
              {formatDate(bespreking.plannedOn)}
            </Text>
            {bespreking.heldOn && <Text size="sm">{b.heldOn(formatDate(bespreking.heldOn))}</Text>}
            {bespreking.group && (
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  {`${b.group}: `}
                </Text>
                <Anchor component={Link} to={`/groepen/${bespreking.group.id}`} size="sm">
                  {bespreking.group.name}
                </Anchor>
              </Text>
            )}
            {bespreking.pupil && (
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  {`${b.pupil}: `}
                </Text>
                <Anchor component={Link} to={`/leerlingen/${bespreking.pupil.id}`} size="sm">
                  {bespreking.pupil.name}
                </Anchor>
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <DeelnemersPanel bespreking={bespreking} editor={editor} canWrite={canWrite} />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

function AgendaSection({
  bespreking,
  onRaise,
}: {
  bespreking: BesprekingDetail;
  onRaise: ((pupil: Pupil) => void) | null;
}) {
  const { t, formatDate } = useI18n();
  const b = t.bespreking;
  const agenda = bespreking.agenda;
  return (
    <Paper withBorder radius="md" p="md" className="bespreking-section bespreking-agenda">
      <Stack gap="sm">
        <Stack gap={0}>
          <Title order={2} size="h4">
            {b.agenda}
          </Title>
          <Text size="sm" c="dimmed">
            {bespreking.frozenAt ? b.agendaFrozen(formatDate(bespreking.frozenAt)) : b.agendaLive}
          </Text>
        </Stack>
        {agenda.kind === 'groep' && (
          <GroupAgendaView agenda={agenda} raised={bespreking.raisedPupils} onRaise={onRaise} />
        )}
        {agenda.kind === 'leerling' && <PupilAgendaView agenda={agenda} />}
        {agenda.kind === 'ouder' && <OuderAgendaView agenda={agenda} />}
      </Stack>
    </Paper>
  );
}

function BesprekingView({ bespreking }: { bespreking: BesprekingDetail }) {
  const { t, formatDate } = useI18n();
  const b = t.bespreking;
  const mayWrite = bespreking.abilities.includes('zorg.write');
  const canWrite = mayWrite && !bespreking.readOnly;
  const editor = useBesprekingEditor(bespreking, canWrite);
  const [raising, setRaising] = useState<Pupil | null | false>(false);
  const kind = t.zorg.kinds[bespreking.kind] ?? bespreking.kind;
  const about = bespreking.pupil?.name ?? bespreking.group?.name ?? '';
  const title = b.title(kind, about);
  const canRaise = canWrite && bespreking.kind === 'groepsbespreking';
  // The way back to the care pages, for whoever has them (a leerkracht comes from the start page).
  const me = useMe().data;
  const followsCare = me ? zorgSchools(me).some((s) => s.id === bespreking.schoolId) : false;
  return (
    <Stack gap="md" className="bespreking-page">
      <PageHeader
        title={title}
        subtitle={
          <Group gap="xs">
            <StatusBadge
              status={bespreking.status}
              label={t.zorg.statuses[bespreking.status] ?? bespreking.status}
            />
            <span>{b.meta(bespreking.schooljaar, bespreking.periode?.name ?? null)}</span>
          </Group>
        }
        crumbs={[
          { label: t.app.home, to: '/' },
          ...(followsCare ? [{ label: t.zorg.title, to: `/zorg?school=${bespreking.schoolId}` }] : []),
          { label: title },
        ]}
        actions={
          <Group gap="xs" className="no-print">
            <StatusActions bespreking={bespreking} editor={editor} />
            <Button variant="default" onClick={() => window.print()}>
              {b.print}
            </Button>
          </Group>
        }
      />
      <Text size="xs" className="print-only">
        {b.printedOn(formatDate(new Date().toISOString()))}
      </Text>
      {bespreking.readOnly && (
        <Alert color="teal" variant="light" className="no-print">
          {b.readOnly}
        </Alert>
      )}
      {!mayWrite && (
        <Alert color="gray" variant="light" className="no-print">
          {b.noWrite}
        </Alert>
      )}
      <Facts bespreking={bespreking} editor={editor} canWrite={canWrite} />
      {bespreking.consentWarning && (
        <Alert color="orange" variant="light" title={b.consentTitle} role="alert">
          {b.consentWarning(bespreking.consentWarning.externals.join(', '))}
        </Alert>
      )}
      <AgendaSection bespreking={bespreking} onRaise={canRaise ? setRaising : null} />
      <QuestionsForm bespreking={bespreking} editor={editor} canWrite={canWrite} />
      {bespreking.kind === 'groepsbespreking' && (
        <RaisedPupils bespreking={bespreking} canWrite={canRaise} onRaise={setRaising} />
      )}
      <AfsprakenPanel
        bespreking={bespreking}
        canWrite={canWrite && bespreking.abilities.includes('afspraak.write')}
      />
      <Versions bespreking={bespreking} />
      {raising !== false && (
        <RaiseDialog bespreking={bespreking} pupil={raising} onClose={() => setRaising(false)} />
      )}
    </Stack>
  );
}

/** One bespreking: the agenda from the data, the questions, afspraken, and its state (read-only once vastgesteld). */
export function BesprekingPage() {
  const { besprekingId = '' } = useParams();
  const query = useBespreking(besprekingId);
  return (
    <QueryState query={query}>
      {(data) => <BesprekingView key={`${data.id}:${data.status}`} bespreking={data} />}
    </QueryState>
  );
}
