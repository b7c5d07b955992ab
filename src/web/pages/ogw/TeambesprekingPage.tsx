import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, put } from '../../api/client';
import { useTeambespreking } from '../../api/ogw';
import type { Teambespreking } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { OverzichtGrid } from './OverzichtGrid';

type Answers = Teambespreking['answers'];
const QUESTIONS: (keyof Answers)[] = ['behaald', 'maatregelen', 'ambities'];

/** The team's answers, saved as they are typed; a save over someone else's is refused and shown. */
function useAnswers(bespreking: Teambespreking) {
  const [answers, setAnswers] = useState<Answers>(bespreking.answers);
  const [status, setStatus] = useState<'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error'>('idle');
  const [theirs, setTheirs] = useState<Teambespreking | null>(null);
  const latest = useRef({ answers, version: bespreking.version });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const save = async (basedOn: number) => {
    setStatus('saving');
    try {
      const saved = await put<Teambespreking>(`/teambesprekingen/${bespreking.id}`, {
        version: basedOn,
        answers: latest.current.answers,
      });
      latest.current.version = saved.version;
      setTheirs(null);
      setStatus('saved');
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.current) {
        setTheirs(e.current as Teambespreking);
        setStatus('conflict');
      } else setStatus('error');
    }
  };
  const change = (key: keyof Answers, value: string) => {
    const next = { ...latest.current.answers, [key]: value };
    latest.current.answers = next;
    setAnswers(next);
    if (status === 'conflict') return;
    setStatus('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      queue.current = queue.current.then(() => save(latest.current.version));
    }, 1000);
  };
  const keepMine = () => theirs && void save(theirs.version);
  const takeTheirs = () => {
    if (!theirs) return;
    latest.current = { answers: theirs.answers, version: theirs.version };
    setAnswers(theirs.answers);
    setTheirs(null);
    setStatus('saved');
  };
  return { answers, status, theirs, change, keepMine, takeTheirs };
}

function Answers({ bespreking }: { bespreking: Teambespreking }) {
  const { t } = useI18n();
  const tb = t.teambespreking;
  const editor = useAnswers(bespreking);
  const canWrite = bespreking.abilities.includes('teambespreking.write');
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
            value={editor.answers[q]}
            onChange={(e) => editor.change(q, e.currentTarget.value)}
          />
        ))}
        {canWrite && (
          <Text
            size="sm"
            c={editor.status === 'error' ? 'red.8' : 'dimmed'}
            role="status"
            className="no-print"
          >
            {editor.status === 'saving'
              ? t.plan.saving
              : editor.status === 'dirty'
                ? t.plan.unsaved
                : editor.status === 'error'
                  ? t.plan.saveError
                  : editor.status === 'saved'
                    ? t.plan.saved(
                        new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }),
                      )
                    : ''}
          </Text>
        )}
        {editor.status === 'conflict' && editor.theirs && (
          <Alert color="orange" variant="light" role="alert" title={t.plan.conflictTitle}>
            {QUESTIONS.map((q) => (
              <Text size="sm" key={q}>{`${tb.questions[q]} ${editor.theirs?.answers[q] ?? ''}`}</Text>
            ))}
            <Group gap="xs" mt="xs">
              <Button size="xs" onClick={editor.keepMine}>
                {t.plan.keepMine}
              </Button>
              <Button size="xs" variant="default" onClick={editor.takeTheirs}>
                {t.plan.takeTheirs}
              </Button>
            </Group>
          </Alert>
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
