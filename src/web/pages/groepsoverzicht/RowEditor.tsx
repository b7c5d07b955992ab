import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ApiError, put } from '../../api/client';
import type { GroepsoverzichtRow } from '../../api/types';
import { useI18n } from '../../i18n';

type Texts = Pick<
  GroepsoverzichtRow,
  'stimulerend' | 'belemmerend' | 'behoeftePedagogisch' | 'behoefteDidactisch'
>;
const FIELDS: (keyof Texts)[] = ['stimulerend', 'belemmerend', 'behoeftePedagogisch', 'behoefteDidactisch'];
const SAVE_AFTER_MS = 800;

const textsOf = (row: GroepsoverzichtRow): Texts => ({
  stimulerend: row.stimulerend,
  belemmerend: row.belemmerend,
  behoeftePedagogisch: row.behoeftePedagogisch,
  behoefteDidactisch: row.behoefteDidactisch,
});

/**
 * The teacher's part of one pupil's row, saved as they type. The editor keeps its own text until the
 * server has it: on a conflict the other person's text is shown beside it and nothing is lost.
 */
export function useRowEditor(
  groupId: string,
  pupilId: string,
  periodeId: string,
  initial: GroepsoverzichtRow,
  canEdit: boolean,
) {
  const [texts, setTexts] = useState<Texts>(() => textsOf(initial));
  const [version, setVersion] = useState(initial.version);
  const [status, setStatus] = useState<'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error'>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(initial.updatedAt);
  const [theirs, setTheirs] = useState<GroepsoverzichtRow | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ texts, version });
  latest.current = { texts, version };

  const save = async (basedOn: number) => {
    setStatus('saving');
    try {
      const saved = await put<GroepsoverzichtRow>(`/groups/${groupId}/groepsoverzicht/${pupilId}`, {
        periodeId,
        version: basedOn,
        ...latest.current.texts,
      });
      setVersion(saved.version);
      setSavedAt(saved.updatedAt);
      setTheirs(null);
      setStatus('saved');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.current) {
        setTheirs(error.current as GroepsoverzichtRow);
        setStatus('conflict');
      } else setStatus('error');
    }
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const change = (field: keyof Texts, value: string) => {
    if (!canEdit) return;
    setTexts((t) => ({ ...t, [field]: value }));
    if (status === 'conflict') return;
    setStatus('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(latest.current.version), SAVE_AFTER_MS);
  };
  const keepMine = () => theirs && void save(theirs.version);
  const takeTheirs = () => {
    if (!theirs) return;
    setTexts(textsOf(theirs));
    setVersion(theirs.version);
    setSavedAt(theirs.updatedAt);
    setTheirs(null);
    setStatus('saved');
  };
  return { texts, change, status, savedAt, theirs, keepMine, takeTheirs };
}

export type RowEditorState = ReturnType<typeof useRowEditor>;

/** One of the row's free texts, saved through the row's editor. */
function RowText(props: {
  editor: RowEditorState;
  field: keyof Texts;
  label: string;
  ariaLabel: string;
  placeholder: string;
  canEdit: boolean;
}) {
  const { editor, field } = props;
  return (
    <Textarea
      size="xs"
      autosize
      minRows={2}
      label={props.label}
      aria-label={props.ariaLabel}
      placeholder={props.placeholder}
      readOnly={!props.canEdit}
      value={editor.texts[field]}
      onChange={(e) => editor.change(field, e.currentTarget.value)}
    />
  );
}

export function FactorFields({
  editor,
  canEdit,
  name,
}: {
  editor: RowEditorState;
  canEdit: boolean;
  name: string;
}) {
  const { t } = useI18n();
  const g = t.groepsoverzicht;
  return (
    <Stack gap={6}>
      <RowText
        editor={editor}
        field="stimulerend"
        label={g.stimulerend}
        ariaLabel={`${g.stimulerend}: ${name}`}
        placeholder={g.factorPlaceholder}
        canEdit={canEdit}
      />
      <RowText
        editor={editor}
        field="belemmerend"
        label={g.belemmerend}
        ariaLabel={`${g.belemmerend}: ${name}`}
        placeholder={g.factorPlaceholder}
        canEdit={canEdit}
      />
    </Stack>
  );
}

export function NeedFields({
  editor,
  canEdit,
  name,
}: {
  editor: RowEditorState;
  canEdit: boolean;
  name: string;
}) {
  const { t, language } = useI18n();
  const g = t.groepsoverzicht;
  const time = editor.savedAt
    ? new Date(editor.savedAt).toLocaleTimeString(language === 'nl' ? 'nl-NL' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';
  return (
    <Stack gap={6}>
      <RowText
        editor={editor}
        field="behoeftePedagogisch"
        label={g.pedagogisch}
        ariaLabel={`${g.behoeften} ${g.pedagogisch.toLowerCase()}: ${name}`}
        placeholder={g.needPlaceholder}
        canEdit={canEdit}
      />
      <RowText
        editor={editor}
        field="behoefteDidactisch"
        label={g.didactisch}
        ariaLabel={`${g.behoeften} ${g.didactisch.toLowerCase()}: ${name}`}
        placeholder={g.needPlaceholder}
        canEdit={canEdit}
      />
      {canEdit && (
        <Text size="xs" c={editor.status === 'error' ? 'red.8' : 'dimmed'} role="status" className="no-print">
          {editor.status === 'saving'
            ? g.saving
            : editor.status === 'dirty'
              ? g.unsaved
              : editor.status === 'error'
                ? t.errors.generic
                : editor.savedAt
                  ? g.saved(time)
                  : ''}
        </Text>
      )}
      {editor.status === 'conflict' && editor.theirs && (
        <Alert color="orange" variant="light" title={g.conflictTitle} role="alert">
          <Text size="xs" fw={600}>
            {g.theirText(editor.theirs.updatedBy ?? '')}
          </Text>
          {FIELDS.map((f) =>
            editor.theirs && editor.theirs[f] ? (
              <Text size="xs" key={f}>
                {editor.theirs[f]}
              </Text>
            ) : null,
          )}
          <Group gap="xs" mt="xs">
            <Button size="xs" onClick={editor.keepMine}>
              {g.keepMine}
            </Button>
            <Button size="xs" variant="default" onClick={editor.takeTheirs}>
              {g.takeTheirs}
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
