import { Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { ApiError } from '../../api/client';
import type { BesprekingDetail, DecisionCode } from '../../api/zorg';
import { ConflictAlert, SaveStatusLine } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';
import { takesDecision } from './bespreking-draft';
import type { BesprekingEditor } from './useBesprekingEditor';

const DECISIONS: DecisionCode[] = [
  'geen',
  'extra_ondersteuning_groep',
  'bovenschoolse_zorg',
  'swv_arrangement',
  'opp_opstellen',
  'opp_bijstellen',
  'onderzoek',
  'anders',
];

function Decision({ editor, canWrite }: { editor: BesprekingEditor; canWrite: boolean }) {
  const { t } = useI18n();
  const b = t.bespreking;
  const decision = editor.draft.decision;
  return (
    <>
      <div className="answer-print" aria-hidden="true">
        <Text size="sm" fw={600}>
          {b.decision}
        </Text>
        <Text size="sm">{decision ? b.decisions[decision.code] : b.decisionNone}</Text>
        {decision?.toelichting && <Text size="sm">{decision.toelichting}</Text>}
      </div>
      <Stack gap="xs" className="bespreking-answer">
        <Select
          label={b.decision}
          placeholder={b.decisionNone}
          readOnly={!canWrite}
          clearable={canWrite}
          value={decision?.code ?? null}
          onChange={(value) => {
            const code = DECISIONS.find((c) => c === value) ?? null;
            editor.edit((d) => ({
              ...d,
              decision: code ? { code, toelichting: d.decision?.toelichting ?? '' } : null,
            }));
          }}
          data={DECISIONS.map((code) => ({ value: code, label: b.decisions[code] ?? code }))}
        />
        {decision && (
          <Textarea
            label={b.decisionNote}
            autosize
            minRows={2}
            readOnly={!canWrite}
            value={decision.toelichting}
            onChange={(e) => {
              const toelichting = e.currentTarget.value;
              editor.edit((d) => ({ ...d, decision: d.decision ? { ...d.decision, toelichting } : null }));
            }}
          />
        )}
      </Stack>
    </>
  );
}

/** The questions of the 1-zorgroute for this kind, one answer field each, and the decision where one is taken. */
export function QuestionsForm({
  bespreking,
  editor,
  canWrite,
}: {
  bespreking: BesprekingDetail;
  editor: BesprekingEditor;
  canWrite: boolean;
}) {
  const { t } = useI18n();
  const b = t.bespreking;
  const questionText = (q: string) => b.questionTexts[q] ?? q;
  return (
    <Paper withBorder radius="md" p="md" className="bespreking-section">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {b.questions}
        </Title>
        {bespreking.questions.map((q, i) => (
          <div key={q}>
            <Textarea
              className="bespreking-answer"
              label={`${i + 1}. ${questionText(q)}`}
              autosize
              minRows={3}
              readOnly={!canWrite}
              variant={canWrite ? 'default' : 'filled'}
              value={editor.draft.answers[q] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                editor.edit((d) => ({ ...d, answers: { ...d.answers, [q]: value } }));
              }}
            />
            {/* On paper the answer is text that runs on, not a box of the screen's height. */}
            <div className="answer-print" aria-hidden="true">
              <Text size="sm" fw={600}>{`${i + 1}. ${questionText(q)}`}</Text>
              <Text size="sm">{editor.draft.answers[q] || b.empty}</Text>
            </div>
          </div>
        ))}
        {takesDecision(bespreking.kind) && <Decision editor={editor} canWrite={canWrite} />}
        {canWrite && (
          <SaveStatusLine
            status={editor.status}
            savedAt={editor.saved?.updatedAt ?? null}
            texts={{ saving: b.saving, unsaved: b.unsaved, error: b.saveError, saved: b.saved }}
          />
        )}
        {editor.status === 'conflict' && editor.theirs && (
          <ConflictAlert
            title={b.conflictTitle}
            keepMine={b.keepMine}
            takeTheirs={b.takeTheirs}
            onKeepMine={editor.keepMine}
            onTakeTheirs={editor.takeTheirs}
          >
            {bespreking.questions.map((q) => (
              <Text size="sm" key={q}>{`${questionText(q)} ${editor.theirs?.answers[q] ?? ''}`}</Text>
            ))}
          </ConflictAlert>
        )}
        {editor.status === 'error' && editor.error instanceof ApiError && editor.error.message && (
          <Text size="sm" c="red.8" role="alert">
            {editor.error.message}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
