import { Stack, Text, Textarea } from '@mantine/core';
import { ConflictAlert, SaveStatusLine } from '../../components/SaveStatus';
import { useI18n } from '../../i18n';
import { roughRows } from './rough-rows';
import { ROW_FIELDS, type RowEditorState, type RowTexts } from './useRowEditor';

/**
 * One of the row's free texts, saved through the row's editor. It grows with its text by CSS
 * (`field-sizing: content`, groepsoverzicht.css), not by Mantine's autosize: that one measures every
 * field in a layout effect, and over a class of four fields per pupil it held the first row back by
 * half a second and made each keystroke lay out the page again. Where the CSS is not supported, the
 * rows follow a rough count of the text's lines.
 */
function RowText(props: {
  editor: RowEditorState;
  field: keyof RowTexts;
  label: string;
  ariaLabel: string;
  placeholder: string;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const { editor, field } = props;
  const text = editor.texts[field].trim();
  return (
    <>
      <Textarea
        className="no-print"
        size="xs"
        classNames={{ input: 'go-field' }}
        rows={roughRows(editor.texts[field])}
        label={props.label}
        aria-label={props.ariaLabel}
        placeholder={props.placeholder}
        readOnly={!props.canEdit}
        value={editor.texts[field]}
        onChange={(e) => editor.change(field, e.currentTarget.value)}
      />
      {/* On paper the text as it stands: no field, no placeholder, and nothing cut off by a box. */}
      <div className="go-print-only go-print-text">
        <span className="go-print-label">{props.label}</span>
        <span className={text ? undefined : 'go-print-empty'}>{text || t.prints.empty}</span>
      </div>
    </>
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
  const { t } = useI18n();
  const g = t.groepsoverzicht;
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
        <SaveStatusLine
          size="xs"
          status={editor.status}
          savedAt={editor.savedAt}
          texts={{ saving: g.saving, unsaved: g.unsaved, error: t.errors.generic, saved: g.saved }}
          showLastSave
        />
      )}
      {editor.status === 'conflict' && editor.theirs && (
        <ConflictAlert
          title={g.conflictTitle}
          keepMine={g.keepMine}
          takeTheirs={g.takeTheirs}
          onKeepMine={editor.keepMine}
          onTakeTheirs={editor.takeTheirs}
        >
          <Text size="xs" fw={600}>
            {g.theirText(editor.theirs.updatedBy ?? '')}
          </Text>
          {ROW_FIELDS.map((f) =>
            editor.theirs && editor.theirs[f] ? (
              <Text size="xs" key={f}>
                {editor.theirs[f]}
              </Text>
            ) : null,
          )}
        </ConflictAlert>
      )}
    </Stack>
  );
}
