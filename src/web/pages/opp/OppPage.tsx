import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useOpp, type OppResponse, type OppTerm } from '../../api/opp';
import { usePupilAnalysis } from '../../api/queries';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ConflictAlert, SaveStatusLine } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';
import { OppDocument } from './OppDocument';
import { OppEditor } from './OppEditor';
import { OppEvaluaties } from './OppEvaluaties';
import { OppOverleg } from './OppOverleg';
import { OppStatusBadge } from './OppStatusBadge';
import { OppSteps } from './OppSteps';
import { OppVersions } from './OppVersions';
import { useOppEditor, type OppEditor as Editor } from './useOppEditor';
import './opp.css';

/** A legal term: its date, in red once past, in orange when it is close. */
function Term({ label, term }: { label: string; term: OppTerm | null }) {
  const { t, formatDate } = useI18n();
  if (!term) return null;
  return (
    <Text
      size="sm"
      c={term.overdue ? 'red.9' : undefined}
      className={!term.overdue && term.soon ? 'cycle-missing' : undefined}
      fw={term.overdue || term.soon ? 600 : undefined}
    >
      {`${label} ${formatDate(term.due)}`}
      {term.overdue && ` (${t.opp.terms.overdue})`}
      {!term.overdue && term.soon && ` (${t.opp.terms.soon})`}
    </Text>
  );
}

function StatusCard({ opp, editor, editable }: { opp: OppResponse; editor: Editor; editable: boolean }) {
  const { t, formatDate } = useI18n();
  const o = t.opp;
  return (
    <Paper withBorder radius="md" p="md" className="no-print">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Group gap="sm">
              <OppStatusBadge status={opp.status} size="lg" />
              <Text size="sm">{`${o.terms.decidedOn}: ${formatDate(opp.decidedOn)}`}</Text>
              {opp.vastgesteldOn && (
                <Text size="sm">{`${o.terms.vastgesteldOn}: ${formatDate(opp.vastgesteldOn)}`}</Text>
              )}
              {opp.endedOn && <Text size="sm">{`${o.terms.endedOn}: ${formatDate(opp.endedOn)}`}</Text>}
            </Group>
            <Term label={o.terms.vaststelling} term={opp.terms.vaststelling} />
            <Term label={o.terms.evaluatie} term={opp.terms.evaluatie} />
            <Text size="xs" c="dimmed">
              {o.terms.hint(opp.terms.termWeeks)}
            </Text>
          </Stack>
          {editable && (
            <SaveStatusLine status={editor.status} savedAt={editor.savedAt} texts={o.save} showLastSave />
          )}
        </Group>
        <OppSteps opp={opp} settled={editor.settled} />
      </Stack>
    </Paper>
  );
}

function Notices({ opp, editable }: { opp: OppResponse; editable: boolean }) {
  const { t, formatDate } = useI18n();
  const o = t.opp;
  const mayWrite = opp.abilities.includes('opp.write');
  return (
    <>
      {opp.pupil.leftOn && (
        <Alert color="gray" variant="light" className="no-print">
          {o.leftSchool(formatDate(opp.pupil.leftOn))}
        </Alert>
      )}
      {!mayWrite && (
        <Text size="sm" c="dimmed" className="no-print">
          {o.noWrite}
        </Text>
      )}
      {mayWrite && !editable && o.locked[opp.status] && (
        <Alert color="blue" variant="light" className="no-print">
          {o.locked[opp.status]}
        </Alert>
      )}
    </>
  );
}

function OppView({ opp }: { opp: OppResponse }) {
  const { t, formatDate } = useI18n();
  const o = t.opp;
  const editable = opp.abilities.includes('opp.write') && opp.steps.includes('wijzigen');
  const editor = useOppEditor(opp, editable);
  const analysis = usePupilAnalysis(opp.pupil.id);
  const historyOf = (vak: string) => analysis.data?.vakken.find((v) => v.vak === vak)?.history ?? null;
  return (
    <Stack gap="md" className="opp-page">
      <div className="no-print">
        <PageHeader
          title={o.title(opp.pupil.name)}
          subtitle={o.meta(opp.version, opp.updatedBy, formatDate(opp.updatedAt))}
          crumbs={[
            { label: t.app.home, to: '/' },
            ...(opp.pupil.group
              ? [{ label: opp.pupil.group.name, to: `/groepen/${opp.pupil.group.id}` }]
              : []),
            { label: opp.pupil.name, to: `/leerlingen/${opp.pupil.id}` },
            { label: o.crumb },
          ]}
          actions={
            <Button variant="default" onClick={() => window.print()}>
              {o.print}
            </Button>
          }
        />
      </div>
      <Notices opp={opp} editable={editable} />
      <StatusCard opp={opp} editor={editor} editable={editable} />
      {editor.status === 'conflict' && editor.theirs && (
        <ConflictAlert
          title={o.save.conflictTitle}
          keepMine={o.save.keepMine}
          takeTheirs={o.save.takeTheirs}
          onKeepMine={editor.keepMine}
          onTakeTheirs={editor.takeTheirs}
          className="no-print"
        >
          <Text size="sm">{o.save.conflictText(editor.theirs.updatedBy, editor.theirs.version)}</Text>
        </ConflictAlert>
      )}
      {editable && (
        <div className="no-print">
          <OppEditor opp={opp} editor={editor} historyOf={historyOf} />
        </div>
      )}
      <OppDocument opp={opp} historyOf={historyOf} printOnly={editable} />
      <div className="no-print">
        <Stack gap="md">
          <OppOverleg opp={opp} settled={editor.settled} />
          <OppEvaluaties opp={opp} />
          <OppVersions opp={opp} />
        </Stack>
      </div>
    </Stack>
  );
}

export function OppPage() {
  const { oppId = '' } = useParams();
  const opp = useOpp(oppId);
  return <QueryState query={opp}>{(data) => <OppView opp={data} />}</QueryState>;
}
