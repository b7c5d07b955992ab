import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { saveTeambesprekingAnswers, useTeambespreking } from '../../api/ogw';
import type { Teambespreking } from '../../api/types';
import { useAutosave } from '../../api/use-autosave';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ConflictAlert, SaveStatusLine } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';
import { OgwLegend, VERDICT_LEGEND } from './OgwLegend';
import { OverzichtGrid } from './OverzichtGrid';

type Answers = Teambespreking['answers'];
const QUESTIONS: (keyof Answers)[] = ['behaald', 'maatregelen', 'ambities'];
const SAVE_AFTER_MS = 1000;

/** The team's answers, saved as they are typed; a save over someone else's is refused and shown. */
function useAnswers(bespreking: Teambespreking, canWrite: boolean) {
  return useAutosave<Answers, Teambespreking>({
    initial: () => ({ draft: bespreking.answers, version: bespreking.version, saved: bespreking }),
    save: (answers, version) => saveTeambesprekingAnswers(bespreking.id, answers, version),
    versionOf: (saved) => saved.version,
    draftOf: (saved) => saved.answers,
    delayMs: SAVE_AFTER_MS,
    enabled: canWrite,
  });
}

function Answers({ bespreking }: { bespreking: Teambespreking }) {
  const { t } = useI18n();
  const tb = t.teambespreking;
  const canWrite = bespreking.abilities.includes('teambespreking.write');
  const editor = useAnswers(bespreking, canWrite);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        {QUESTIONS.map((q) => (
          <Textarea
            key={q}
            label={tb.questions[q]}
            autosize
            minRows={3}
            readOnly={!canWrite}
            value={editor.draft[q]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              editor.edit((answers) => ({ ...answers, [q]: value }));
            }}
          />
        ))}
        {canWrite && (
          <SaveStatusLine
            status={editor.status}
            savedAt={editor.saved?.updatedAt ?? null}
            texts={{
              saving: t.plan.saving,
              unsaved: t.plan.unsaved,
              error: t.plan.saveError,
              saved: t.plan.saved,
            }}
          />
        )}
        {editor.status === 'conflict' && editor.theirs && (
          <ConflictAlert
            title={t.plan.conflictTitle}
            keepMine={t.plan.keepMine}
            takeTheirs={t.plan.takeTheirs}
            onKeepMine={editor.keepMine}
            onTakeTheirs={editor.takeTheirs}
          >
            {QUESTIONS.map((q) => (
              <Text size="sm" key={q}>{`${tb.questions[q]} ${editor.theirs?.answers[q] ?? ''}`}</Text>
            ))}
          </ConflictAlert>
        )}
      </Stack>
    </Paper>
  );
}

export function TeambesprekingPage() {
  const { t, formatDate } = useI18n();
  const tb = t.teambespreking;
  const { teambesprekingId = '' } = useParams();
  const bespreking = useTeambespreking(teambesprekingId);
  return (
    <QueryState query={bespreking}>
      {(data) => (
        <Stack gap="md" className="overzicht-page">
          <PageHeader
            title={tb.title(formatDate(data.heldOn))}
            subtitle={tb.intro(data.schooljaar, data.moment, formatDate(data.snapshotAt))}
            crumbs={[
              { label: t.app.home, to: '/' },
              { label: t.overzicht.title, to: `/scholen/${data.schoolId}/schooloverzicht` },
              { label: tb.title(formatDate(data.heldOn)) },
            ]}
            actions={
              <Group className="no-print">
                <Button
                  component={Link}
                  to={`/scholen/${data.schoolId}/ambities?schooljaar=${data.schooljaar}`}
                  variant="default"
                >
                  {tb.toAmbitions}
                </Button>
                <Button variant="default" onClick={() => window.print()}>
                  {t.overzicht.print}
                </Button>
              </Group>
            }
          />
          <OverzichtGrid data={data.snapshot} />
          <OgwLegend items={[...VERDICT_LEGEND, 'sparkline']} />
          <Title order={2} size="h4">
            {t.overzicht.words}
          </Title>
          {data.snapshot.words.map((w) => (
            <Text size="sm" key={w.id}>{`${w.text} — ${w.evaluation ?? t.overzicht.notEvaluated}`}</Text>
          ))}
          <Answers bespreking={data} />
        </Stack>
      )}
    </QueryState>
  );
}
