/** What an autosaving editor says about its last save, in one line. */
import type { SaveStatus } from '../api/autosave';

export interface SaveTexts {
  saving: string;
  unsaved: string;
  error: string;
  saved(time: string): string;
}

/**
 * The line under an autosaving editor. `savedTime` is the last save's clock time (null: never
 * saved). With `showLastSave`, that time shows from the start (a row saved yesterday says so);
 * otherwise only after a save made in this editor.
 */
export function saveStatusText(
  status: SaveStatus,
  savedTime: string | null,
  texts: SaveTexts,
  showLastSave = false,
): string {
  if (status === 'saving') return texts.saving;
  if (status === 'dirty') return texts.unsaved;
  if (status === 'error') return texts.error;
  if (savedTime === null) return '';
  return status === 'saved' || showLastSave ? texts.saved(savedTime) : '';
}
