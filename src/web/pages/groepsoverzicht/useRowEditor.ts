import { saveGroepsoverzichtRow, type RowTexts } from '../../api/queries';
import type { GroepsoverzichtRow } from '../../api/types';
import { useAutosave } from '../../api/use-autosave';

export type { RowTexts } from '../../api/queries';

const SAVE_AFTER_MS = 800;

export const ROW_FIELDS: (keyof RowTexts)[] = [
  'stimulerend',
  'belemmerend',
  'behoeftePedagogisch',
  'behoefteDidactisch',
];

const textsOf = (row: GroepsoverzichtRow): RowTexts => ({
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
  const editor = useAutosave<RowTexts, GroepsoverzichtRow>({
    initial: () => ({ draft: textsOf(initial), version: initial.version, saved: initial }),
    save: (texts, version) => saveGroepsoverzichtRow({ groupId, pupilId, periodeId }, texts, version),
    versionOf: (row) => row.version,
    draftOf: textsOf,
    delayMs: SAVE_AFTER_MS,
    enabled: canEdit,
  });
  return {
    texts: editor.draft,
    /** 0 while nothing is saved for this period (a carried-over row is not yet this period's). */
    version: editor.version,
    change: (field: keyof RowTexts, value: string) => editor.edit((t) => ({ ...t, [field]: value })),
    /** Carried over from the previous period and still right: saved as this period's row as it is. */
    confirm: () => editor.edit((t) => ({ ...t })),
    status: editor.status,
    // A row carried over from the previous period was not saved in this one.
    savedAt: editor.version === 0 ? null : (editor.saved?.updatedAt ?? null),
    theirs: editor.theirs,
    keepMine: editor.keepMine,
    takeTheirs: editor.takeTheirs,
  };
}

export type RowEditorState = ReturnType<typeof useRowEditor>;
